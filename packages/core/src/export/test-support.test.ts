import { describe, expect, it } from 'vitest';
import { assertPlanShape } from './plan-days.js';
import { CLONAZEPAM_PLAN, CROSSOVER_PLAN, LIQUID_PLAN, PATTERN_PLAN, SINGLE_PRODUCT_PLAN } from './test-support.js';

describe('test plans', () => {
  it('are well formed, with the totals a planner would give', () => {
    for (const plan of [CLONAZEPAM_PLAN, CROSSOVER_PLAN, SINGLE_PRODUCT_PLAN, LIQUID_PLAN, PATTERN_PLAN])
      expect(() => assertPlanShape(plan)).not.toThrow();
    expect(CLONAZEPAM_PLAN.steps.map((s) => [s.start, s.end, s.dailyTotals[0]?.amountUg ?? 0, s.diazepamEquivalentUg])).toEqual([
      ['2026-03-02', '2026-03-15', 1500, 30_000],
      ['2026-03-16', '2026-03-29', 1250, 25_000],
      ['2026-03-30', '2026-04-12', 1000, 20_000],
      ['2026-04-13', '2026-04-13', 0, 0],
    ]);
    expect(CLONAZEPAM_PLAN.totalDays).toBe(43);
    expect(CROSSOVER_PLAN.steps[1]?.dailyTotals).toEqual([
      { drug: 'clonazepam', amountUg: 750 },
      { drug: 'diazepam', amountUg: 5000 },
    ]);
    expect(CROSSOVER_PLAN.steps.map((s) => s.diazepamEquivalentUg)).toEqual([20_000, 20_000, 20_000, 18_000]);
    expect(CROSSOVER_PLAN.steps.at(-1)?.cutPercent).toBe(10);
    expect(LIQUID_PLAN.steps.map((s) => s.dailyTotals[0]?.amountUg)).toEqual([250, 225]);
    // Alternate-day steps: daily totals and diazepam-equivalents are the average of the two days.
    expect(PATTERN_PLAN.steps.map((s) => [s.start, s.end, s.dailyTotals[0]?.amountUg ?? 0, s.diazepamEquivalentUg])).toEqual([
      ['2026-03-02', '2026-03-08', 750, 15_000],
      ['2026-03-09', '2026-03-30', 625, 12_500],
      ['2026-03-31', '2026-04-13', 500, 10_000],
      ['2026-04-14', '2026-04-27', 375, 7_500],
      ['2026-04-28', '2026-05-05', 125, 2_500],
      ['2026-05-06', '2026-05-06', 0, 0],
    ]);
    expect(PATTERN_PLAN.steps[4]?.pattern).toEqual({
      cycleDays: 2,
      dayTotals: [[{ drug: 'clonazepam', amountUg: 250 }], [{ drug: 'clonazepam', amountUg: 0 }]],
    });
  });
});
