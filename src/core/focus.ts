const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const isShown = (element: HTMLElement) => element.getClientRects().length > 0;

/**
 * Where focus should go when `leaving` is about to disappear with focus inside it: the next
 * focusable element after it in the document, else the one before it, else its parent (made
 * focusable for the moment). Focus is never dropped on `<body>`.
 */
export function focusAfterRemoval(leaving: HTMLElement): void {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !leaving.contains(element) && isShown(element),
  );
  const follows = (element: HTMLElement) =>
    Boolean(leaving.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  const target = candidates.find(follows) ?? candidates.reverse().find((element) => !follows(element));
  if (target) {
    target.focus();
    return;
  }
  const parent = leaving.parentElement ?? document.body;
  if (!parent.hasAttribute('tabindex')) {
    parent.setAttribute('tabindex', '-1');
    parent.addEventListener('blur', () => parent.removeAttribute('tabindex'), { once: true });
  }
  parent.focus();
}
