import { daysBetween, type IsoDate, type PlannedDose, type PlanStep, type TaperPlan } from '@stepdown/core';

/** Where a date falls in a plan: before it starts, in a step (with the day of the step, from 1), or after it ends. */
export type PlanDay =
  | { readonly where: 'before' }
  | { readonly where: 'after' }
  | { readonly where: 'in'; readonly step: PlanStep; readonly dayOfStep: number };

export const planDay = (plan: TaperPlan, date: IsoDate): PlanDay => {
  if (daysBetween(plan.start, date) < 0) return { where: 'before' };
  const step = plan.steps.find((s) => daysBetween(s.start, date) >= 0 && daysBetween(date, s.end) >= 0);
  return step ? { where: 'in', step, dayOfStep: daysBetween(step.start, date) + 1 } : { where: 'after' };
};

/** The doses taken on a day of a step: an alternate-day step takes `alternateDoses` on its 2nd, 4th, 6th… day. */
export const dosesOnDay = (step: PlanStep, dayOfStep: number): readonly PlannedDose[] =>
  step.alternateDoses !== undefined && dayOfStep % 2 === 0 ? step.alternateDoses : step.doses;

/** The doses of a date in a plan: none before it starts or after it ends. */
export const dosesOnDate = (plan: TaperPlan, date: IsoDate): readonly PlannedDose[] => {
  const day = planDay(plan, date);
  return day.where === 'in' ? dosesOnDay(day.step, day.dayOfStep) : [];
};
