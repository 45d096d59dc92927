import type { Micrograms } from '../units/units.js';

/** One oral dose at `timeH` hours from the simulation's reference start (negative before it). */
export interface DoseEvent {
  readonly timeH: number;
  readonly amountUg: Micrograms;
}

/** Throws on a dose no caller should be able to build: a non-finite time or a negative or fractional amount. */
export const assertDoseEvent = (dose: DoseEvent): void => {
  if (!Number.isFinite(dose.timeH)) throw new RangeError(`dose time must be finite, got ${dose.timeH}`);
  if (!(Number.isSafeInteger(dose.amountUg) && dose.amountUg >= 0)) {
    throw new RangeError(`dose amount must be a non-negative integer number of micrograms, got ${dose.amountUg}`);
  }
};

/** The doses in time order (equal times keep their order), each checked; already-sorted input is returned as is. */
export const sortDoseEvents = (doses: readonly DoseEvent[]): readonly DoseEvent[] => {
  let sorted = true;
  let previousH = Number.NEGATIVE_INFINITY;
  for (const dose of doses) {
    assertDoseEvent(dose);
    if (dose.timeH < previousH) sorted = false;
    previousH = dose.timeH;
  }
  return sorted ? doses : doses.toSorted((a, b) => a.timeH - b.timeH);
};
