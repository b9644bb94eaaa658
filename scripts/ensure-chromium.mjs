#!/usr/bin/env node
// Runs before `npm test`: makes sure Debian's Chromium is there for the browser tests. As root
// (or with passwordless sudo) it installs the `chromium` package with apt-get; otherwise it says
// the one command to run and stops.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((path) => existsSync(path));

if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let sudo = '';
if (!isRoot) {
  try {
    execSync('sudo -n true', { stdio: 'ignore' });
    sudo = 'sudo -n ';
  } catch {
    sudo = null;
  }
}
if (!existsSync('/usr/bin/apt-get') || sudo === null) {
  console.error(
    'The browser tests need Chromium, and it is not installed.\n' +
      '  Install it with:  sudo apt-get install -y chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log('Chromium is missing; installing Debian\'s "chromium" package (about a minute)...');
const started = Date.now();
execSync(`${sudo}apt-get update -q && ${sudo}apt-get install -y -q chromium`, {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (!found()) {
  console.error('apt-get finished but no Chromium binary was found.');
  process.exit(1);
}
console.log(`Installed ${found()} in ${Math.round((Date.now() - started) / 1000)} s.`);
