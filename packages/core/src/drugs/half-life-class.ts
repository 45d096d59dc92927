import type { HalfLife, HalfLifeClass } from './drug.js';

/** Class boundaries in hours, as in the usual pharmacology tables (short < 12 h, long > 24 h). */
export const SHORT_BELOW_H = 12;
export const LONG_ABOVE_H = 24;

/**
 * Classifies a drug by how long its effect lasts: by an active metabolite
 * that lives beyond a day, else by the middle of the parent drug's typical
 * half-life. Sources disagree on where alprazolam or lorazepam fall, so the
 * class is derived from the stored numbers by this one rule.
 */
export const halfLifeClass = (halfLife: HalfLife): HalfLifeClass => {
  if (halfLife.activeMetaboliteH && halfLife.activeMetaboliteH.high > LONG_ABOVE_H) return 'long';
  const middle = (halfLife.typicalH.low + halfLife.typicalH.high) / 2;
  if (middle > LONG_ABOVE_H) return 'long';
  return middle < SHORT_BELOW_H ? 'short' : 'intermediate';
};
