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
  plugins: [minifyTemplateLiterals(), inlineStrInLocaleChunks(), ownStrForLazyMessages(), ownLinksForLazySchema()],
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
 * Generated locale modules import `str` from @lit/localize; give each its own one-line copy so
 * that no shared chunk (an extra request) is split out for it.
 */
function inlineStrInLocaleChunks() {
  return {
    name: 'inline-str-in-locale-chunks',
    transform(code: string, id: string) {
      if (!id.includes('/src/generated/locales/')) return null;
      return {
        code: code.replace(
          /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
          'const str = (strings, ...values) => ({ strTag: true, strings, values });',
        ),
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
  return /[\\/]src[\\/]core[\\/]/.test(id) && !isEagerShared(id) && !/[\\/]content[\\/](controller|messages|schema)\.ts$/.test(id);
}

/**
 * Rolldown puts a module that both the main module and a lazy chunk import into a separate
 * common chunk — one more request on every page. The lazily loaded error sentences are the only
 * lazy importer of `str`, so give them a private copy of those few bytes.
 */
function ownStrForLazyMessages() {
  const COPY = '\0cop-str-for-messages';
  return {
    name: 'own-str-for-lazy-messages',
    enforce: 'pre' as const,
    resolveId(source: string, importer?: string) {
      // The alias above has already turned '@lit/localize' into src/core/str.ts by now.
      const isStr = source === '@lit/localize' || /[\\/]src[\\/]core[\\/]str\.ts$/.test(source);
      return isStr && importer && /[\\/]core[\\/]content[\\/]messages\.ts$/.test(importer) ? COPY : null;
    },
    load(id: string) {
      return id === COPY ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });' : null;
    },
  };
}

/**
 * The same for the link check: the quiz uses it at once and the lazily loaded schema uses it too,
 * which would split it into a chunk of its own. The schema gets its own copy of those few bytes.
 */
function ownLinksForLazySchema() {
  return {
    name: 'own-links-for-lazy-schema',
    enforce: 'pre' as const,
    async resolveId(this: { resolve: (source: string, importer?: string, options?: object) => Promise<{ id: string } | null> }, source: string, importer?: string) {
      if (!importer || !/[\\/]core[\\/]content[\\/]schema\.ts$/.test(importer) || !/[\\/]links\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${resolved.id}?copy-for-schema` : null;
    },
  };
}
