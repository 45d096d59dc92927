import { addDays, type IsoDate } from '../dates/iso-date.js';
import type { PlannedDose, PlanStep, TaperPlan } from '../taper/plan.js';
import { otherDayOf, type StepDaySet, stepDaySets } from '../taper/step-days.js';
import { formatMg } from '../units/format-dose.js';
import { describeUnits, drugName, listWithAnd } from './dose-text.js';
import { formatDateRange, formatLongDate } from './human-date.js';
import { dosesInTimeOrder } from './plan-days.js';

const KIND_NAMES: Readonly<Record<PlanStep['kind'], string>> = {
  start: 'starting dose',
  reduce: 'reduction',
  hold: 'hold',
  switch: 'switch',
  stop: 'stop',
};

/** What a step does, in words: `starting dose`, `reduction`, `hold`, `switch`, `stop`. */
export const stepKindName = (kind: PlanStep['kind']): string => KIND_NAMES[kind];

/** `Step 2 of 4 (reduction)`: steps count from 1 wherever people read them. */
export const stepHeading = (step: PlanStep, plan: TaperPlan): string =>
  `Step ${step.index + 1} of ${plan.steps.length} (${stepKindName(step.kind)})`;

/** `Step 2 of 4 (reduction), Mon 16 Mar 2026 to Sun 29 Mar 2026 (14 days)`. */
export const stepSpan = (step: PlanStep, plan: TaperPlan): string =>
  `${stepHeading(step, plan)}, ${formatDateRange(step.start, step.end)} (${step.days} ${step.days === 1 ? 'day' : 'days'})`;

/** A cut as people read it, to one decimal place: 16.67 → `16.7%`, 20 → `20%`. */
export const formatPercent = (percent: number): string => `${Math.round(percent * 10) / 10}%`;

/** The drugs a step with no doses stops, in words: those of the last earlier step with doses, else the plan's drug. */
export const stoppedDrugs = (step: PlanStep, plan: TaperPlan): string => {
  const before = plan.steps.slice(0, step.index).findLast((s) => s.doses.length > 0);
  return listWithAnd([...new Set((before?.doses ?? [{ drug: plan.drug }]).map((d) => drugName(d.drug)))]);
};

/** The first date a day set of a step is taken. */
export const daySetStart = (step: PlanStep, set: StepDaySet): IsoDate => addDays(step.start, set.firstDay - 1);

/** The last date a day set of a step is taken (inclusive). */
export const daySetEnd = (step: PlanStep, set: StepDaySet): IsoDate =>
  addDays(step.start, set.firstDay - 1 + (set.count - 1) * set.everyDays);

/** `days 1, 3, 5…` or `days 2, 4, 6…` of a step (`day 1`, `days 2 and 4` when there are only one or two). */
const everyOtherDayNumbers = (firstDay: number, count: number): string =>
  count === 1
    ? `day ${firstDay}`
    : count === 2
      ? `days ${firstDay} and ${firstDay + 2}`
      : `days ${firstDay}, ${firstDay + 2}, ${firstDay + 4}…`;

/** The days of a step a set is taken: `every day`, or `days 1, 3, 5…` / `days 2, 4, 6…`. */
export const daySetDays = (set: StepDaySet): string =>
  set.everyDays === 1 ? 'every day' : everyOtherDayNumbers(set.firstDay, set.count);

/** `every other day from Tue 15 Dec 2026, days 1, 3, 5… of the step`. */
export const everyOtherDayText = (step: PlanStep, set: StepDaySet): string =>
  `every other day from ${formatLongDate(daySetStart(step, set))}, ${daySetDays(set)} of the step`;

/**
 * One day's doses in words, earliest first: `0.25 mg clonazepam at 22:00
 * (half of a 0.5 mg tablet)`, joined with `and`; for a drug-free day `no
 * clonazepam` (the drugs of the step's other day).
 */
export const dayDosesText = (doses: readonly PlannedDose[], otherDay: readonly PlannedDose[]): string =>
  doses.length === 0
    ? `no ${listWithAnd([...new Set(otherDay.map((d) => drugName(d.drug)))])}`
    : listWithAnd(
        dosesInTimeOrder(doses).map(
          (d) => `${formatMg(d.amountUg)} ${drugName(d.drug)} at ${d.time} (${describeUnits(d.units)})`,
        ),
      );

/**
 * The two days of an alternate-day step in words, each whole day after the
 * days of the step it falls on: `days 1, 3, 5…: 0.5 mg clonazepam at 22:00
 * (1 × 0.5 mg tablet); days 2, 4, 6…: no clonazepam`.
 */
export const alternateDaysText = (step: PlanStep): string => {
  const alternate = step.alternateDoses ?? [];
  return [
    `${everyOtherDayNumbers(1, Math.ceil(step.days / 2))}: ${dayDosesText(step.doses, alternate)}`,
    ...(step.days > 1 ? [`${everyOtherDayNumbers(2, Math.floor(step.days / 2))}: ${dayDosesText(alternate, step.doses)}`] : []),
  ].join('; ');
};

/** `On the days between: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet).` for a set of one day of an alternate-day step. */
export const daysBetweenText = (step: PlanStep, set: StepDaySet): string => {
  const other = otherDayOf(step, set);
  const own = set.days === 'even' ? (step.alternateDoses ?? []) : step.doses;
  return `On the days between: ${dayDosesText(other, own)}.`;
};

/** The drugs an alternate-day step's drug-free day goes without, in words: `clonazepam`. */
export const drugFreeNames = (step: PlanStep): string =>
  listWithAnd([...new Set(stepDaySets(step).flatMap((set) => set.doses.map((d) => drugName(d.drug))))]);
