// Where a built file's bytes come from, by its source map: the minified characters each source
// module produced. Used by `npm run size -- --by-source` to split a page's brotli bytes into Lit,
// our core, the element and content (an approximation: each file's brotli size is shared out in
// proportion to the characters each source wrote into it).
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one VLQ-encoded source map segment. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Minified characters of `file` per source path (as written in its map); unmapped ones under ''. */
export function charactersBySource(file) {
  const code = readFileSync(file, 'utf8');
  const chars = new Map();
  const add = (source, count) => chars.set(source, (chars.get(source) ?? 0) + count);
  if (!existsSync(`${file}.map`)) return add('', code.length), chars;
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    // Absolute columns and sources first (both are relative in the encoding), then in column order.
    let column = 0;
    const marks = (line ? line.split(',') : []).map((text) => {
      const segment = decodeSegment(text);
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      return { column, source: segment.length > 1 ? map.sources[source] : '' };
    });
    marks.sort((a, b) => a.column - b.column);
    const length = lines[index]?.length ?? 0;
    if (marks.length === 0) return add('', length);
    add('', marks[0].column);
    marks.forEach((mark, i) => add(mark.source, (marks[i + 1]?.column ?? length) - mark.column));
  });
  return chars;
}

/** Where the first occurrence of `needle` in a built file comes from: its source and 1-based line. */
export function originalOf(file, needle) {
  const code = readFileSync(file, 'utf8');
  const offset = code.indexOf(needle);
  if (offset < 0) return null;
  const before = code.slice(0, offset).split('\n');
  const [line, column] = [before.length - 1, before.at(-1).length];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  let source = 0;
  let originalLine = 0;
  let found = null;
  map.mappings.split(';').forEach((text, index) => {
    let generated = 0;
    for (const segment of (text ? text.split(',') : []).map(decodeSegment)) {
      generated += segment[0];
      if (segment.length < 4) continue;
      source += segment[1];
      originalLine += segment[2];
      if (index === line && generated <= column) found = { source: map.sources[source], line: originalLine + 1 };
    }
  });
  return found;
}
