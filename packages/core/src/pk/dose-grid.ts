import { type DoseEvent, sortDoseEvents } from './dose-event.js';
import { gridLength, gridTime, type TimeGrid } from './time-grid.js';

/**
 * A dose schedule laid onto an output grid once, independent of any person's
 * parameters, so that one person or a thousand can be simulated in O(T + D):
 *
 * - doses at or before the first grid time are summed directly into the
 *   starting state (`priorAmounts`, `priorAgesH`);
 * - a later dose taken in (t[j−1], t[j]] joins the state at grid point j,
 *   `offsetH = t[j] − dose time` hours after it was taken. Offsets repeat (a
 *   plan's doses fall at the same times of day), so each person needs only a
 *   few exponentials per distinct offset, not per dose;
 * - doses after the last grid time are dropped.
 */
export interface DoseGrid {
  readonly grid: TimeGrid;
  readonly length: number;
  readonly priorAmounts: Float64Array;
  readonly priorAgesH: Float64Array;
  /** Grid index at which each later dose joins, ascending. */
  readonly joinIndex: Int32Array;
  readonly joinAmounts: Float64Array;
  /** Index into `offsetsH` of each later dose. */
  readonly joinOffset: Int32Array;
  /** Distinct offsets, each in [0, stepH). */
  readonly offsetsH: Float64Array;
}

/** The grid index j with t[j−1] < time ≤ t[j], for a time after the first grid point. */
const joinPoint = (grid: TimeGrid, timeH: number): number => {
  let j = Math.max(1, Math.ceil((timeH - grid.startH) / grid.stepH));
  while (j > 1 && gridTime(grid, j - 1) >= timeH) j--;
  while (gridTime(grid, j) < timeH) j++;
  return j;
};

export const prepareDoseGrid = (doses: readonly DoseEvent[], grid: TimeGrid): DoseGrid => {
  const length = gridLength(grid);
  const sorted = sortDoseEvents(doses);
  const lastH = gridTime(grid, length - 1);
  let priorCount = 0;
  let laterCount = 0;
  for (const dose of sorted) {
    if (dose.timeH <= grid.startH) priorCount++;
    else if (dose.timeH <= lastH) laterCount++;
  }
  const priorAmounts = new Float64Array(priorCount);
  const priorAgesH = new Float64Array(priorCount);
  const offsets = new Map<number, number>();
  const joinIndex = new Int32Array(laterCount);
  const joinAmounts = new Float64Array(laterCount);
  const joinOffset = new Int32Array(laterCount);
  let p = 0;
  let k = 0;
  let lastOffsetH = Number.NaN;
  let lastSlot = 0;
  let otherOffsetH = Number.NaN;
  let otherSlot = 0;
  for (const dose of sorted) {
    if (dose.timeH <= grid.startH) {
      priorAmounts[p] = dose.amountUg;
      priorAgesH[p] = grid.startH - dose.timeH;
      p++;
    } else if (dose.timeH <= lastH) {
      const j = joinPoint(grid, dose.timeH);
      const offsetH = gridTime(grid, j) - dose.timeH;
      // Plans repeat a few times of day, so the offset is usually the same as one or two doses ago.
      let slot = offsetH === lastOffsetH ? lastSlot : offsetH === otherOffsetH ? otherSlot : offsets.get(offsetH);
      if (slot === undefined) {
        slot = offsets.size;
        offsets.set(offsetH, slot);
      }
      otherOffsetH = lastOffsetH;
      otherSlot = lastSlot;
      lastOffsetH = offsetH;
      lastSlot = slot;
      joinIndex[k] = j;
      joinAmounts[k] = dose.amountUg;
      joinOffset[k] = slot;
      k++;
    }
  }
  return {
    grid,
    length,
    priorAmounts,
    priorAgesH,
    joinIndex,
    joinAmounts,
    joinOffset,
    offsetsH: Float64Array.from(offsets.keys()),
  };
};
