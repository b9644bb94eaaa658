import { dts } from 'rollup-plugin-dts';

// One declaration file for the whole package; lit and friends stay as imports.
export default {
  input: 'build/types/index.d.ts',
  output: { file: 'dist/types/index.d.ts', format: 'es' },
  external: [/^lit($|\/)/, /^lit-html/, /^@lit\//],
  plugins: [dts()],
};
