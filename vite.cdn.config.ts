import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { defines, elementEntries } from './build.config.js';

// CDN builds, chosen by the COP_CDN variable:
// - (default) dist/cdn/cop-widgets.js holds Lit and every element in one ES module; strings of
//   non-English locales, packs and the document loader are chunks fetched relative to it.
// - COP_CDN=elements: dist/cdn/elements/<element>.js, one module per element sharing Lit and the
//   core in chunks, so a page with one element downloads only that element's code.
// - COP_CDN=loader: dist/cdn/loader.js, the autoloader that imports those modules on demand.
const perElement = process.env.COP_CDN === 'elements';
const loader = process.env.COP_CDN === 'loader';

export default defineConfig({
  define: { ...defines, 'process.env.NODE_ENV': '"production"' },
  resolve: { alias: { '@lit/localize': fileURLToPath(new URL('src/core/str.ts', import.meta.url)) } },
  plugins: [
    minifyTemplateLiterals(),
    privateCopies([
      // `str` (from @lit/localize, aliased to src/core/str.ts): each locale module and the lazy
      // error sentences get their own copy.
      { importer: /[\\/]src[\\/](generated[\\/]locales[\\/]|core[\\/]content[\\/]messages\.ts$)/, source: /^@lit\/localize$|[\\/]str\.ts$/ },
      // The link check: the quiz uses it at once, the lazy schema gets its own copy.
      { importer: /[\\/]core[\\/]content[\\/]schema\.ts$/, source: /[\\/]links\.js$/ },
    ]),
  ],
  build: {
    outDir: perElement ? 'dist/cdn/elements' : 'dist/cdn',
    emptyOutDir: !perElement && !loader,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: {
      entry: loader
        ? { loader: 'src/loader.ts' }
        : perElement
          ? Object.fromEntries(elementEntries.map((name) => [name, `src/${name}.ts`]))
          : { 'cop-widgets': 'src/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Per element: Lit and the eagerly used core in one shared chunk, so a one-element page
        // makes two requests; lazily loaded core modules stay lazy.
        ...(perElement ? { codeSplitting: { groups: [{ name: 'core', test: isEagerShared }, { name: 'kit', test: isEagerKit }] } } : {}),
      },
    },
  },
});

/**
 * Collapses white space and comments in the css`…` and html`…` literals of our sources, which
 * Lit keeps as written. HTML white space collapses to one space (never removed), so text reads
 * the same.
 */
function minifyTemplateLiterals() {
  const minifyCss = (body: string) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .trim();
  return {
    name: 'minify-template-literals',
    transform(code: string, id: string) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      return {
        code: code
          .replace(/\bcss`([^`]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``)
          .replace(/\b(html|svg)`([^`]*)`/g, (_match, tag: string, body: string) => `${tag}\`${body.replace(/\s+/g, ' ')}\``),
        map: null,
      };
    },
  };
}

/**
 * The shared chunk of the per-element build: Lit and the core modules that every element imports
 * (the quick exit, the smallest, imports nothing else). Modules only some elements use (focus,
 * storage, motion, content, panel styles) go to a second shared chunk, `kit`, so a page with only
 * a quick exit does not download them.
 */
function isEagerShared(id: string): boolean {
  if (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|@oxc-project/.test(id)) return true;
  return /[\\/]src[\\/]core[\\/](element|events|localization|locale|version|styles|define|str)\.ts$/.test(id);
}

function isEagerKit(id: string): boolean {
  if (id.includes('?copy-for=')) return false; // a lazy module's own copy stays with it (privateCopies)
  return /[\\/]src[\\/]core[\\/]/.test(id) && !isEagerShared(id) && !/[\\/]content[\\/](controller|messages|schema)\.ts$/.test(id);
}

/**
 * Rolldown puts a module that both eager code and a lazy chunk import into a common chunk of its
 * own: one more request on every page. For a few small modules it is cheaper for each lazy
 * importer to hold its own copy: an import matching `source` from a module matching `importer`
 * resolves to the same file under an id of that importer's own (`?copy-for=<importer>`).
 */
function privateCopies(rules: { importer: RegExp; source: RegExp }[]) {
  return {
    name: 'private-copies',
    enforce: 'pre' as const,
    async resolveId(
      this: { resolve: (source: string, importer?: string, options?: object) => Promise<{ id: string } | null> },
      source: string,
      importer?: string,
    ) {
      if (!importer || !rules.some((rule) => rule.importer.test(importer) && rule.source.test(source))) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${resolved.id}?copy-for=${importer.split(/[\\/]/).pop()}` : null;
    },
  };
}
