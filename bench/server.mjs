// A tiny static server for the bench pages: the repository root on 127.0.0.1, cross-origin
// isolated (COOP + COEP), so that performance.now() ticks in microseconds instead of 0.1 ms.
// `mounts` serves a URL prefix from another folder (the bench's snapshot of dist/).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export async function serve(root, mounts = {}) {
  const missing = new Set();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const base = resolve(prefix ? mounts[prefix] : root);
    const file = normalize(join(base, prefix ? path.slice(prefix.length) : path));
    if (!file.startsWith(base)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cache-control': 'max-age=600',
      }).end(body);
    } catch {
      missing.add(path);
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, missing, close: () => server.close() };
}
