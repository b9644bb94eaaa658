/**
 * The CDN autoloader (dist/cdn/loader.js). It registers only the cop-* elements a page uses: on
 * load, and whenever one is added later, it imports that element's module from ./elements/,
 * relative to this file's own URL, so a page with a banner downloads no quiz code. Elements
 * named in a `data-cop-preload` attribute (on any element, e.g. the script tag) load at once.
 * When the elements present have registered, `cop-loaded` is fired on the document.
 */
// Each tag's module is named after it without `cop-`: cop-quick-exit → elements/quick-exit.js.
const TAGS = ['cop-campaign-banner', 'cop-quick-exit', 'cop-tip-carousel', 'cop-risk-quiz', 'cop-helpline-finder'];
const base = new URL('./elements/', import.meta.url);
const loading = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = import(/* @vite-ignore */ new URL(`${tag.slice(4)}.js`, base).href).catch((error: unknown) => {
      loading.delete(tag);
      console.error(`[cop-widgets] <${tag}> could not be loaded from ${base.href}`, error);
    });
    loading.set(tag, pending);
  }
  return pending;
}

function tagsIn(root: ParentNode | Element): string[] {
  const found = TAGS.filter((tag) => root.querySelector(tag));
  if (root instanceof Element && TAGS.includes(root.localName)) found.push(root.localName);
  return found;
}

async function loadAll(tags: string[]): Promise<void> {
  const wanted = [...new Set(tags)].filter((tag) => !customElements.get(tag) || !loading.has(tag));
  if (wanted.length === 0) return;
  await Promise.all(wanted.map(load));
  document.dispatchEvent(new CustomEvent('cop-loaded', { detail: { tags: wanted } }));
}

const preload = [...document.querySelectorAll('[data-cop-preload]')].flatMap((element) =>
  (element.getAttribute('data-cop-preload') ?? '').split(/[\s,]+/).filter((tag) => TAGS.includes(tag)),
);

void loadAll([...preload, ...tagsIn(document)]);

new MutationObserver((mutations) => {
  const added = mutations.flatMap((mutation) =>
    [...mutation.addedNodes].flatMap((node) => (node instanceof Element ? tagsIn(node) : [])),
  );
  if (added.length) void loadAll(added);
}).observe(document.documentElement, { childList: true, subtree: true });
