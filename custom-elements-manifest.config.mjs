export default {
  globs: ['src/components/**/*.element.ts'],
  outdir: 'dist',
  litelement: true,
};
