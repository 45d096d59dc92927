import type { TaperPlan } from '@stepdown/core';
import type { PlanSummary, VersionSummary } from '../api/clinician.js';

const toUg = (value: unknown): unknown => {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (Array.isArray(value)) return value.map(toUg);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toUg(v)]));
  return value;
};

/**
 * The inverse of core's `withMilligrams`: the API sends plans in mg (`amountMg`),
 * core computes in integer micrograms (`amountUg`). `parameters` is left alone:
 * its own keys (`targetMg`) were never converted.
 */
const withMicrograms = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withMicrograms);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key === 'parameters') return [key, child];
      const match = /^(.*)Mg(PerKgPerDay)?$/.exec(key);
      return match ? [`${match[1]}Ug${match[2] ?? ''}`, toUg(child)] : [key, withMicrograms(child)];
    }),
  );
};

/** Core's plan from a version's `plan`, or undefined when it does not look like one. */
export const toTaperPlan = (plan: unknown): TaperPlan | undefined => {
  const converted = withMicrograms(plan) as Partial<TaperPlan> | null;
  if (!converted || !Array.isArray(converted.steps) || typeof converted.start !== 'string') return undefined;
  return converted as TaperPlan;
};

/** The plan in force: of the plans with an active version, the one approved last (as the server decides). */
export const planInForce = (
  plans: readonly PlanSummary[],
): { readonly plan: PlanSummary; readonly version: VersionSummary } | undefined => {
  let best: { plan: PlanSummary; version: VersionSummary } | undefined;
  for (const plan of plans) {
    const version = plan.versions.find((v) => v.id === plan.activeVersionId);
    if (!version) continue;
    if (!best || (version.approvedAt ?? '') > (best.version.approvedAt ?? '')) best = { plan, version };
  }
  return best;
};
