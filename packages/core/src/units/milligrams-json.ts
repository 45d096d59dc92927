import { toMilligrams } from './units.js';

const convertAmount = (value: unknown): unknown => {
  if (typeof value === 'number') return toMilligrams(value as never);
  if (Array.isArray(value)) return value.map(convertAmount);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertAmount(v)]));
  }
  return value;
};

/**
 * Core keeps doses in integer micrograms (`…Ug`); machine output speaks mg, the
 * unit prescriptions use. Renames `strengthUg` → `strengthMg` (and
 * `…UgPerKgPerDay` → `…MgPerKgPerDay`) and converts the values exactly.
 */
export const withMilligrams = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withMilligrams);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const match = /^(.*)Ug(PerKgPerDay)?$/.exec(key);
      return match ? [`${match[1]}Mg${match[2] ?? ''}`, convertAmount(child)] : [key, withMilligrams(child)];
    }),
  );
};
