import type { TaperPlan } from '@stepdown/core';
import type { Plan, PlanVersion, Repositories } from '@stepdown/db';

export interface ActivePlan {
  readonly plan: Plan;
  readonly version: PlanVersion;
  /** The version's plan as core made it (stored JSON, written only by these routes from core's output). */
  readonly taper: TaperPlan;
}

/**
 * The plan a patient follows now: of their plans with an approved version in
 * force, the one whose version was approved last (a newer agreement replaces
 * an older one). Undefined when nothing has been approved.
 */
export const activePlanFor = async (repositories: Repositories, patientId: string): Promise<ActivePlan | undefined> => {
  let best: ActivePlan | undefined;
  for (const plan of await repositories.plans.listForPatient(patientId)) {
    if (plan.activeVersionId === null) continue;
    const version = await repositories.planVersions.activeVersion(plan.id);
    if (!version) continue;
    if (!best || String(version.approvedAt ?? '') >= String(best.version.approvedAt ?? ''))
      best = { plan, version, taper: version.plan as TaperPlan };
  }
  return best;
};
