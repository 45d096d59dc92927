import { daysBetween, type IsoDate, type PlannedDose, type PlanStep, type TaperPlan } from '@stepdown/core';
import type { PlanRecord } from '../api/records.js';
import { planInForce } from '../plans/plan-reader.js';

export type PlanChoice =
  | { readonly kind: 'active'; readonly plan: PlanRecord; readonly versionId: string; readonly newerDraft: boolean }
  | { readonly kind: 'draft'; readonly plan: PlanRecord }
  | { readonly kind: 'none' };

/** The plan in force (as the server decides), whether a newer version awaits approval, else a draft. */
export const choosePlan = (plans: readonly PlanRecord[]): PlanChoice => {
  const inForce = planInForce(plans);
  if (inForce) {
    const { plan, version } = inForce;
    const newerDraft = plan.versions.some((v) => v.approvalState === 'draft' && v.version > version.version);
    return { kind: 'active', plan, versionId: version.id, newerDraft };
  }
  const draft = plans.find((plan) => plan.versions.some((v) => v.approvalState === 'draft'));
  return draft ? { kind: 'draft', plan: draft } : { kind: 'none' };
};

export type Position =
  | { readonly when: 'before'; readonly first: PlanStep }
  | { readonly when: 'during'; readonly step: PlanStep; readonly dayOfStep: number }
  | { readonly when: 'after'; readonly last: PlanStep };

export const positionOn = (plan: TaperPlan, date: IsoDate): Position | undefined => {
  const first = plan.steps[0];
  const last = plan.steps.at(-1);
  if (!first || !last) return undefined;
  if (daysBetween(first.start, date) < 0) return { when: 'before', first };
  if (daysBetween(last.end, date) > 0) return { when: 'after', last };
  const step = plan.steps.find((s) => daysBetween(s.start, date) >= 0 && daysBetween(date, s.end) >= 0) ?? last;
  return { when: 'during', step, dayOfStep: daysBetween(step.start, date) + 1 };
};

/** The doses of a day of a step: an alternate-day step takes `alternateDoses` on its 2nd, 4th… day. */
export const dosesOnDay = (step: PlanStep, dayOfStep: number): readonly PlannedDose[] =>
  step.alternateDoses && dayOfStep % 2 === 0 ? step.alternateDoses : step.doses;

export const stepTotalUg = (step: PlanStep): number => step.dailyTotals.reduce((sum, total) => sum + total.amountUg, 0);

/** The step that starts on a date (for marking the calendar). */
export const stepStartingOn = (plan: TaperPlan, date: IsoDate): PlanStep | undefined =>
  plan.steps.find((step) => step.start === date);

export const stepOn = (plan: TaperPlan, date: IsoDate): PlanStep | undefined =>
  plan.steps.find((s) => daysBetween(s.start, date) >= 0 && daysBetween(date, s.end) >= 0);

/** The next step to begin after a date, if any. */
export const nextStepAfter = (plan: TaperPlan, date: IsoDate): PlanStep | undefined =>
  plan.steps.find((step) => daysBetween(date, step.start) > 0);
