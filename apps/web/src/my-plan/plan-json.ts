import {
  daysBetween,
  type IsoDate,
  type PlannedDose,
  type PlanStep,
  parseIsoDate,
  parseRegimen,
  planTaper,
  type StrategyId,
  type TaperPlan,
} from '@stepdown/core';
import type { PlanRecord, VersionRecord } from '../api/records.js';

/** `amountMg: 1.25` → `amountUg: 1250`: undoes the API's `withMilligrams`, exactly (whole micrograms). */
const toUg = (value: unknown): unknown => {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (Array.isArray(value)) return value.map(toUg);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toUg(v)]));
  return value;
};

export const withMicrograms = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withMicrograms);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      // A plan's `parameters` are core's own record (already in mg where named so): left as stored.
      if (key === 'parameters') return [key, child];
      const match = /^(.*)Mg(PerKgPerDay)?$/.exec(key);
      return match ? [`${match[1]}Ug${match[2] ?? ''}`, toUg(child)] : [key, withMicrograms(child)];
    }),
  );
};

const looksLikePlan = (value: unknown): value is TaperPlan =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as TaperPlan).steps) &&
  typeof (value as TaperPlan).start === 'string' &&
  (value as TaperPlan).steps.every((step) => Array.isArray(step.doses) && Array.isArray(step.dailyTotals));

interface StoredInput {
  readonly drug?: unknown;
  readonly doses?: unknown;
  readonly start?: unknown;
  readonly strategy?: unknown;
  readonly cutPercent?: unknown;
  readonly intervalDays?: unknown;
  readonly shortTermUse?: unknown;
  readonly via?: unknown;
  readonly patterns?: unknown;
  readonly holds?: unknown;
}

/** Re-plans from the stored planner input (the common choices only) when a version holds no plan. */
const replan = (input: StoredInput): TaperPlan | undefined => {
  if (typeof input.drug !== 'string' || !Array.isArray(input.doses) || typeof input.start !== 'string') return undefined;
  const regimen = parseRegimen(input.doses.map(String), 'doses');
  const start = parseIsoDate(input.start);
  if (!regimen.ok || !start.ok) return undefined;
  const planned = planTaper({
    drug: input.drug,
    regimen: regimen.value,
    start: start.value,
    ...(typeof input.strategy === 'string' ? { strategy: input.strategy as StrategyId } : {}),
    ...(typeof input.cutPercent === 'number' ? { cutPercent: input.cutPercent } : {}),
    ...(typeof input.intervalDays === 'number' ? { intervalDays: input.intervalDays } : {}),
    ...(input.shortTermUse === true ? { shortTermUse: true } : {}),
    ...(input.via === 'diazepam' ? { via: 'diazepam' as const } : {}),
    ...(input.patterns === true ? { patterns: true } : {}),
    ...(Array.isArray(input.holds) ? { holds: input.holds as { step: number; days: number }[] } : {}),
  });
  return planned.ok ? planned.value : undefined;
};

/** Core's plan from a version: the stored plan (back in µg), else planned again from its input. */
export const taperPlanOf = (version: VersionRecord): TaperPlan | undefined => {
  const stored = withMicrograms(version.plan);
  if (looksLikePlan(stored)) return stored;
  return typeof version.input === 'object' && version.input !== null ? replan(version.input as StoredInput) : undefined;
};

export type PlanChoice =
  | { readonly kind: 'active'; readonly plan: PlanRecord; readonly versionId: string; readonly newerDraft: boolean }
  | { readonly kind: 'draft'; readonly plan: PlanRecord }
  | { readonly kind: 'none' };

/** The plan in force is the one whose active version was approved last (as the API's today view decides). */
export const choosePlan = (plans: readonly PlanRecord[]): PlanChoice => {
  let best: { plan: PlanRecord; versionId: string; approvedAt: string } | undefined;
  for (const plan of plans) {
    const active = plan.versions.find((v) => v.id === plan.activeVersionId && v.approvalState === 'approved');
    if (!active) continue;
    const approvedAt = active.approvedAt ?? active.createdAt;
    if (!best || approvedAt > best.approvedAt) best = { plan, versionId: active.id, approvedAt };
  }
  if (best) {
    const activeNumber = best.plan.versions.find((v) => v.id === best?.versionId)?.version ?? 0;
    const newerDraft = best.plan.versions.some((v) => v.approvalState === 'draft' && v.version > activeNumber);
    return { kind: 'active', plan: best.plan, versionId: best.versionId, newerDraft };
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
