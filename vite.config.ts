import { defineConfig } from 'vite';
import { defines, elementEntries } from './build.config.js';

// npm build: one ES module per source module, so bundlers tree-shake and dedupe; lit,
// @lit/localize stay external (package dependencies). Storybook also reads this
// file (its plugins, defines and resolve settings; not build.lib).
export default defineConfig({
  define: defines,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: Object.fromEntries(
        ['index', 'classes', ...elementEntries].map((name) => [name, `src/${name}.ts`]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
