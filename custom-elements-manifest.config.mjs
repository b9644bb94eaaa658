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
          }
        }
      },
    },
  ],
};
