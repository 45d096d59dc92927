import { addDays, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { PlannedDose, PlanStep, TaperPlan } from '../taper/plan.js';
import { dosesOnDay, lastDosingDayOfStep, stepDaySets } from '../taper/step-days.js';
import { minutesOfDay } from '../units/local-time.js';

/** One calendar day of a plan: the step it belongs to and the doses taken that day. */
export interface PlanDay {
  readonly date: IsoDate;
  readonly step: PlanStep;
  /** 1 on the first day of the step. */
  readonly dayOfStep: number;
  /** The doses taken that day, earliest first: on an alternate-day step, those of that day of the pattern. */
  readonly doses: readonly PlannedDose[];
}

/** A step's doses earliest first; doses at the same time keep the plan's order. */
export const dosesInTimeOrder = (doses: readonly PlannedDose[]): PlannedDose[] =>
  doses.toSorted((a, b) => minutesOfDay(a.time) - minutesOfDay(b.time));

/**
 * The drugs a plan doses, the plan's own drug first, then in order of first
 * use: the column and resource order of every export.
 */
export const planDrugs = (plan: TaperPlan): string[] => [
  ...new Set([
    plan.drug,
    ...plan.steps.flatMap((step) => stepDaySets(step).flatMap((set) => set.doses.map((dose) => dose.drug))),
  ]),
];

/**
 * Checks the invariants every export relies on and throws if one fails (a
 * planner bug, not user input): steps run back to back from the plan's start
 * to its end with no gap or overlap, each at least one day, no drug is
 * dosed twice at the same time of day in a step's day, and an alternate-day
 * step has both its alternate doses and its pattern.
 */
export const assertPlanShape = (plan: TaperPlan): void => {
  const fail = (message: string): never => {
    throw new RangeError(`malformed taper plan: ${message}`);
  };
  let expectedStart = plan.start;
  for (const [position, step] of plan.steps.entries()) {
    if (step.index !== position) fail(`step at position ${position} has index ${step.index}`);
    if (step.start !== expectedStart) fail(`step ${step.index} starts ${step.start}, expected ${expectedStart}`);
    if (!Number.isInteger(step.days) || step.days < 1 || daysBetween(step.start, step.end) + 1 !== step.days) {
      fail(`step ${step.index} runs ${step.start} to ${step.end} but has ${step.days} days`);
    }
    if ((step.alternateDoses === undefined) !== (step.pattern === undefined))
      fail(`step ${step.index} has alternate doses or a pattern without the other`);
    for (const doses of [step.doses, ...(step.alternateDoses === undefined ? [] : [step.alternateDoses])]) {
      const seen = new Set<string>();
      for (const dose of doses) {
        const key = `${dose.drug}@${dose.time}`;
        if (seen.has(key)) fail(`step ${step.index} doses ${dose.drug} twice at ${dose.time}`);
        seen.add(key);
      }
    }
    expectedStart = addDays(step.end, 1);
  }
  if (plan.steps.length === 0) fail('no steps');
  if (addDays(expectedStart, -1) !== plan.end) fail(`last step ends ${addDays(expectedStart, -1)}, plan ends ${plan.end}`);
  if (daysBetween(plan.start, plan.end) + 1 !== plan.totalDays) fail(`plan has ${plan.totalDays} days, dates span more or less`);
};

/** Every day of the plan in order, `plan.totalDays` of them. */
export const planDays = (plan: TaperPlan): PlanDay[] => {
  assertPlanShape(plan);
  return plan.steps.flatMap((step) => {
    const first = dosesInTimeOrder(step.doses);
    const second = dosesInTimeOrder(step.alternateDoses ?? step.doses);
    return Array.from({ length: step.days }, (_, i) => ({
      date: addDays(step.start, i),
      step,
      dayOfStep: i + 1,
      doses: dosesOnDay(step, i + 1) === step.doses ? first : second,
    }));
  });
};

/** The last day on which any dose is taken, or undefined for a plan with no doses (an alternate-day step may end on a drug-free day). */
export const lastDosingDay = (plan: TaperPlan): IsoDate | undefined => {
  for (const step of plan.steps.toReversed()) {
    const day = lastDosingDayOfStep(step);
    if (day !== undefined) return addDays(step.start, day - 1);
  }
  return undefined;
};
