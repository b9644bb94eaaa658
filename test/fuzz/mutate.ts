// The fuzzers' shared parts: a deterministic pseudo-random generator, the hostile values they
// plant, the mutator, and the seed corpus (one valid document of every kind). Used by the node
// fuzzer (validators alone) and the browser fuzzer (documents fed to the elements), so both
// mutate documents the same way. Works in Node and in the browser: the seeds are JSON imports.
import banner from '../fixtures/banner.json';
import translation from '../fixtures/translation-de.json';
import tips from '../../src/content/tips/core/teens/en.json';
import quiz from '../../src/content/quiz/core/teens/en.json';
import helplines from '../../src/data/helplines/fr.json';

/** The seed of every fuzz run: the same documents on every machine. */
export const SEED = 20261129;

/** A small deterministic pseudo-random generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The global a planted payload sets if it ever runs: it must stay unset. */
export const EXECUTED_FLAG = '__copFuzzExecuted';
const RUN = `globalThis.${EXECUTED_FLAG}=1`;

/** Markup and script for text fields: each would set EXECUTED_FLAG if it were parsed as HTML. */
export const MARKUP = [
  `<img src=x onerror="${RUN}">`,
  `<script>${RUN}</script>`,
  `"><svg onload="${RUN}">`,
  `'><iframe srcdoc="<script>parent.${EXECUTED_FLAG}=1</script>">`,
  `<a href="javascript:${RUN}">link</a>`,
  `<style onload="${RUN}"></style><b>bold</b>`,
  `\${${RUN}}{{constructor.constructor('${RUN}')()}}`,
];

/**
 * Links a document may never carry (only https, http, tel, sms and mailto are allowed): the
 * dangerous schemes in mixed case, behind white space and control characters, split by the tab and
 * newline a URL parser drops, and a few other schemes.
 */
export const UNSAFE_URLS = [
  `javascript:${RUN}`,
  ` JaVaScRiPt:${RUN}`,
  `\tjavascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `\u0001\u001fjavascript:${RUN}`,
  `javascript\u0000:${RUN}`,
  `  \r\n javascript:${RUN}`,
  `JAVASCRIPT:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `DaTa:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  ` data:image/svg+xml,<svg onload="${RUN}"/>`,
  'vbscript:msgbox(1)',
  ' VbScRiPt:msgbox(1)',
  '\u000bvbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0000',
];

/** Schemes a rendered link must never have. */
export const UNSAFE_SCHEMES = ['javascript:', 'data:', 'vbscript:', 'file:', 'blob:'];

/**
 * Language tags that look right (letters, digits and dashes) but are not valid BCP 47: a region
 * or variant given twice. `Intl` throws on them, so they must be refused before anything uses them.
 */
export const BAD_TAGS = ['en-US-US', 'de-1901-1901', 'fr-fr-fr', 'ar-001-001'];

/** Time zone names that look right (Area/Place) but do not exist: `Intl` throws on them too. */
export const BAD_ZONES = ['Mars/Olympus_Mons', 'Europe/Atlantis', 'Etc/GMT+99'];

const OTHER = ['', '   ', 'x'.repeat(5000), '\u0000', '\u202e', '{"a":1}', '__proto__', 'constructor', '+448001111', '116111', 'javascript&colon;x', '\u00a0javascript:x'];

/** Every hostile string the mutator plants. */
export const HOSTILE: readonly string[] = [...MARKUP, ...UNSAFE_URLS, ...BAD_TAGS, ...BAD_ZONES, ...OTHER];

/** Every value the mutator plants: wrong types, odd numbers and the hostile strings. */
export const VALUES: readonly unknown[] = [null, undefined, 0, -1, 1.5, NaN, Infinity, true, false, [], {}, [[]], { toString: 1 }, ...HOSTILE];

/**
 * A copy of `document` with one to three changes at random places: a field or item deleted, a
 * list item repeated, or a value replaced by one of VALUES.
 */
export function mutate(document: unknown, next: () => number): unknown {
  const copy = structuredClone(document);
  const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        paths.push({ parent: node as Record<string, unknown>, key });
        walk((node as Record<string, unknown>)[key]);
      }
    }
  };
  walk(copy);
  const changes = 1 + Math.floor(next() * 3);
  for (let i = 0; i < changes && paths.length; i++) {
    const { parent, key } = paths[Math.floor(next() * paths.length)];
    const choice = next();
    if (choice < 0.15) delete (parent as Record<string, unknown>)[key as string];
    else if (choice < 0.25 && Array.isArray(parent)) parent.push(structuredClone(parent[0]));
    else (parent as Record<string, unknown>)[key as string] = VALUES[Math.floor(next() * VALUES.length)];
  }
  return copy;
}

/**
 * The text of an inline document: usually the JSON of `document`, sometimes cut short or with a
 * stray character, so that the inline route also meets text that is not JSON at all.
 */
export function mutateText(document: unknown, next: () => number): string {
  const text = JSON.stringify(document) ?? '';
  const choice = next();
  if (choice < 0.1) return text.slice(0, Math.floor(next() * text.length));
  if (choice < 0.2) {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + ',}]"\\:{['[Math.floor(next() * 8)] + text.slice(at);
  }
  return text;
}

/** A string value of a document and where it sits: `keys` from the root, `path` them joined by dots (for reading). */
export interface Leaf {
  keys: string[];
  path: string;
  key: string;
}

/** Every string value in a document, in document order. */
export function stringLeaves(document: unknown): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (node: unknown, keys: string[]) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const here = [...keys, key];
      if (typeof value === 'string') leaves.push({ keys: here, path: here.join('.'), key });
      else walk(value, here);
    }
  };
  walk(document, []);
  return leaves;
}

/** A copy of `document` with the string at `keys` replaced. */
export function replaceAt(document: unknown, keys: readonly string[], value: string): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

/** Whether a field holds a link (by its name, in every kind of document). */
export const isLinkField = (key: string) => /^(href|link|url|source|website)$/.test(key);

/** Whether a field holds a language tag: a document's or translation's `locale`, a helpline's `languages`. */
export const isTagField = (path: string) => /(^|\.)locale$|(^|\.)languages\.\d+$/.test(path);

/**
 * Documents with a payload in every string field of `seed`: each text field gets one markup
 * payload (taken in turn), each link field every unsafe link, each language tag every bad tag and
 * each time zone every bad zone. Ids and codes given a payload are refused; text fields keep the
 * document valid, so the payload is rendered.
 */
export function payloadInEveryField(seed: unknown): { path: string; document: unknown; planted: Planted }[] {
  const documents: { path: string; document: unknown; planted: Planted }[] = [];
  stringLeaves(seed).forEach(({ keys, path, key }, i) => {
    const markup = MARKUP[i % MARKUP.length];
    const payloads: [Planted, string][] = isLinkField(key)
      ? UNSAFE_URLS.map((url) => ['unsafe link', url])
      : isTagField(path)
        ? [...BAD_TAGS.map((tag): [Planted, string] => ['bad language tag', tag]), ['markup', markup]]
        : key === 'tz'
          ? [...BAD_ZONES.map((zone): [Planted, string] => ['bad time zone', zone]), ['markup', markup]]
          : [['markup', markup]];
    for (const [planted, payload] of payloads) documents.push({ path, planted, document: replaceAt(seed, keys, payload) });
  });
  return documents;
}

/** What payloadInEveryField() planted in a document. */
export type Planted = 'markup' | 'unsafe link' | 'bad language tag' | 'bad time zone';

/** "24 markup, 18 unsafe link": how many documents of a sweep planted what. */
export function describePlanted(documents: readonly { planted: Planted }[]): string {
  const counts = new Map<Planted, number>();
  for (const { planted } of documents) counts.set(planted, (counts.get(planted) ?? 0) + 1);
  return [...counts].map(([planted, count]) => `${count} ${planted}`).join(', ');
}

/** One valid document of every kind the library reads. */
export const SEEDS = { banner, tips, quiz, helplines, translation } as const;
export type Kind = keyof typeof SEEDS;

/**
 * Documents with each of VALUES (wrong types, odd numbers, hostile strings) in each field down to
 * `depth` levels (1: the document's own fields): a systematic sweep beside the random mutations,
 * which may never plant, say, `null` in a short document's one `strings` field.
 */
export function everyValueInEveryField(seed: unknown, depth: number): { path: string; document: unknown }[] {
  const documents: { path: string; document: unknown }[] = [];
  const walk = (node: unknown, keys: string[]) => {
    if (!node || typeof node !== 'object' || keys.length >= depth) return;
    for (const [key, child] of Object.entries(node)) {
      const here = [...keys, key];
      for (const value of VALUES) {
        const copy = structuredClone(seed) as Record<string, unknown>;
        let parent = copy;
        for (const step of here.slice(0, -1)) parent = parent[step] as Record<string, unknown>;
        parent[key] = structuredClone(value);
        documents.push({ path: here.join('.'), document: copy });
      }
      walk(child, here);
    }
  };
  walk(seed, []);
  return documents;
}
