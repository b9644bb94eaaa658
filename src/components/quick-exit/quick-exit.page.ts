/*
 * What <cop-quick-exit> does to the page around it: blanking it while the browser leaves, putting
 * it back when the person comes back, and the page-wide listeners that every instance shares.
 */

/** Set on `<body>` while leaving: everything but the overlay is hidden. */
export const HIDING_CLASS = 'cop-quick-exit-hiding';
/** The full-viewport cover shown while leaving. */
export const OVERLAY_CLASS = 'cop-quick-exit-overlay';

// Plain rules on the page itself, in a constructable style sheet: a strict Content-Security-Policy
// (no 'unsafe-inline' styles) blocks <style> elements and style attributes, not adopted sheets.
// Canvas and CanvasText paint the overlay as the browser paints an empty page, in light, dark and
// forced colours alike.
const PAGE_RULES = `
body.${HIDING_CLASS} *:not(.${OVERLAY_CLASS}) { display: none !important; }
.${OVERLAY_CLASS} {
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  margin: 0 !important;
  padding: 1rem !important;
  background: Canvas !important;
  color: CanvasText !important;
  font: 1rem/1.5 system-ui, sans-serif !important;
}
@media print { .${OVERLAY_CLASS} { display: none !important; } }
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

function adoptPageRules(doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  let sheet = sheets.get(doc);
  if (!sheet) {
    // A sheet may only be adopted by a document of the window that constructed it.
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(PAGE_RULES);
    sheets.set(doc, sheet);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Hides the whole page behind an overlay that looks like an empty browser page. The overlay is an
 * alert whose text is set only once it is in the document, which screen readers announce more
 * reliably than an alert inserted with its text.
 */
export function hidePage(doc: Document, text: string, lang: string, dir: string): void {
  const body = doc.body;
  if (!body) return;
  adoptPageRules(doc);
  body.classList.add(HIDING_CLASS);
  const overlay = doc.createElement('div');
  overlay.className = OVERLAY_CLASS;
  overlay.setAttribute('role', 'alert');
  overlay.lang = lang;
  overlay.dir = dir;
  body.append(overlay);
  overlay.textContent = text;
}

/** Undoes hidePage(), so that coming Back never shows a blank page. */
export function restorePage(doc: Document): void {
  doc.body?.classList.remove(HIDING_CLASS);
  for (const overlay of doc.querySelectorAll(`.${OVERLAY_CLASS}`)) overlay.remove();
}

/**
 * One event listener per document however many elements need it: added when the first member
 * joins, removed when the last one leaves. Members are kept in the order they joined.
 */
export class SharedListener<Member> {
  private readonly pages = new Map<Document, { members: Set<Member>; target: EventTarget; listener: EventListener }>();

  constructor(
    private readonly type: string,
    private readonly capture: boolean,
    private readonly targetOf: (doc: Document) => EventTarget | null,
    private readonly handle: (event: Event, members: ReadonlySet<Member>, doc: Document) => void,
  ) {}

  join(doc: Document, member: Member): void {
    let page = this.pages.get(doc);
    if (!page) {
      const target = this.targetOf(doc);
      if (!target) return;
      const members = new Set<Member>();
      const listener = (event: Event) => this.handle(event, members, doc);
      target.addEventListener(this.type, listener, this.capture);
      page = { members, target, listener };
      this.pages.set(doc, page);
    }
    page.members.add(member);
  }

  leave(doc: Document, member: Member): void {
    const page = this.pages.get(doc);
    if (!page || !page.members.delete(member) || page.members.size > 0) return;
    page.target.removeEventListener(this.type, page.listener, this.capture);
    this.pages.delete(doc);
  }
}
