import { describe, expect, it } from 'vitest';
import { formatPercent, stepHeading, stepKindName, stepSpan, stoppedDrugs } from './step-text.js';
import { buildPlan, CLONAZEPAM_PLAN, dose, piece } from './test-support.js';

describe('step text', () => {
  it('names and spans a step, counting from 1', () => {
    const [first, second, , stop] = CLONAZEPAM_PLAN.steps;
    if (!first || !second || !stop) throw new Error('fixture');
    expect(stepHeading(first, CLONAZEPAM_PLAN)).toBe('Step 1 of 4 (starting dose)');
    expect(stepSpan(second, CLONAZEPAM_PLAN)).toBe('Step 2 of 4 (reduction), Mon 16 Mar 2026 to Sun 29 Mar 2026 (14 days)');
    expect(stepSpan(stop, CLONAZEPAM_PLAN)).toBe('Step 4 of 4 (stop), Mon 13 Apr 2026 (1 day)');
    expect(stepKindName('hold')).toBe('hold');
  });

  it('formats a cut to one decimal place', () => {
    expect(formatPercent((5 / 30) * 100)).toBe('16.7%');
    expect(formatPercent(20)).toBe('20%');
    expect(formatPercent(12.5)).toBe('12.5%');
  });

  it('names the drugs a step with no doses stops', () => {
    const stop = CLONAZEPAM_PLAN.steps.at(-1);
    if (!stop) throw new Error('fixture');
    expect(stoppedDrugs(stop, CLONAZEPAM_PLAN)).toBe('clonazepam');
    const plan = buildPlan('clonazepam', '2026-01-01', [
      { days: 2, kind: 'start', doses: [dose('08:00', 'diazepam', [piece('diazepam-tablet-2', 1)])] },
      { days: 1, kind: 'stop', doses: [] },
      { days: 1, kind: 'stop', doses: [] },
    ]);
    expect(plan.steps.slice(1).map((s) => stoppedDrugs(s, plan))).toEqual(['diazepam', 'diazepam']);
    const empty = buildPlan('clonazepam', '2026-01-01', [{ days: 1, kind: 'stop', doses: [] }]);
    expect(stoppedDrugs(empty.steps[0]!, empty)).toBe('clonazepam');
  });
});
