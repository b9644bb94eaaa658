#!/usr/bin/env node
// Installs bench/'s own dependencies (the peers and the bundler) with `npm ci --prefix bench`
// when they are missing or bench/package-lock.json changed since they were installed.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const stamp = join(HERE, 'node_modules/.bench-lock-sha256');
const lock = createHash('sha256').update(readFileSync(join(HERE, 'package-lock.json'))).digest('hex');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== lock) {
  console.error('bench: installing bench/ dependencies (npm ci --prefix bench)…');
  execSync('npm ci --prefix bench --no-audit --no-fund', { cwd: join(HERE, '..'), stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(stamp, `${lock}\n`);
}
