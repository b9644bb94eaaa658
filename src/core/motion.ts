const query = '(prefers-reduced-motion: reduce)';

/** Whether the person asked for less motion. The one place every element asks it. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** Calls back whenever the preference changes; returns the function that stops listening. */
export function onReducedMotionChange(callback: (reduce: boolean) => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const list = matchMedia(query);
  const listener = (event: MediaQueryListEvent) => callback(event.matches);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}
