import { err, ok, type Result } from '../../result.js';
import { percentCap, type StrategyRules } from './strategy.js';

/**
 * Joint CPG 2025 (pocket guide p.3, Rec 6): reduce 5–10% every 2–4 weeks, and
 * typically not more than 25% every 2 weeks; people on lower doses for a short
 * time (e.g. under 3 months) may taper faster.
 */
export const JOINT_2025 = {
  defaultCutPercent: 10,
  cutPercentRange: { low: 5, high: 25 },
  defaultIntervalDays: 14,
  intervalDaysRange: { low: 7, high: 56 },
  capPercent: 25,
  capPeriodDays: 14,
  /** With short-term use the rate cap is lifted, but no single step may remove more than half. */
  shortTermMaxCutPercent: 50,
  source: 'joint-cpg-2025',
} as const;

export interface PercentOptions {
  readonly cutPercent?: number;
  readonly intervalDays?: number;
  readonly shortTermUse?: boolean;
}

/** The cut over two weeks implied by `cutPercent` every `intervalDays`. */
const twoWeekCut = (cutPercent: number, intervalDays: number): number =>
  100 * (1 - (1 - cutPercent / 100) ** (JOINT_2025.capPeriodDays / intervalDays));

export const joint2025 = (options: PercentOptions): Result<StrategyRules> => {
  const cut = options.cutPercent ?? JOINT_2025.defaultCutPercent;
  const interval = options.intervalDays ?? JOINT_2025.defaultIntervalDays;
  const shortTerm = options.shortTermUse === true;
  const maxCut = shortTerm ? JOINT_2025.shortTermMaxCutPercent : JOINT_2025.cutPercentRange.high;
  if (!(cut >= JOINT_2025.cutPercentRange.low && cut <= maxCut)) {
    return err('CUT_OUT_OF_RANGE', `A ${cut}% cut is outside the joint-2025 strategy's range.`, {
      field: 'cut',
      expected: `${JOINT_2025.cutPercentRange.low}–${maxCut}% per step${shortTerm ? '' : ' (up to 50% only for short-term use under 3 months)'}`,
    });
  }
  if (
    !(Number.isInteger(interval) && interval >= JOINT_2025.intervalDaysRange.low && interval <= JOINT_2025.intervalDaysRange.high)
  ) {
    return err('INTERVAL_OUT_OF_RANGE', `A step of ${interval} days is outside the joint-2025 strategy's range.`, {
      field: 'every',
      expected: `${JOINT_2025.intervalDaysRange.low}–${JOINT_2025.intervalDaysRange.high} days (1–8 weeks)`,
    });
  }
  const rate = twoWeekCut(cut, interval);
  if (!shortTerm && rate > JOINT_2025.capPercent + 1e-9) {
    return err(
      'RATE_ABOVE_GUIDELINE_CAP',
      `${cut}% every ${interval} days is about ${rate.toFixed(0)}% every 2 weeks, faster than the guideline's cap of ${JOINT_2025.capPercent}% every 2 weeks.`,
      { field: 'cut', expected: 'a slower rate, or state short-term use (under 3 months) with --short-term' },
    );
  }
  const capFraction = shortTerm ? Math.max(cut, JOINT_2025.capPercent) / 100 : JOINT_2025.capPercent / 100;
  const capPeriod = shortTerm ? interval : JOINT_2025.capPeriodDays;
  return ok({
    id: 'joint-2025',
    sources: ['joint-cpg-2025'],
    parameters: {
      cutPercent: cut,
      intervalDays: interval,
      shortTermUse: shortTerm,
      capPercent: capFraction * 100,
      capPeriodDays: capPeriod,
    },
    intervalDays: () => interval,
    idealAfter: (current, intervals) => current * (1 - cut / 100) ** intervals,
    maxCutUg: percentCap(capFraction, capPeriod, interval),
    capText: `${capFraction * 100}% every ${capPeriod} days`,
  });
};
