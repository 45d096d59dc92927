import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date.js';
import { drugById } from '../drugs/catalogue.js';
import type { PlannedDose, PlanStep, TaperPlan } from '../taper/plan.js';
import type { LocalTime } from '../units/local-time.js';
import { mg } from '../units/units.js';
import { concentrationAt } from './one-compartment.js';
import { type PkParameters, pkParameters } from './pk-parameters.js';
import { planDoseEvents } from './plan-dose-events.js';
import { stepSummaries } from './step-summaries.js';

const date = (text: string): IsoDate => text as IsoDate;
const dose = (time: string, amountMg: number, drug = 'clonazepam'): PlannedDose => ({
  time: time as LocalTime,
  drug,
  amountUg: mg(amountMg),
  units: [],
});
const step = (index: number, start: string, end: string, days: number, doses: PlannedDose[]): PlanStep => ({
  index,
  start: date(start),
  end: date(end),
  days,
  doses,
  dailyTotals: [],
  diazepamEquivalentUg: mg(0),
  cutPercent: null,
  kind: index === 0 ? 'start' : 'reduce',
});
/** 2 mg/day for 14 days, −10% for 14 days, −25% of that for 3 days, then stop. */
const plan: TaperPlan = {
  drug: 'clonazepam',
  strategy: 'custom',
  parameters: {},
  sources: ['joint-cpg-2025'],
  equivalenceTable: 'ashton',
  formulations: ['clonazepam-odt-0.125'],
  start: date('2026-01-01'),
  end: date('2026-02-01'),
  totalDays: 32,
  steps: [
    step(0, '2026-01-01', '2026-01-14', 14, [dose('08:00', 1), dose('20:00', 1)]),
    step(1, '2026-01-15', '2026-01-28', 14, [dose('08:00', 0.875), dose('20:00', 0.925)]),
    step(2, '2026-01-29', '2026-01-31', 3, [dose('08:00', 0.625), dose('20:00', 0.725)]),
    step(3, '2026-02-01', '2026-02-01', 1, []),
  ],
  findings: [],
  dispensing: [],
};

const typical = (): PkParameters => {
  const result = pkParameters(drugById('clonazepam'), 70);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('stepSummaries', () => {
  it('gives each step’s steady-state average F·dose/(CL·24), peak and trough', () => {
    const p = typical();
    const summaries = stepSummaries(p, plan);
    expect(summaries.map((s) => s.dailyDoseUg)).toEqual([2000, 1800, 1350, 0]);
    for (const summary of summaries) {
      expect(summary.averageNgPerMl).toBeCloseTo(summary.dailyDoseUg / (p.clearanceLPerH * 24), 12);
      expect(summary.peakNgPerMl).toBeGreaterThanOrEqual(summary.averageNgPerMl);
      expect(summary.troughNgPerMl).toBeLessThanOrEqual(summary.averageNgPerMl);
      expect(summary.drug).toBe('clonazepam');
    }
    expect(summaries[0]?.averageNgPerMl).toBeCloseTo(19.38, 2);
  });

  it('summarises an alternate-day step over its two-day cycle: the average dose, peak and trough', () => {
    const p = typical();
    const alternating: TaperPlan = {
      ...plan,
      steps: [
        step(0, '2026-01-01', '2026-01-14', 14, [dose('22:00', 0.5)]),
        { ...step(1, '2026-01-15', '2026-01-28', 14, [dose('22:00', 0.5)]), alternateDoses: [dose('22:00', 0.25)] },
      ],
    };
    const [daily, pattern] = stepSummaries(p, alternating);
    expect(pattern?.dailyDoseUg).toBe(375);
    expect(pattern?.averageNgPerMl).toBeCloseTo(375 / (p.clearanceLPerH * 24), 12);
    expect(pattern?.dropPercent).toBeCloseTo(25, 10);
    // Over two days the level swings more than on 0.375 mg every day, but stays within the 0.5 mg day's peak.
    expect(pattern?.peakNgPerMl).toBeLessThan(daily?.peakNgPerMl ?? 0);
    expect((pattern?.peakNgPerMl ?? 0) - (pattern?.troughNgPerMl ?? 0)).toBeGreaterThan(
      ((daily?.peakNgPerMl ?? 0) - (daily?.troughNgPerMl ?? 0)) * 0.75,
    );
  });

  it('reports the fall from the previous step, which in a linear model is the dose cut', () => {
    const drops = stepSummaries(typical(), plan).map((s) => s.dropPercent);
    expect(drops[0]).toBeNull();
    expect(drops[1]).toBeCloseTo(10, 10);
    expect(drops[2]).toBeCloseTo(25, 10);
    expect(drops[3]).toBeCloseTo(100, 10);
  });

  it('says how long levels take to settle, and whether the step is long enough for that', () => {
    const p = typical();
    const summaries = stepSummaries(p, plan);
    for (const summary of summaries) expect(summary.timeTo90PercentH).toBeCloseTo(Math.LN10 / p.ke, 12);
    expect(summaries.map((s) => s.reaches90PercentWithinStep)).toEqual([true, true, false, false]);
  });

  it('agrees with the simulation: by the end of a 14-day step the level is within 1% of the step’s steady state', () => {
    const p = typical();
    const doses = planDoseEvents(plan, 'clonazepam');
    const [first, second] = stepSummaries(p, plan);
    // Trough at 08:00 on the last day of each step (days 13 and 27), just before the morning dose.
    expect(concentrationAt(p, doses, 13 * 24 + 8) / (first?.troughNgPerMl ?? 1)).toBeCloseTo(1, 3);
    expect(Math.abs(concentrationAt(p, doses, 27 * 24 + 8) / (second?.troughNgPerMl ?? 1) - 1)).toBeLessThan(0.01);
  });

  // (The parameters here are clonazepam's: this checks only which doses are counted.)
  it('summarises another drug of a crossover step when asked, with none before it', () => {
    const crossover: TaperPlan = {
      ...plan,
      steps: [
        plan.steps[0] as PlanStep,
        { ...(plan.steps[1] as PlanStep), doses: [dose('08:00', 1), dose('08:00', 5, 'diazepam')] },
      ],
    };
    const summaries = stepSummaries(typical(), crossover, 'diazepam');
    expect(summaries.map((s) => s.dailyDoseUg)).toEqual([0, 5000]);
    expect(summaries.map((s) => s.dropPercent)).toEqual([null, null]);
  });
});
