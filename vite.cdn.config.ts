import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { defines } from './build.config.js';

// CDN build: dist/cdn/cop-widgets.js holds Lit and every element in one ES module; only the
// strings of each non-English locale are separate chunks, fetched relative to the module's URL
// when an element needs them.
export default defineConfig({
  define: { ...defines, 'process.env.NODE_ENV': '"production"' },
  resolve: { alias: { '@lit/localize': fileURLToPath(new URL('src/core/str.ts', import.meta.url)) } },
  plugins: [minifyTemplateLiterals(), inlineStrInLocaleChunks()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: { entry: { 'cop-widgets': 'src/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
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
