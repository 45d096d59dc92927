import { parseIsoDate, parseRegimen, planTaper, type StrategyId, type TaperPlan } from '@stepdown/core';

/** `amountMg: 1.25` → `amountUg: 1250`: undoes the API's `withMilligrams`, exactly (whole micrograms). */
const toUg = (value: unknown): unknown => {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (Array.isArray(value)) return value.map(toUg);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toUg(v)]));
  return value;
};

/**
 * The inverse of core's `withMilligrams`: the API sends plans in mg (`amountMg`),
 * core computes in integer micrograms (`amountUg`).
 */
export const withMicrograms = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withMicrograms);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      // A plan's `parameters` are core's own record (its `targetMg` was never converted): left as stored.
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

/** Core's plan from a version's `plan` (in mg), or undefined when it does not look like one. */
export const toTaperPlan = (plan: unknown): TaperPlan | undefined => {
  const converted = withMicrograms(plan);
  return looksLikePlan(converted) ? converted : undefined;
};

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

/** Core's plan from a full version: the stored plan (back in µg), else planned again from its input. */
export const taperPlanOf = (version: { readonly plan: unknown; readonly input: unknown }): TaperPlan | undefined =>
  toTaperPlan(version.plan) ??
  (typeof version.input === 'object' && version.input !== null ? replan(version.input as StoredInput) : undefined);

/** What the reader needs of a version summary; both the patient's and the clinician's API types have it. */
interface VersionLike {
  readonly id: string;
  readonly approvalState: string;
  readonly approvedAt: string | null;
}

interface PlanLike {
  readonly activeVersionId: string | null;
  readonly versions: readonly VersionLike[];
}

/**
 * The plan in force, decided as the server's `activePlanFor` does: of the plans
 * with an approved version in force, the one approved last (a later plan wins a tie).
 */
export const planInForce = <P extends PlanLike>(
  plans: readonly P[],
): { readonly plan: P; readonly version: P['versions'][number] } | undefined => {
  let best: { plan: P; version: P['versions'][number] } | undefined;
  for (const plan of plans) {
    const version = plan.versions.find((v) => v.id === plan.activeVersionId && v.approvalState === 'approved');
    if (!version) continue;
    if (!best || (version.approvedAt ?? '') >= (best.version.approvedAt ?? '')) best = { plan, version };
  }
  return best;
};
