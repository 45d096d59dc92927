import type { TaperBody } from '../builder/plan-input.js';
import { api } from './client.js';

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

/** A current medication as GET /api/patients/:id/medications returns it (doses in mg). */
export interface Medication {
  readonly id: string;
  readonly createdAt: string;
  readonly drug: string;
  readonly indication: string;
  readonly regimen: readonly { readonly amountMg: number; readonly time?: string }[];
  readonly startedOn: string | null;
}

export interface PlanVersionSummary {
  readonly id: string;
  readonly version: number;
  readonly approvalState: 'draft' | 'approved' | 'rejected' | string;
  readonly approvedAt: string | null;
}

export interface PatientPlan {
  readonly id: string;
  readonly title: string;
  readonly activeVersionId: string | null;
  readonly latestVersion: number;
  readonly versions: readonly PlanVersionSummary[];
}

export interface PatientRecord {
  readonly id: string;
  readonly weightKg: number | null;
  readonly dateOfBirth: string | null;
  readonly region: string;
}

export interface NewPlan extends TaperBody {
  readonly reason: string;
  readonly title?: string;
  /** Kept for every try of one approval: the server makes one plan per client id, so a retry cannot make a second. */
  readonly clientId?: string;
}

export interface NewVersion extends TaperBody {
  readonly reason: string;
  /** Kept for every try of one approval, like `NewPlan.clientId`: a retry cannot make a second draft. */
  readonly clientId?: string;
}

interface VersionAnswer {
  readonly version: { readonly id: string; readonly version: number; readonly approvalState: string };
}

export const builderApi = {
  medications: (patientId: string) =>
    api<{ medications: Medication[] }>(`${base(patientId)}/medications`).then((r) => r.medications),
  plans: (patientId: string) => api<{ plans: PatientPlan[] }>(`${base(patientId)}/plans`).then((r) => r.plans),
  patient: (patientId: string) => api<{ patient: PatientRecord }>(base(patientId)).then((r) => r.patient),
  /** Version 1 of a new plan, as a draft (201); the same `clientId` again answers 200 with that plan and version. */
  createPlan: (patientId: string, body: NewPlan) =>
    api<VersionAnswer & { plan: { id: string } }>(`${base(patientId)}/plans`, { method: 'POST', body }),
  /** The next draft version of an existing plan (201); the same `clientId` again answers 200 with that version as it is now. */
  addVersion: (patientId: string, planId: string, body: NewVersion) =>
    api<VersionAnswer>(`${base(patientId)}/plans/${encodeURIComponent(planId)}/versions`, { method: 'POST', body }),
  /** Every version of a plan with its approval state (to learn how a version was decided). */
  versions: (patientId: string, planId: string) =>
    api<{ versions: VersionAnswer['version'][] }>(`${base(patientId)}/plans/${encodeURIComponent(planId)}/versions`).then(
      (r) => r.versions,
    ),
  approve: (patientId: string, planId: string, versionId: string) =>
    api<VersionAnswer>(
      `${base(patientId)}/plans/${encodeURIComponent(planId)}/versions/${encodeURIComponent(versionId)}/approve`,
      { method: 'POST' },
    ),
};

/** The plan in force: of the plans with an approved version, the one approved last (as the server decides). */
export const activePlan = (plans: readonly PatientPlan[]): PatientPlan | undefined => {
  let best: { plan: PatientPlan; at: string } | undefined;
  for (const plan of plans) {
    if (plan.activeVersionId === null) continue;
    const at = plan.versions.find((v) => v.id === plan.activeVersionId)?.approvedAt ?? '';
    if (!best || at >= best.at) best = { plan, at };
  }
  return best?.plan;
};
