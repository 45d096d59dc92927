import { err, ok, type Result } from '../../result.js';
import { JOINT_2025 } from './joint-2025.js';
import { percentCap, type StrategyRules } from './strategy.js';

/**
 * Hyperbolic steps: each interval removes the same share of a saturating
 * effect curve E = D / (D + K), so absolute cuts shrink as the dose falls.
 * K is in diazepam-equivalent micrograms; the default of 1 mg DE is derived
 * from a secondary reproduction of the Maudsley figure (low confidence). The
 * curve is a relative model, not measured receptor occupancy. Steps are still
 * capped at the joint guideline's 25% every 2 weeks.
 */
export const HYPERBOLIC = {
  defaultKDiazepamEquivalentUg: 1000,
  defaultSharePercent: 10,
  sharePercentRange: { low: 2, high: 20 },
  defaultIntervalDays: 14,
  source: 'stepdown-derived-hyperbolic',
} as const;

export interface HyperbolicOptions {
  /** K in the drug's own micrograms (the planner converts the diazepam-equivalent default). */
  readonly kUg: number;
  readonly sharePercent?: number;
  readonly intervalDays?: number;
}

export const hyperbolic = (options: HyperbolicOptions): Result<StrategyRules> => {
  const share = options.sharePercent ?? HYPERBOLIC.defaultSharePercent;
  const interval = options.intervalDays ?? HYPERBOLIC.defaultIntervalDays;
  const k = options.kUg;
  if (!(share >= HYPERBOLIC.sharePercentRange.low && share <= HYPERBOLIC.sharePercentRange.high)) {
    return err('SHARE_OUT_OF_RANGE', `A ${share}% share of the effect per step is outside the range.`, {
      field: 'share',
      expected: '2–20%',
    });
  }
  if (!(k > 0)) return err('K_INVALID', 'K must be a positive dose.', { field: 'k', expected: 'a positive dose, e.g. 0.05mg' });
  if (!(Number.isInteger(interval) && interval >= 7 && interval <= 56)) {
    return err('INTERVAL_OUT_OF_RANGE', `A step of ${interval} days is outside the range.`, {
      field: 'every',
      expected: '7–56 days',
    });
  }
  const effect = (dose: number) => dose / (dose + k);
  return ok({
    id: 'hyperbolic',
    sources: ['stepdown-derived-hyperbolic', 'joint-cpg-2025'],
    parameters: {
      sharePercent: share,
      kMg: k / 1000,
      intervalDays: interval,
      capPercent: JOINT_2025.capPercent,
      capPeriodDays: JOINT_2025.capPeriodDays,
    },
    intervalDays: () => interval,
    idealAfter: (current, intervals, start) => {
      const target = effect(current) - (intervals * share * effect(start)) / 100;
      return target <= 0 ? 0 : (k * target) / (1 - target);
    },
    maxCutUg: percentCap(JOINT_2025.capPercent / 100, JOINT_2025.capPeriodDays, interval),
    capText: `${JOINT_2025.capPercent}% every ${JOINT_2025.capPeriodDays} days`,
  });
};
