import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { minify as terser } from 'terser';
import ts from 'typescript';
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
  // Packs and helpline files as `export default {…}`, an object literal that the minifier
  // shortens (no JSON.parse string, no export name per top-level key).
  json: { namedExports: false, stringify: false },
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
      // Per element: small helpers that two elements share are copied into each rather than put
      // in a chunk of their own, which would cost each page a request, its source map link and
      // its own compression (about 60 bytes a file, more than the helpers themselves).
      ...(perElement
        ? [{ importer: /[\\/]src[\\/]components[\\/]/, source: /[\\/]core[\\/](storage|motion|risks)\.js$/, owner: (importer: string) => importer.split(/[\\/]/).at(-2) ?? '' }]
        : []),
    ]),
    contentFiles(),
    reminify(),
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
        // A locale's UI strings at a fixed name (chunks/ar.js): the core's table of locales then
        // holds no hashes, which compress badly. Versioned by the package's URL, as content is.
        chunkFileNames: (chunk: { facadeModuleId?: string | null }) =>
          /[\\/]src[\\/]generated[\\/]locales[\\/][\w-]+\.ts$/.test(chunk.facadeModuleId ?? '') ? 'chunks/[name].js' : 'chunks/[name]-[hash].js',
        minify: true,
        // Per element: Lit and the core every element imports in one shared chunk. Other shared
        // modules are left to Rolldown, which groups them by the elements that import them (the
        // content loading of the four content elements), or copied into each (privateCopies), so
        // no page downloads code only another element uses; lazily loaded modules stay lazy.
        ...(perElement ? { codeSplitting: { groups: [{ name: 'core', test: isEagerShared }] } } : {}),
      },
    },
  },
});

/**
 * Collapses white space and comments in the css`…` and html`…` literals of our sources, which
 * Lit keeps as written. TypeScript's parser finds every literal part, including those of templates
 * nested in `${…}`. HTML white space collapses to one space (never removed), so text reads the same;
 * CSS loses what its syntax ignores, and keeps one space where a part meets a `${…}`.
 */
function minifyTemplateLiterals() {
  const minifyCss = (body: string) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
      .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3');
  return {
    name: 'minify-template-literals',
    transform(code: string, id: string) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !/\b(css|html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
          const template = node.template;
          // Each literal part without its delimiters: ` or } before, ` or ${ after.
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            const start = part.getStart(source) + 1;
            const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const raw = code.slice(start, end);
            let text = node.tag.text === 'css' ? minifyCss(raw) : raw.replace(/\s+/g, ' ');
            if (node.tag.text === 'css') {
              if (part === parts[0]) text = text.trimStart();
              if (part === parts.at(-1)) text = text.trimEnd();
            }
            if (text !== raw) edits.push({ start, end, text });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      // Edited through MagicString, so the source map still points at the right lines of src/.
      const out = new MagicString(code);
      for (const { start, end, text } of edits) {
        if (text) out.overwrite(start, end, text);
        else out.remove(start, end);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * The shared chunk of the per-element build: Lit and the core modules that every element imports
 * (the quick exit, the smallest, imports nothing else).
 */
function isEagerShared(id: string): boolean {
  if (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|@oxc-project/.test(id)) return true;
  return /[\\/]src[\\/]core[\\/](element|events|localization|locale|version|styles|define|str)\.ts$/.test(id);
}

/**
 * Rolldown puts a module that both eager code and a lazy chunk import into a common chunk of its
 * own: one more request on every page. For a few small modules it is cheaper for each lazy
 * importer to hold its own copy: an import matching `source` from a module matching `importer`
 * resolves to the same file under an id of that importer's own (`?copy-for=<importer>`).
 */
function privateCopies(rules: { importer: RegExp; source: RegExp; owner?: (importer: string) => string }[]) {
  return {
    name: 'private-copies',
    enforce: 'pre' as const,
    async resolveId(
      this: { resolve: (source: string, importer?: string, options?: object) => Promise<{ id: string } | null> },
      source: string,
      importer?: string,
    ) {
      const rule = importer && rules.find((rule) => rule.importer.test(importer) && rule.source.test(source));
      if (!importer || !rule) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const owner = rule.owner?.(importer) ?? importer.split(/[\\/]/).pop();
      return resolved ? `${resolved.id}?copy-for=${owner}` : null;
    },
  };
}

/**
 * A second pass with Terser (three compress passes) over what the default minifier wrote: about
 * 0.1–0.3 KB less brotli per page than either minifier alone (see `npm run size`). Source maps are
 * chained, so they still point at src/.
 */
function reminify() {
  return {
    name: 'reminify',
    async generateBundle(
      _options: unknown,
      bundle: Record<string, { type: string; code?: string; map?: object | null; fileName: string; source?: string | Uint8Array }>,
    ) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
        const result = await terser(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 3 },
          format: { comments: false },
          sourceMap: chunk.map ? { content: chunk.map as never, asObject: true } : false,
        });
        // Terser drops comments, the source map link with them: put it back.
        const link = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        chunk.code = (result.code ?? chunk.code) + link;
        if (!chunk.map || !result.map) continue;
        const map = typeof result.map === 'string' ? JSON.parse(result.map) : result.map;
        Object.assign(chunk.map, map);
        // The .map file is already in the bundle, written from the first minifier's map.
        const file = bundle[`${chunk.fileName}.map`];
        if (file?.type === 'asset') file.source = JSON.stringify(map);
      }
    },
  };
}

/**
 * Built-in packs and helpline files at fixed paths. In the npm build an
 * `import.meta.glob('../../content/…/*.json')` becomes a table of every file and its hashed chunk
 * name, which a page downloads in full with the element (80 hashed names for the finder). Here each
 * matched file is written as `content/…/<name>.js` or `data/…/<name>.js` beside the module that
 * loads it, and the glob becomes a short list of names and one import() built from a name: about
 * 0.4 KB less brotli for the quiz and the carousel, 0.9 KB for the finder. Paths need no hash: a
 * CDN URL holds the package version. The build fails if a module that loads them is not at the
 * root of the build, where those relative paths hold.
 */
function contentFiles() {
  const glob = /import\.meta\.glob(?:<[^>]*>)?\(\s*'(\.\.\/\.\.\/((?:content|data)\/[^'*]*))(\*(?:\/\*)?)\.json'\s*\)/g;
  const loaders = new Set<string>();
  return {
    name: 'content-files',
    enforce: 'pre' as const,
    transform(this: { emitFile: (file: object) => string }, code: string, id: string) {
      if (!/[\\/]src[\\/]components[\\/]/.test(id) || !code.includes('import.meta.glob')) return null;
      let found = false;
      const replaced = code.replace(glob, (_match, prefix: string, folder: string, star: string) => {
        const base = join(dirname(id), prefix);
        const names = readdirSync(base, { recursive: star === '*/*', encoding: 'utf8' })
          .map((file) => file.replaceAll('\\', '/'))
          .filter((file) => file.endsWith('.json') && file.split('/').length === star.split('/').length)
          .map((file) => file.slice(0, -'.json'.length))
          .sort();
        for (const name of names) this.emitFile({ type: 'chunk', id: join(base, `${name}.json`), fileName: `${folder}${name}.js` });
        found = true;
        // Packs are every audience in every locale: written as the two lists, not their product.
        const [folders, files] = [0, 1].map((i) => [...new Set(names.map((name) => name.split('/')[i]))]);
        const product = star === '*/*' && folders.length * files.length === names.length;
        const list = product
          ? `${JSON.stringify(folders.join(' '))}.split(' ').flatMap((folder) => ${JSON.stringify(files.join(' '))}.split(' ').map((file) => folder + '/' + file))`
          : `${JSON.stringify(names.join(' '))}.split(' ')`;
        return (
          `Object.fromEntries(${list}.map((name) => ` +
          `[${JSON.stringify(prefix)} + name + '.json', () => import(/* @vite-ignore */ ${JSON.stringify(`./${folder}`)} + name + '.js')]))`
        );
      });
      if (!found) return null;
      loaders.add(relative(process.cwd(), id));
      // One call replaced on its own line: lines before and after keep their numbers.
      return { code: replaced, map: null };
    },
    generateBundle(this: { error: (message: string) => never }, _options: unknown, bundle: Record<string, { type: string; fileName: string; moduleIds?: string[] }>) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.includes('/')) continue;
        const misplaced = chunk.moduleIds?.map((moduleId) => relative(process.cwd(), moduleId)).find((moduleId) => loaders.has(moduleId));
        if (misplaced) this.error(`${misplaced} loads content by paths relative to the build's root, but landed in ${chunk.fileName}`);
      }
    },
  };
}
