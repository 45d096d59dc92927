import { addDays } from '../dates/iso-date.js';
import type { PlannedDose, TaperPlan } from './plan.js';
import { dosesTotal, drugTotals } from './step-days.js';

const dosesOfDrug = (doses: readonly PlannedDose[], drug: string): number =>
  doses.reduce((sum, dose) => (dose.drug === drug ? sum + dose.amountUg : sum), 0);

/**
 * The rules every plan keeps, as a list of violations (empty when it keeps
 * them all): the diazepam-equivalent never rises; steps tile the calendar;
 * every dose is made exactly by its units; the plan ends at zero, at its
 * target, or with a finding that says why not; only the last step is a stop.
 * An alternate-day step lists both days (the first the higher), lasts whole
 * two-day cycles, and counts as the whole-microgram average of its two days:
 * `dailyTotals` and `diazepamEquivalentUg`, on which "never rises" and every
 * other rule are measured.
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
    const alternate = step.alternateDoses;
    if (alternate !== undefined || step.pattern !== undefined) {
      // An alternate-day step: both days listed, the first higher, the daily totals their whole-microgram average.
      const first = step.pattern?.dayTotals[0] ?? [];
      const second = step.pattern?.dayTotals[1] ?? [];
      if (alternate === undefined || step.pattern?.cycleDays !== 2)
        violations.push(`step ${i}: alternate doses and pattern must come together`);
      if (
        JSON.stringify(first) !==
        JSON.stringify(
          drugTotals(
            step.doses,
            first.map((t) => t.drug),
          ),
        )
      )
        violations.push(`step ${i}: first-day totals differ from its doses`);
      if (
        JSON.stringify(second) !==
        JSON.stringify(
          drugTotals(
            alternate ?? [],
            first.map((t) => t.drug),
          ),
        )
      )
        violations.push(`step ${i}: second-day totals differ from its alternate doses`);
      if (!(dosesTotal(step.doses) > dosesTotal(alternate ?? [])))
        violations.push(`step ${i}: the first day of an alternate-day pattern is not the higher`);
      const average = first.map((t, k) => ({ drug: t.drug, amountUg: (t.amountUg + (second[k]?.amountUg ?? 0)) / 2 }));
      if (JSON.stringify(average) !== JSON.stringify(step.dailyTotals) || average.some((t) => !Number.isInteger(t.amountUg)))
        violations.push(`step ${i}: daily totals are not the whole-microgram average of its two days`);
      if (step.days % 2 !== 0)
        violations.push(`step ${i}: an alternate-day step of ${step.days} days (not whole two-day cycles)`);
      if (step.kind === 'stop' || step.kind === 'start') violations.push(`step ${i}: a ${step.kind} step on alternate days`);
      // Neither day rises above the highest day of the step before.
      for (const t of first) {
        const before = previous
          ? Math.max(...[previous.doses, previous.alternateDoses ?? []].map((doses) => dosesOfDrug(doses, t.drug)))
          : Number.POSITIVE_INFINITY;
        if (t.amountUg > before) violations.push(`step ${i}: the higher day exceeds the step before`);
      }
    } else if (JSON.stringify(step.dailyTotals) !== JSON.stringify(drugTotals(step.doses))) {
      violations.push(`step ${i}: daily totals differ from its doses`);
    }
    for (const dose of [...step.doses, ...(alternate ?? [])]) {
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
