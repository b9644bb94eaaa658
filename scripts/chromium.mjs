// Where Chromium is and how we start it: Debian's package (Playwright's own browser download
// cannot work on a closed network), headless, with no background traffic.
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The first Chromium binary found, or the default path when none is installed yet. */
export function chromiumPath() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? '/usr/bin/chromium';
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
