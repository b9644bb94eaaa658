import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

export interface Harness {
  browser: Browser;
  /** Base URL of the local server, e.g. http://127.0.0.1:41234. */
  url: string;
}

/**
 * For the tests of one file: launches Debian's Chromium and serves `root` on localhost (with the
 * strict CSP unless `csp` says otherwise); both stop after the file's tests.
 */
export function useBrowserAndServer(options: { root?: string; csp?: string | null } = {}): Harness {
  const harness = {} as Harness;
  let server: import('node:http').Server | undefined;
  beforeAll(async () => {
    harness.browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const served = await startStaticServer({ root: options.root ?? '.', csp: options.csp });
    server = served.server;
    harness.url = served.url;
  });
  afterAll(async () => {
    await harness.browser?.close();
    server?.close();
  });
  return harness;
}
