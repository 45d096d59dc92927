import { describe, expect, it } from 'vitest';
import { describeStepChange, doseChanges } from './step-changes.js';
import { buildPlan, CLONAZEPAM_PLAN, CROSSOVER_PLAN, dose, PATTERN_PLAN, piece } from './test-support.js';

describe('step changes', () => {
  it('describes each step of a taper in plain words', () => {
    expect(CLONAZEPAM_PLAN.steps.map((step) => describeStepChange(CLONAZEPAM_PLAN, step))).toEqual([
      '0.5 mg clonazepam at 08:00 (1 × 0.5 mg tablet) and 1 mg clonazepam at 22:00 (1 × 1 mg tablet). Daily total: 1.5 mg clonazepam.',
      'The 22:00 clonazepam dose goes from 1 mg to 0.75 mg (1 × 0.5 mg tablet + half of a 0.5 mg tablet). Daily total: 1.25 mg clonazepam (16.7% less than the step before).',
      'The 08:00 clonazepam dose goes from 0.5 mg to 0.25 mg (1 × 0.25 mg ODT); the 22:00 clonazepam dose stays 0.75 mg but is now 1 × 0.5 mg tablet + 1 × 0.25 mg ODT. Daily total: 1 mg clonazepam (20% less than the step before).',
      'No more clonazepam. Withdrawal symptoms can come after the last dose too: keep in touch with your prescriber.',
    ]);
  });

  it('describes a switch: new doses of the second drug, dropped doses of the first', () => {
    expect(describeStepChange(CROSSOVER_PLAN, CROSSOVER_PLAN.steps[1] ?? CROSSOVER_PLAN.steps[0]!)).toBe(
      'The 22:00 clonazepam dose goes from 0.5 mg to 0.25 mg (half of a 0.5 mg tablet); new: 5 mg diazepam at 22:00 (1 × 5 mg tablet). Daily total: 0.75 mg clonazepam and 5 mg diazepam (about the same overall strength).',
    );
    const third = CROSSOVER_PLAN.steps[2];
    if (!third) throw new Error('fixture');
    expect(doseChanges(CROSSOVER_PLAN.steps[1]!, third).map((c) => c.kind)).toEqual(['dropped', 'new', 'dropped', 'amount']);
    expect(describeStepChange(CROSSOVER_PLAN, third)).toMatch(/^No more 08:00 dose of clonazepam; new: 10 mg diazepam at 08:00/);
  });

  it('gives both days of an alternate-day step and its average; says when a hold keeps alternating', () => {
    expect(describeStepChange(PATTERN_PLAN, PATTERN_PLAN.steps[1]!)).toBe(
      'Every other day from now, two days take turns. Days 1, 3, 5…: 0.25 mg clonazepam at 08:00 (half of a 0.5 mg tablet) and 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet); days 2, 4, 6…: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet). Average daily total: 0.625 mg clonazepam (16.7% less than the step before).',
    );
    const tablet = [piece('clonazepam-tablet-0.5', 1)];
    const plan = buildPlan('clonazepam', '2026-01-01', [
      { days: 2, kind: 'start', doses: [dose('22:00', 'clonazepam', tablet)] },
      { days: 3, kind: 'reduce', doses: [dose('22:00', 'clonazepam', tablet)], alternateDoses: [] },
      { days: 4, kind: 'hold', doses: [dose('22:00', 'clonazepam', tablet)], alternateDoses: [] },
    ]);
    expect(describeStepChange(plan, plan.steps[1]!)).toBe(
      'Every other day from now, two days take turns. Days 1 and 3: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet); day 2: no clonazepam. Average daily total: 0.25 mg clonazepam (50% less than the step before).',
    );
    expect(describeStepChange(plan, plan.steps[2]!)).toBe(
      'No change: keep alternating the same two days (days 1 and 3: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet); days 2 and 4: no clonazepam). Average daily total: 0.25 mg clonazepam.',
    );
  });

  it('says so when a hold changes nothing', () => {
    const plan = buildPlan('clonazepam', '2026-01-01', [
      { days: 7, kind: 'start', doses: [dose('21:00', 'clonazepam', [piece('clonazepam-tablet-1', 1)])] },
      { days: 7, kind: 'hold', doses: [dose('21:00', 'clonazepam', [piece('clonazepam-tablet-1', 1)])] },
    ]);
    expect(describeStepChange(plan, plan.steps[1]!)).toBe('No change: keep taking the same doses. Daily total: 1 mg clonazepam.');
  });
});
