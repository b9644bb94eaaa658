#!/usr/bin/env node
// npm run build: locale modules, npm ESM build, CDN build, bundled types, JSON Schemas and the
// Custom Elements Manifest — each step printed, stopping at the first failure.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['locale modules', 'npx lit-localize build'],
  ['npm build (dist/)', 'npx vite build --logLevel warn'],
  ['CDN build (dist/cdn/cop-widgets.js)', 'npx vite build -c vite.cdn.config.ts --logLevel warn'],
  ['CDN build, one module per element (dist/cdn/elements/)', 'COP_CDN=elements npx vite build -c vite.cdn.config.ts --logLevel warn'],
  ['CDN autoloader (dist/cdn/loader.js)', 'COP_CDN=loader npx vite build -c vite.cdn.config.ts --logLevel warn'],
  ['types (dist/types/index.d.ts)', 'npx tsc -p tsconfig.build.json && npx rollup -c rollup.dts.config.mjs --silent'],
  ['JSON Schemas (dist/schemas/)', 'node scripts/build-schemas.mjs'],
  ['Custom Elements Manifest', 'npx cem analyze --quiet'],
  ['editor data (VS Code custom data, JetBrains web-types)', 'node scripts/editor-data.mjs'],
  ['Subresource Integrity hashes (dist/cdn/sri.json)', 'node scripts/sri.mjs'],
];

rmSync('dist', { recursive: true, force: true });
rmSync('build', { recursive: true, force: true });
for (const [name, command] of steps) {
  const started = Date.now();
  execSync(command, { stdio: 'inherit' });
  console.log(`build: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
