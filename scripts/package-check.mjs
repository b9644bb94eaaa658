#!/usr/bin/env node
// npm run check:package: what npm would publish is sound — publint and "are the types wrong"
// (ESM only) are clean, the tarball holds what deployers need and no tests or sources, and every
// sourceMappingURL points at a file that is in it. Run after `npm run build`.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const problems = [];

run('npx publint --strict');
run('npx attw --pack . --profile esm-only --quiet');

const [pack] = JSON.parse(run('npm pack --dry-run --json --ignore-scripts'));
const files = new Set(pack.files.map((file) => file.path));
for (const needed of [
  'dist/index.js', 'dist/classes.js', 'dist/types/index.d.ts', 'dist/custom-elements.json',
  'dist/cdn/cop-widgets.js', 'dist/cdn/loader.js', 'dist/cdn/sri.json',
  'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/web-types.json',
  'dist/schemas/banner.json', 'dist/schemas/tips.json', 'dist/schemas/quiz.json', 'dist/schemas/helplines.json',
  'README.md', 'CHANGELOG.md', 'LICENSE',
]) if (!files.has(needed)) problems.push(`missing from the package: ${needed}`);
for (const file of files) {
  if (/(^|\/)(test|stories|src)\//.test(file) && !file.startsWith('dist/')) problems.push(`should not be published: ${file}`);
  if (!file.endsWith('.js')) continue;
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'))?.[1];
  if (map && !files.has(file.replace(/[^/]+$/, '') + map)) problems.push(`${file} points to a source map that is not published: ${map}`);
}
for (const problem of problems) console.log(problem);
console.log(`package: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(0)} KB packed; ${problems.length ? `${problems.length} problem(s)` : 'publint, attw and contents clean'}`);
process.exit(problems.length ? 1 : 0);
