/** Where an element may remember something: the browser session, this device, or nowhere. */
export type StorageMode = 'session' | 'local' | 'none';

export const STORAGE_PREFIX = 'cop-widgets:';

// Used when the browser refuses storage (privacy settings, sandboxed iframes, full quota), so
// that a choice still holds for the life of the page.
const fallback = new Map<string, string>();

function area(mode: StorageMode): Storage | undefined {
  if (mode === 'none') return undefined;
  return mode === 'local' ? window.localStorage : window.sessionStorage;
}

/** Reads a value; never throws. */
export function readStored(mode: StorageMode, key: string): string | null {
  if (mode === 'none') return null;
  const fullKey = STORAGE_PREFIX + key;
  try {
    const value = area(mode)?.getItem(fullKey) ?? null;
    return value ?? fallback.get(`${mode}:${fullKey}`) ?? null;
  } catch {
    return fallback.get(`${mode}:${fullKey}`) ?? null;
  }
}

/** Writes a value; never throws. Returns whether the browser's storage kept it. */
export function writeStored(mode: StorageMode, key: string, value: string): boolean {
  if (mode === 'none') return false;
  const fullKey = STORAGE_PREFIX + key;
  try {
    const storage = area(mode);
    // A browser without this storage at all keeps the value for the page, as one that refuses it does.
    if (!storage) throw new Error('no storage');
    storage.setItem(fullKey, value);
    return true;
  } catch {
    fallback.set(`${mode}:${fullKey}`, value);
    return false;
  }
}
