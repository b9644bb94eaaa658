#!/usr/bin/env node
// npm start: serves the demo campaign site (demo/) and the built files (dist/) on localhost,
// under the same strict Content-Security-Policy a ministry site might send.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

if (!existsSync('dist/cdn/cop-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const { url } = await startStaticServer({ root: '.', port });
console.log(`Demo campaign site: ${url}/demo/`);
console.log('Press Ctrl+C to stop.');
