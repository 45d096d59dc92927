import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date.js';
import { assertPlanShape, dosesInTimeOrder, lastDosingDay, planDays, planDrugs } from './plan-days.js';
import { CLONAZEPAM_PLAN, CROSSOVER_PLAN, dose, PATTERN_PLAN, piece } from './test-support.js';

describe('planDays', () => {
  it('gives one day per plan day, numbered within each step', () => {
    const days = planDays(CLONAZEPAM_PLAN);
    expect(days).toHaveLength(CLONAZEPAM_PLAN.totalDays);
    expect(days[0]).toMatchObject({ date: '2026-03-02', dayOfStep: 1 });
    expect(days[13]).toMatchObject({ date: '2026-03-15', dayOfStep: 14 });
    expect(days[14]).toMatchObject({ date: '2026-03-16', dayOfStep: 1 });
    expect(days.at(-1)).toMatchObject({ date: '2026-04-13', dayOfStep: 1, doses: [] });
    expect(days.at(-1)?.step.kind).toBe('stop');
  });

  it('orders doses by time of day', () => {
    const late = dose('22:00', 'clonazepam', [piece('clonazepam-tablet-1', 1)]);
    const early = dose('07:05', 'clonazepam', [piece('clonazepam-tablet-0.5', 1)]);
    const alsoLate = dose('22:00', 'diazepam', [piece('diazepam-tablet-5', 1)]);
    expect(dosesInTimeOrder([late, alsoLate, early]).map((d) => `${d.time} ${d.drug}`)).toEqual([
      '07:05 clonazepam',
      '22:00 clonazepam',
      '22:00 diazepam',
    ]);
  });

  it('lists the drugs, the plan drug first', () => {
    expect(planDrugs(CLONAZEPAM_PLAN)).toEqual(['clonazepam']);
    expect(planDrugs(CROSSOVER_PLAN)).toEqual(['clonazepam', 'diazepam']);
    expect(lastDosingDay(CLONAZEPAM_PLAN)).toBe('2026-04-12');
    expect(lastDosingDay(CROSSOVER_PLAN)).toBe(CROSSOVER_PLAN.end);
  });

  it('gives each day of an alternate-day step that day’s doses, and the last dosing day before a drug-free day', () => {
    const days = planDays(PATTERN_PLAN);
    expect(days).toHaveLength(PATTERN_PLAN.totalDays);
    const byDate = (date: string) => days.find((d) => d.date === date);
    const text = (date: string) => byDate(date)?.doses.map((d) => `${d.time} ${d.amountUg}`);
    expect(text('2026-03-09')).toEqual(['08:00 250', '22:00 500']);
    expect(text('2026-03-10')).toEqual(['22:00 500']);
    expect(text('2026-03-30')).toEqual(['22:00 500']);
    expect(text('2026-04-14')).toEqual(['22:00 500']);
    expect(text('2026-04-15')).toEqual(['22:00 250']);
    expect(text('2026-04-28')).toEqual(['22:00 250']);
    expect(text('2026-05-05')).toEqual([]);
    // Step 5 ends on a drug-free day: the last dose is the day before.
    expect(lastDosingDay(PATTERN_PLAN)).toBe('2026-05-04');
    expect(planDrugs(PATTERN_PLAN)).toEqual(['clonazepam']);
    const [first, second, ...rest] = PATTERN_PLAN.steps;
    if (!first || !second) throw new Error('fixture');
    const { pattern: _pattern, ...noPattern } = second;
    expect(() => assertPlanShape({ ...PATTERN_PLAN, steps: [first, noPattern, ...rest] })).toThrow(
      /alternate doses or a pattern/,
    );
    const doubled = { ...second, alternateDoses: [...(second.alternateDoses ?? []), ...(second.alternateDoses ?? [])] };
    expect(() => assertPlanShape({ ...PATTERN_PLAN, steps: [first, doubled, ...rest] })).toThrow(/twice at 22:00/);
  });

  it('refuses a plan whose steps leave a gap, overlap, or double a dose', () => {
    expect(() => assertPlanShape(CLONAZEPAM_PLAN)).not.toThrow();
    const [first, second, ...rest] = CLONAZEPAM_PLAN.steps;
    if (!first || !second) throw new Error('fixture');
    const gap = { ...CLONAZEPAM_PLAN, steps: [first, { ...second, start: '2026-03-17' as IsoDate }, ...rest] };
    expect(() => assertPlanShape(gap)).toThrow(/starts 2026-03-17/);
    const wrongDays = { ...CLONAZEPAM_PLAN, steps: [{ ...first, days: 13 }, second, ...rest] };
    expect(() => assertPlanShape(wrongDays)).toThrow(/13 days/);
    const doubled = {
      ...CLONAZEPAM_PLAN,
      steps: [{ ...first, doses: [...first.doses, ...first.doses.slice(0, 1)] }, second, ...rest],
    };
    expect(() => assertPlanShape(doubled)).toThrow(/twice at 08:00/);
    expect(() => assertPlanShape({ ...CLONAZEPAM_PLAN, totalDays: 42 })).toThrow(/42 days/);
    expect(() => assertPlanShape({ ...CLONAZEPAM_PLAN, end: '2026-04-14' as IsoDate })).toThrow(/plan ends/);
  });
});
