// Where a built file's bytes come from, by its source map: the minified characters each source
// module produced. Used by `npm run size -- --by-source` to split a page's brotli bytes into Lit,
// our core, the element and content (an approximation: each file's brotli size is shared out in
// proportion to the characters each source wrote into it), and by a test of the maps themselves.
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

/**
 * The marks of a source map, line by line of the built file: each a generated column and, when
 * mapped, its source and 1-based original line (the encoding makes all of these relative).
 */
function marksByLine(map) {
  let source = 0;
  let originalLine = 0;
  return map.mappings.split(';').map((line) => {
    let column = 0;
    return (line ? line.split(',') : []).map((text) => {
      const segment = decodeSegment(text);
      column += segment[0];
      if (segment.length < 4) return { column, source: '' };
      source += segment[1];
      originalLine += segment[2];
      return { column, source: map.sources[source], line: originalLine + 1 };
    });
  });
}

const readMap = (file) => JSON.parse(readFileSync(`${file}.map`, 'utf8'));

/** Minified characters of `file` per source path (as written in its map); unmapped ones under ''. */
export function charactersBySource(file) {
  const code = readFileSync(file, 'utf8');
  const chars = new Map();
  const add = (source, count) => chars.set(source, (chars.get(source) ?? 0) + count);
  if (!existsSync(`${file}.map`)) return add('', code.length), chars;
  const lines = code.split('\n');
  marksByLine(readMap(file)).forEach((marks, index) => {
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
  const column = before.at(-1).length;
  const marks = marksByLine(readMap(file))[before.length - 1] ?? [];
  const mark = marks.filter((m) => m.source && m.column <= column).sort((a, b) => a.column - b.column).at(-1);
  return mark ? { source: mark.source, line: mark.line } : null;
}
