import { err, ok, type Result } from '../../result.js';
import type { PercentOptions } from './joint-2025.js';
import { percentCap, type StrategyRules } from './strategy.js';

/**
 * Ashton, as summarised by NICE CKS: about 5–10% of the current dose every
 * 1–2 weeks, slower at lower doses. Here the chosen cut is also the cap, so
 * rounding never makes a step faster than asked.
 */
export const ASHTON_DIRECT = {
  defaultCutPercent: 10,
  cutPercentRange: { low: 5, high: 10 },
  defaultIntervalDays: 14,
  intervalDaysRange: { low: 7, high: 14 },
  source: 'nice-cks-benzodiazepine-withdrawal',
} as const;

export const ashtonDirect = (options: PercentOptions): Result<StrategyRules> => {
  const cut = options.cutPercent ?? ASHTON_DIRECT.defaultCutPercent;
  const interval = options.intervalDays ?? ASHTON_DIRECT.defaultIntervalDays;
  if (!(cut >= ASHTON_DIRECT.cutPercentRange.low && cut <= ASHTON_DIRECT.cutPercentRange.high)) {
    return err('CUT_OUT_OF_RANGE', `A ${cut}% cut is outside the Ashton strategy's range.`, {
      field: 'cut',
      expected: '5–10% per step',
    });
  }
  if (
    !(
      Number.isInteger(interval) &&
      interval >= ASHTON_DIRECT.intervalDaysRange.low &&
      interval <= ASHTON_DIRECT.intervalDaysRange.high
    )
  ) {
    return err('INTERVAL_OUT_OF_RANGE', `A step of ${interval} days is outside the Ashton strategy's range.`, {
      field: 'every',
      expected: '7–14 days (1–2 weeks)',
    });
  }
  return ok({
    id: 'ashton',
    sources: ['ashton-manual', 'nice-cks-benzodiazepine-withdrawal'],
    parameters: { cutPercent: cut, intervalDays: interval, via: 'none', capPercent: cut, capPeriodDays: interval },
    intervalDays: () => interval,
    idealAfter: (current, intervals) => current * (1 - cut / 100) ** intervals,
    maxCutUg: percentCap(cut / 100, interval, interval),
    capText: `${cut}% every ${interval} days`,
  });
};
