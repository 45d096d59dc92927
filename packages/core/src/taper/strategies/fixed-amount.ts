import { mg } from '../../units/units.js';
import type { StrategyRules } from './strategy.js';

/**
 * Clonazepam label, panic disorder: decrease 0.125 mg twice daily every 3 days
 * until withdrawn. Much faster than guideline tapers: meant for short-term use.
 */
export const LABEL_TAPER = { cutUg: mg(0.25), intervalDays: 3, source: 'fda-klonopin-label' } as const;

/** Nardi et al. 2010: −0.5 mg every 2 weeks down to 1 mg/day, then −0.25 mg every week. */
export const NARDI_TAPER = {
  highCutUg: mg(0.5),
  highIntervalDays: 14,
  switchAtUg: mg(1),
  lowCutUg: mg(0.25),
  lowIntervalDays: 7,
  source: 'nardi-2010',
} as const;

export const labelTaper = (): StrategyRules => ({
  id: 'label',
  sources: ['fda-klonopin-label'],
  parameters: { cutMg: LABEL_TAPER.cutUg / 1000, intervalDays: LABEL_TAPER.intervalDays },
  intervalDays: () => LABEL_TAPER.intervalDays,
  idealAfter: (current, intervals) => current - intervals * LABEL_TAPER.cutUg,
  maxCutUg: (_current, intervals) => intervals * LABEL_TAPER.cutUg,
  capText: '0.25 mg a day every 3 days',
});

export const nardiTaper = (): StrategyRules => {
  const high = (current: number) => current > NARDI_TAPER.switchAtUg;
  return {
    id: 'nardi',
    sources: ['nardi-2010'],
    parameters: {
      highCutMg: NARDI_TAPER.highCutUg / 1000,
      highIntervalDays: NARDI_TAPER.highIntervalDays,
      switchAtMg: NARDI_TAPER.switchAtUg / 1000,
      lowCutMg: NARDI_TAPER.lowCutUg / 1000,
      lowIntervalDays: NARDI_TAPER.lowIntervalDays,
    },
    intervalDays: (current) => (high(current) ? NARDI_TAPER.highIntervalDays : NARDI_TAPER.lowIntervalDays),
    // Above 1 mg/day, cut 0.5 mg but not below 1 mg; from 1 mg/day, 0.25 mg a step.
    idealAfter: (current, intervals) =>
      high(current)
        ? Math.max(NARDI_TAPER.switchAtUg, current - intervals * NARDI_TAPER.highCutUg)
        : current - intervals * NARDI_TAPER.lowCutUg,
    maxCutUg: (current, intervals) => intervals * (high(current) ? NARDI_TAPER.highCutUg : NARDI_TAPER.lowCutUg),
    capText: '0.5 mg every 2 weeks above 1 mg/day, then 0.25 mg every week',
  };
};
