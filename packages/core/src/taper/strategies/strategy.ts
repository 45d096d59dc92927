import type { SourceId } from '../../sources/registry.js';
import type { StrategyId } from '../plan.js';

/**
 * A taper strategy reduced to what the planner needs: the ideal next daily
 * total, how long a step lasts, and the cap on how fast it may cut. Caps are
 * rates: a step may span up to MAX_INTERVALS_PER_STEP intervals when the
 * products cannot make a cut within one interval's cap (slower, never faster).
 */
export interface StrategyRules {
  readonly id: StrategyId;
  readonly sources: readonly SourceId[];
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  readonly intervalDays: (currentUg: number) => number;
  /** The ideal daily total after `intervals` intervals from `currentUg` (may be fractional or negative). */
  readonly idealAfter: (currentUg: number, intervals: number, startUg: number) => number;
  /** The largest cut allowed from `currentUg` over `intervals` intervals. */
  readonly maxCutUg: (currentUg: number, intervals: number) => number;
  /** Plain-language statement of the cap, for findings. */
  readonly capText: string;
}

/** A step may be stretched to this many intervals before the plan says the cut cannot be made. */
export const MAX_INTERVALS_PER_STEP = 4;

export const percentCap =
  (capFraction: number, capPeriodDays: number, intervalDays: number) => (current: number, intervals: number) =>
    Math.floor(current * (1 - (1 - capFraction) ** ((intervals * intervalDays) / capPeriodDays)));
