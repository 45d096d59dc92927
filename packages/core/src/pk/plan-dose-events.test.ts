import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date.js';
import type { PlannedDose, PlanStep, TaperPlan } from '../taper/plan.js';
import type { LocalTime } from '../units/local-time.js';
import { mg } from '../units/units.js';
import { DEFAULT_STEADY_STATE_BEFORE_DAYS, planDateAt, planDoseEvents } from './plan-dose-events.js';

const date = (text: string): IsoDate => text as IsoDate;
const dose = (time: string, amountMg: number, drug = 'clonazepam'): PlannedDose => ({
  time: time as LocalTime,
  drug,
  amountUg: mg(amountMg),
  units: [],
});
const step = (
  index: number,
  start: string,
  end: string,
  days: number,
  doses: PlannedDose[],
  kind: PlanStep['kind'],
): PlanStep => ({
  index,
  start: date(start),
  end: date(end),
  days,
  doses,
  dailyTotals: [],
  diazepamEquivalentUg: mg(0),
  cutPercent: index === 0 ? null : 10,
  kind,
});
/** A hand-built plan: 1 mg bid for a week, a crossover week with some diazepam, then 0.5 mg at night. */
const plan: TaperPlan = {
  drug: 'clonazepam',
  strategy: 'custom',
  parameters: {},
  sources: ['joint-cpg-2025'],
  equivalenceTable: 'ashton',
  formulations: ['clonazepam-tablet-0.5'],
  start: date('2026-03-01'),
  end: date('2026-03-21'),
  totalDays: 21,
  steps: [
    step(0, '2026-03-01', '2026-03-07', 7, [dose('20:00', 1), dose('08:00', 1)], 'start'),
    step(1, '2026-03-08', '2026-03-14', 7, [dose('08:00', 0.5), dose('08:00', 5, 'diazepam'), dose('20:30', 1)], 'switch'),
    step(2, '2026-03-15', '2026-03-21', 7, [dose('22:00', 0.5)], 'reduce'),
  ],
  findings: [],
  dispensing: [],
};

describe('planDoseEvents', () => {
  it('lists every dose of the drug, in hours from midnight of the plan’s first day', () => {
    const events = planDoseEvents(plan, 'clonazepam', { steadyStateBeforeDays: 0 });
    expect(events).toHaveLength(7 * 2 + 7 * 2 + 7);
    expect(events.slice(0, 3)).toEqual([
      { timeH: 8, amountUg: 1000 },
      { timeH: 20, amountUg: 1000 },
      { timeH: 32, amountUg: 1000 },
    ]);
    expect(events.filter((e) => e.timeH >= 7 * 24 && e.timeH < 8 * 24)).toEqual([
      { timeH: 7 * 24 + 8, amountUg: 500 },
      { timeH: 7 * 24 + 20.5, amountUg: 1000 },
    ]);
    expect(events.at(-1)).toEqual({ timeH: 20 * 24 + 22, amountUg: 500 });
    expect(events.every((e, i) => i === 0 || (events[i - 1]?.timeH ?? 0) <= e.timeH)).toBe(true);
  });

  it('follows the drug it is given: a crossover plan is simulated once per drug', () => {
    expect(planDoseEvents(plan, 'diazepam', { steadyStateBeforeDays: 0 })).toEqual(
      Array.from({ length: 7 }, (_, day) => ({ timeH: (7 + day) * 24 + 8, amountUg: 5000 })),
    );
    expect(planDoseEvents(plan, 'diazepam')).toHaveLength(7); // nothing before: the first step has no diazepam
  });

  it('by default repeats the first step’s regimen for 14 days before the start, so hour 0 is at steady state', () => {
    expect(DEFAULT_STEADY_STATE_BEFORE_DAYS).toBe(14);
    const events = planDoseEvents(plan, 'clonazepam');
    const before = events.filter((e) => e.timeH < 0);
    expect(before).toHaveLength(28);
    expect(before[0]).toEqual({ timeH: -14 * 24 + 8, amountUg: 1000 });
    expect(before.at(-1)).toEqual({ timeH: -4, amountUg: 1000 });
    expect(planDoseEvents(plan, 'clonazepam', { steadyStateBeforeDays: 3 }).filter((e) => e.timeH < 0)).toHaveLength(6);
  });

  it('alternates the two days of an alternate-day step', () => {
    const alternating: TaperPlan = {
      ...plan,
      steps: [
        step(0, '2026-03-01', '2026-03-02', 2, [dose('22:00', 0.5)], 'start'),
        { ...step(1, '2026-03-03', '2026-03-07', 5, [dose('22:00', 0.5)], 'reduce'), alternateDoses: [dose('22:00', 0.25)] },
      ],
    };
    expect(planDoseEvents(alternating, 'clonazepam', { steadyStateBeforeDays: 1 })).toEqual([
      { timeH: -2, amountUg: 500 },
      ...[500, 500, 500, 250, 500, 250, 500].map((amountUg, day) => ({ timeH: day * 24 + 22, amountUg })),
    ]);
  });

  it('throws on a day count no caller should pass', () => {
    expect(() => planDoseEvents(plan, 'clonazepam', { steadyStateBeforeDays: -1 })).toThrow(RangeError);
    expect(() => planDoseEvents(plan, 'clonazepam', { steadyStateBeforeDays: 1.5 })).toThrow(RangeError);
  });

  it('maps hours back to calendar dates', () => {
    expect(planDateAt(plan, 0)).toBe('2026-03-01');
    expect(planDateAt(plan, 7 * 24 + 20.5)).toBe('2026-03-08');
    expect(planDateAt(plan, -4)).toBe('2026-02-28');
  });
});
