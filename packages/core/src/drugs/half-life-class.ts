import type { HalfLife, HalfLifeClass } from './drug.js';

/** Class boundaries in hours, as in the usual pharmacology tables (short < 12 h, long > 24 h). */
export const HALF_LIFE_CLASS_BOUNDS = { shortBelowH: 12, longAboveH: 24, source: 'uptodate-bzd-pk-table' } as const;

/**
 * Classifies a drug by how long its effect lasts: by an active metabolite
 * that lives beyond a day, else by the middle of the parent drug's typical
 * half-life. Sources disagree on where alprazolam or lorazepam fall, so the
 * class is derived from the stored numbers by this one rule.
 */
export const halfLifeClass = (halfLife: HalfLife): HalfLifeClass => {
  if (halfLife.activeMetaboliteH && halfLife.activeMetaboliteH.high > HALF_LIFE_CLASS_BOUNDS.longAboveH) return 'long';
  const middle = (halfLife.typicalH.low + halfLife.typicalH.high) / 2;
  if (middle > HALF_LIFE_CLASS_BOUNDS.longAboveH) return 'long';
  return middle < HALF_LIFE_CLASS_BOUNDS.shortBelowH ? 'short' : 'intermediate';
};
