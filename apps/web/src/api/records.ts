import type { RegionId } from '@stepdown/core';
import { api } from './client.js';

/** A patient record (GET /api/patients/:id, POST /api/patients). */
export interface PatientRecord {
  readonly id: string;
  readonly userId: string;
  readonly timeZone: string;
  readonly region: string;
  readonly dateOfBirth: string | null;
  readonly weightKg: number | null;
}

/** A correction of where the patient lives (PATCH /api/patients/:id); null clears birth date or weight. */
export interface PatientChange {
  readonly timeZone?: string;
  readonly region?: RegionId;
  readonly dateOfBirth?: string | null;
  readonly weightKg?: number | null;
}

export interface NewPatientRecord {
  readonly timeZone: string;
  readonly region: RegionId;
  readonly dateOfBirth?: string;
  readonly weightKg?: number;
}

/** A current medication, doses in mg (GET/POST …/medications). */
export interface MedicationRecord {
  readonly id: string;
  readonly drug: string;
  readonly indication: string;
  readonly regimen: readonly { readonly amountMg: number; readonly time?: string }[];
  readonly startedOn: string | null;
}

export interface NewMedication {
  readonly drug: string;
  /** Core's regimen text: `0.5mg@08:00, 1mg@22:00`. */
  readonly regimen: string;
  readonly indication: string;
  readonly startedOn?: string;
}

export interface ServerFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

export interface MedicationSaved {
  readonly medication: MedicationRecord;
  readonly check: { readonly dailyTotalMg: number; readonly findings: readonly ServerFinding[] };
}

export type ApprovalState = 'draft' | 'approved' | 'rejected';

/** A version as listed with its plan (no plan body). */
export interface VersionSummary {
  readonly id: string;
  readonly planId: string;
  readonly version: number;
  readonly approvalState: ApprovalState;
  readonly approvedAt: string | null;
  readonly createdAt: string;
  readonly reason: string;
}

export interface PlanRecord {
  readonly id: string;
  readonly title: string;
  readonly activeVersionId: string | null;
  readonly latestVersion: number;
  readonly versions: readonly VersionSummary[];
}

/** A full version: `plan` is core's TaperPlan with doses in mg (`…Mg` keys), `input` the planner input as given. */
export interface VersionRecord extends VersionSummary {
  readonly plan: unknown;
  readonly input: unknown;
}

const patientPath = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

export const records = {
  createPatient: (input: NewPatientRecord) =>
    api<{ patient: PatientRecord }>('/patients', { method: 'POST', body: input }).then((r) => r.patient),
  patient: (patientId: string) => api<{ patient: PatientRecord }>(patientPath(patientId)).then((r) => r.patient),
  medications: (patientId: string) =>
    api<{ medications: MedicationRecord[] }>(`${patientPath(patientId)}/medications`).then((r) => r.medications),
  addMedication: (patientId: string, input: NewMedication) =>
    api<MedicationSaved>(`${patientPath(patientId)}/medications`, { method: 'POST', body: input }),
  /** Corrects a current medication (same body and dose check as adding it). */
  changeMedication: (patientId: string, medicationId: string, input: NewMedication) =>
    api<MedicationSaved>(`${patientPath(patientId)}/medications/${encodeURIComponent(medicationId)}`, {
      method: 'PUT',
      body: input,
    }),
  /** Takes a medication off the current list (the server keeps it as history). */
  removeMedication: (patientId: string, medicationId: string) =>
    api<void>(`${patientPath(patientId)}/medications/${encodeURIComponent(medicationId)}`, { method: 'DELETE' }),
  updatePatient: (patientId: string, change: PatientChange) =>
    api<{ patient: PatientRecord }>(patientPath(patientId), { method: 'PATCH', body: change }).then((r) => r.patient),
  plans: (patientId: string) => api<{ plans: PlanRecord[] }>(`${patientPath(patientId)}/plans`).then((r) => r.plans),
  versions: (patientId: string, planId: string) =>
    api<{ versions: VersionRecord[] }>(`${patientPath(patientId)}/plans/${encodeURIComponent(planId)}/versions`).then(
      (r) => r.versions,
    ),
};
