/**
 * Instants are stored as the text `Date.prototype.toISOString()` gives
 * (`2026-03-01T09:30:00.000Z`): the same on SQLite and PostgreSQL, and in
 * this fixed format string order is time order, so `expires_at > now`
 * compares correctly as text.
 */
export type Instant = string;

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The canonical UTC text of a `Date` or of an ISO-8601 string with a zone
 * (`Z` or `±hh:mm`). Anything else throws: callers validate user input first.
 */
export const toInstant = (value: Date | string): Instant => {
  const date = typeof value === 'string' ? (ISO_WITH_ZONE.test(value) ? new Date(value) : new Date(Number.NaN)) : value;
  const ms = date.getTime();
  if (!Number.isFinite(ms) || ms < 0 || ms > 253_402_300_799_999) {
    throw new RangeError(`expected an ISO-8601 instant with a zone between years 1970 and 9999, got ${String(value)}`);
  }
  return date.toISOString();
};

/** `instant` moved by `ms` milliseconds. */
export const addMilliseconds = (instant: Date | Instant, ms: number): Instant =>
  toInstant(new Date(new Date(toInstant(instant)).getTime() + ms));
