import type { LocalTime } from '../units/local-time.js';
import { type Micrograms, micrograms } from '../units/units.js';
import type { DoseMaker } from './dose-maker.js';

/** Which of the day's doses a cut takes from first. */
export type ReduceFirst = 'daytime' | 'bedtime' | 'even';

export interface Slot {
  readonly time: LocalTime;
  readonly amountUg: Micrograms;
}

/**
 * Splits a new, lower daily total across the day's dose times, starting from
 * the previous step's split. `daytime` (the default) takes cuts from the
 * earlier doses first, so the bedtime dose is kept longest; `bedtime` does
 * the reverse; `even` spreads the cut in proportion. Every resulting dose
 * must be makeable; returns undefined when no split is.
 */
export const allocateDoses = (
  previous: readonly Slot[],
  total: Micrograms,
  maker: DoseMaker,
  reduceFirst: ReduceFirst,
): Slot[] | undefined => {
  const current = previous.reduce((sum, slot) => sum + slot.amountUg, 0);
  let cut = current - total;
  if (cut < 0) return undefined;
  if (reduceFirst === 'even') {
    const split = previous.map((slot) => Math.floor((slot.amountUg * total) / Math.max(1, current)));
    // Hand the remainder to the latest doses, then snap each dose to a makeable amount.
    let remainder = total - split.reduce((a, b) => a + b, 0);
    for (let i = split.length - 1; remainder > 0 && i >= 0; i--, remainder--) split[i] = (split[i] ?? 0) + 1;
    const slots = previous.map((slot, i) => ({ time: slot.time, amountUg: micrograms(split[i] ?? 0) }));
    if (slots.every((slot) => slot.amountUg === 0 || maker.make(slot.amountUg))) return slots;
    // Fall through to the ordered split when the proportional one cannot be made.
  }
  const order = previous.map((_slot, index) => index).sort((a, b) => (reduceFirst === 'bedtime' ? b - a : a - b));
  const amounts = previous.map((slot) => slot.amountUg as number);
  for (const index of order) {
    if (cut === 0) break;
    const take = Math.min(cut, amounts[index] ?? 0);
    amounts[index] = (amounts[index] ?? 0) - take;
    cut -= take;
  }
  // A remainder that cannot be made is moved to the next dose in the order, one makeable amount at a time.
  for (const [position, index] of order.entries()) {
    const amount = amounts[index] ?? 0;
    if (amount === 0 || maker.make(micrograms(amount))) continue;
    const lower = maker.amountsUpTo(micrograms(amount)).at(-1) ?? 0;
    const next = order.slice(position + 1).find((candidate) => candidate !== index);
    if (next === undefined) return undefined;
    amounts[index] = lower;
    amounts[next] = (amounts[next] ?? 0) + (amount - lower);
  }
  const slots = previous.map((slot, i) => ({ time: slot.time, amountUg: micrograms(amounts[i] ?? 0) }));
  return slots.every((slot) => slot.amountUg === 0 || maker.make(slot.amountUg)) ? slots : undefined;
};
