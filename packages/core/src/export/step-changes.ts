import type { PlannedDose, PlanStep, TaperPlan } from '../taper/plan.js';
import { isAlternateDayStep } from '../taper/step-days.js';
import { formatMg } from '../units/format-dose.js';
import { capitalise, describeUnits, drugName, listWithAnd } from './dose-text.js';
import { dosesInTimeOrder } from './plan-days.js';
import { alternateDaysText, dayDosesText, formatPercent, stoppedDrugs } from './step-text.js';

/** How one dose time of one drug differs from the step before. */
export type DoseChange =
  | { readonly kind: 'new'; readonly to: PlannedDose }
  | { readonly kind: 'dropped'; readonly from: PlannedDose }
  | { readonly kind: 'amount'; readonly from: PlannedDose; readonly to: PlannedDose }
  | { readonly kind: 'pieces'; readonly from: PlannedDose; readonly to: PlannedDose };

const key = (dose: PlannedDose): string => `${dose.drug}@${dose.time}`;
const sameUnits = (a: PlannedDose, b: PlannedDose): boolean => JSON.stringify(a.units) === JSON.stringify(b.units);

/** The dose times that differ between two steps, earliest first: new, dropped, a new amount, or the same amount made differently. */
export const doseChanges = (previous: PlanStep, step: PlanStep): DoseChange[] => {
  const before = new Map(previous.doses.map((d) => [key(d), d]));
  const after = new Map(step.doses.map((d) => [key(d), d]));
  const changes: DoseChange[] = [];
  for (const dose of dosesInTimeOrder([...previous.doses.filter((d) => !after.has(key(d))), ...step.doses])) {
    const from = before.get(key(dose));
    const to = after.get(key(dose));
    if (!to && from) changes.push({ kind: 'dropped', from });
    else if (to && !from) changes.push({ kind: 'new', to });
    else if (to && from && to.amountUg !== from.amountUg) changes.push({ kind: 'amount', from, to });
    else if (to && from && !sameUnits(to, from)) changes.push({ kind: 'pieces', from, to });
  }
  return changes;
};

const describeChange = (change: DoseChange): string => {
  switch (change.kind) {
    case 'new':
      return `new: ${formatMg(change.to.amountUg)} ${drugName(change.to.drug)} at ${change.to.time} (${describeUnits(change.to.units)})`;
    case 'dropped':
      return `no more ${change.from.time} dose of ${drugName(change.from.drug)}`;
    case 'amount':
      return `the ${change.to.time} ${drugName(change.to.drug)} dose goes from ${formatMg(change.from.amountUg)} to ${formatMg(change.to.amountUg)} (${describeUnits(change.to.units)})`;
    case 'pieces':
      return `the ${change.to.time} ${drugName(change.to.drug)} dose stays ${formatMg(change.to.amountUg)} but is now ${describeUnits(change.to.units)}`;
  }
};

const dailyTotalText = (step: PlanStep): string =>
  `${isAlternateDayStep(step) ? 'Average daily total' : 'Daily total'}: ${listWithAnd(step.dailyTotals.map((total) => `${formatMg(total.amountUg)} ${drugName(total.drug)}`))}`;

/**
 * What changes at a step, in one or two plain sentences: the first step's
 * doses, then for each later step the doses that differ, the new daily total
 * and the cut (or that the overall strength stays the same). An alternate-day
 * step gives both days and the average daily total the cut is measured on.
 */
export const describeStepChange = (plan: TaperPlan, step: PlanStep): string => {
  const previous = plan.steps[step.index - 1];
  if (step.doses.length === 0) {
    return `No more ${stoppedDrugs(step, plan)}. Withdrawal symptoms can come after the last dose too: keep in touch with your prescriber.`;
  }
  const total = dailyTotalText(step);
  const strength =
    step.cutPercent !== null && step.cutPercent > 0
      ? ` (${formatPercent(step.cutPercent)} less than the step before)`
      : step.kind === 'switch'
        ? ' (about the same overall strength)'
        : '';
  if (isAlternateDayStep(step)) {
    const same =
      previous !== undefined &&
      JSON.stringify([previous.doses, previous.alternateDoses]) === JSON.stringify([step.doses, step.alternateDoses]);
    return same
      ? `No change: keep alternating the same two days (${alternateDaysText(step)}). ${total}.`
      : `Every other day from now, two days take turns. ${capitalise(alternateDaysText(step))}. ${total}${strength}.`;
  }
  if (previous && isAlternateDayStep(previous)) {
    return `Back to the same doses every day: ${dayDosesText(step.doses, [])}. ${total}${strength}.`;
  }
  if (!previous) {
    const doses = dosesInTimeOrder(step.doses).map(
      (d) => `${formatMg(d.amountUg)} ${drugName(d.drug)} at ${d.time} (${describeUnits(d.units)})`,
    );
    return `${capitalise(listWithAnd(doses))}. ${total}.`;
  }
  const changes = doseChanges(previous, step).map(describeChange);
  const what = changes.length === 0 ? 'No change: keep taking the same doses' : capitalise(changes.join('; '));
  return `${what}. ${total}${strength}.`;
};
