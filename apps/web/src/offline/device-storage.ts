/**
 * The browser's localStorage, read and written as JSON. Storage can be disabled (private mode) or
 * garbled: reading then gives `undefined`; writing throws, so each caller decides whether losing the
 * write matters (the outbox must say so; a cached copy may be lost quietly).
 */
export const deviceStorage = (): Storage | undefined => {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
};

export const readJson = (key: string): unknown => {
  try {
    const text = deviceStorage()?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

export const writeJson = (key: string, value: unknown): void => {
  deviceStorage()?.setItem(key, JSON.stringify(value));
};

/** A stored list, or an empty one when nothing (or something unreadable) is stored. */
export const readList = <T>(key: string): T[] => {
  const value = readJson(key);
  return Array.isArray(value) ? (value as T[]) : [];
};
