#!/usr/bin/env node
// Writes dist/cdn/sri.json: the Subresource Integrity hash (sha384) of every file a page may load
// from dist/cdn, keyed by its path relative to dist/cdn, for <script integrity="…">.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'dist/cdn';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .sort();
const hashes = Object.fromEntries(
  files.map((file) => [relative(root, join(root, file)), `sha384-${createHash('sha384').update(readFileSync(join(root, file))).digest('base64')}`]),
);
writeFileSync(join(root, 'sri.json'), JSON.stringify(hashes, null, 2) + '\n');
