import { parseIsoDate } from '@stepdown/core';

/**
 * Checks on values before they are written, so that both engines store the
 * same thing (SQLite would accept `1.5` in an INTEGER column that PostgreSQL
 * rejects). A failure is a bug in the caller, who validates user input first,
 * so these throw.
 */

/** PostgreSQL `integer` is 32-bit: 2 147 483 647 µg is 2.1 kg, far above any dose. */
const MAX_INT4 = 2_147_483_647;

export const checkMicrograms = (value: number, field: string): number => {
  if (!(Number.isSafeInteger(value) && value >= 0 && value <= MAX_INT4)) {
    throw new RangeError(`${field} must be a whole number of micrograms from 0 to ${MAX_INT4}, got ${value}`);
  }
  return value;
};

export const checkIsoDate = (value: string, field: string): string => {
  const parsed = parseIsoDate(value);
  if (!parsed.ok || parsed.value !== value) throw new RangeError(`${field} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
};

export const checkLocalTime = (value: string, field: string): string => {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw new RangeError(`${field} must be a time of day as HH:MM, got "${value}"`);
  return value;
};

export const checkFiniteNumber = (value: number, field: string): number => {
  if (!Number.isFinite(value)) throw new RangeError(`${field} must be a finite number, got ${value}`);
  return value;
};
