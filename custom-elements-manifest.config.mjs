export default {
  globs: ['src/components/**/*.element.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The analyzer lists every `dispatchEvent(new SomeEvent())` as an event without a name;
      // our events are documented with @fires on each class, so drop the nameless copies.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            // Internal state is declared in `static properties` with `state: true`, which the
            // analyzer reads as attributes: keep only the attributes of non-private fields.
            const internal = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name));
            for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
          }
        }
      },
    },
  ],
};
