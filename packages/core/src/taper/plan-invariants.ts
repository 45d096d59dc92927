import { addDays } from '../dates/iso-date.js';
import type { TaperPlan } from './plan.js';

/**
 * The rules every plan keeps, as a list of violations (empty when it keeps
 * them all): the diazepam-equivalent never rises; steps tile the calendar;
 * every dose is made exactly by its units; the plan ends at zero, at its
 * target, or with a finding that says why not; only the last step is a stop.
 * The cap on each cut depends on the strategy and is checked by its tests.
 */
export const planViolations = (plan: TaperPlan): string[] => {
  const violations: string[] = [];
  let expectedStart = plan.start;
  for (const [i, step] of plan.steps.entries()) {
    if (step.index !== i) violations.push(`step ${i}: index ${step.index}`);
    if (step.start !== expectedStart) violations.push(`step ${i}: starts ${step.start}, expected ${expectedStart}`);
    if (step.days < 1 || addDays(step.start, step.days - 1) !== step.end)
      violations.push(`step ${i}: ${step.days} days from ${step.start} to ${step.end}`);
    expectedStart = addDays(step.end, 1);
    const previous = plan.steps[i - 1];
    if (previous && step.diazepamEquivalentUg > previous.diazepamEquivalentUg) violations.push(`step ${i}: rises`);
    if (step.kind === 'stop' && i !== plan.steps.length - 1) violations.push(`step ${i}: a stop before the end`);
    if (
      (step.kind === 'hold' || step.kind === 'switch') &&
      previous &&
      step.diazepamEquivalentUg !== previous.diazepamEquivalentUg &&
      step.kind === 'hold'
    ) {
      violations.push(`step ${i}: a hold that changes the dose`);
    }
    for (const dose of step.doses) {
      const made = dose.units.reduce(
        (sum, unit) =>
          sum + ('volumeUl' in unit ? (unit.concentrationUgPerMl * unit.volumeUl) / 1000 : unit.pieceUg * unit.count),
        0,
      );
      if (dose.units.length === 0 || made !== dose.amountUg)
        violations.push(`step ${i}: ${dose.amountUg} µg at ${dose.time} made as ${made} µg`);
      if (dose.amountUg <= 0) violations.push(`step ${i}: a zero dose listed`);
    }
  }
  if (plan.end !== plan.steps.at(-1)?.end) violations.push('plan end differs from the last step');
  const last = plan.steps.at(-1);
  const target = Number(plan.parameters.targetMg ?? 0) * 1000;
  const lastTotal = last?.dailyTotals.reduce((sum, t) => sum + t.amountUg, 0) ?? -1;
  const explained = plan.findings.some((f) => f.code === 'CUT_NOT_MAKEABLE' || f.code.startsWith('CUSTOM_'));
  if (lastTotal !== target && !explained)
    violations.push(`ends at ${lastTotal} µg, not the target ${target} µg, without saying why`);
  return violations;
};
