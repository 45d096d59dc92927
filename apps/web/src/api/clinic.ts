import { api } from './client.js';

export type ClinicRole = 'clinician' | 'clinic-admin';
export type Urgency = 'emergency' | 'urgent' | 'routine';

/** GET /api/clinics: the clinics the signed-in person belongs to. */
export interface Clinic {
  readonly id: string;
  readonly name: string;
  readonly role: ClinicRole;
  readonly memberSince: string;
}

export interface ClinicMember {
  readonly userId: string;
  readonly displayName: string;
  readonly role: ClinicRole;
  readonly memberSince: string;
}

export interface IntakeRequest {
  readonly id: string;
  readonly createdAt: string;
  readonly contactName: string;
  readonly contactMethod: 'phone' | 'text' | 'email' | string;
  readonly contactValue: string;
  readonly message: string | null;
  readonly triageUrgency: Urgency;
  readonly status: 'new' | 'claimed' | 'closed';
  readonly claimedBy: string | null;
}

const clinicPath = (clinicId: string) => `/clinics/${encodeURIComponent(clinicId)}`;

export const clinicApi = {
  list: () => api<{ clinics: Clinic[] }>('/clinics').then((r) => r.clinics),
  members: (clinicId: string) => api<{ members: ClinicMember[] }>(`${clinicPath(clinicId)}/members`).then((r) => r.members),
  intake: (clinicId: string) => api<{ requests: IntakeRequest[] }>(`${clinicPath(clinicId)}/intake`).then((r) => r.requests),
  claim: (clinicId: string, intakeId: string) =>
    api<{ request: IntakeRequest }>(`${clinicPath(clinicId)}/intake/${encodeURIComponent(intakeId)}/claim`, { method: 'POST' }),
  close: (clinicId: string, intakeId: string) =>
    api<{ request: IntakeRequest }>(`${clinicPath(clinicId)}/intake/${encodeURIComponent(intakeId)}/close`, { method: 'POST' }),
  invite: (clinicId: string, role: ClinicRole) =>
    api<{ invite: { id: string; role: ClinicRole; expiresAt: string }; code: string }>(`${clinicPath(clinicId)}/invites`, {
      method: 'POST',
      body: { role },
    }),
  removeMember: (clinicId: string, userId: string) =>
    api<void>(`${clinicPath(clinicId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
  join: (code: string) =>
    api<{ clinic: Clinic }>('/clinic-invites/accept', { method: 'POST', body: { code } }).then((r) => r.clinic),
};

const RANK: Readonly<Record<Urgency, number>> = { emergency: 0, urgent: 1, routine: 2 };

/** Emergencies, then urgent requests, at the top; within each level the newest first. */
export const queueOrder = (requests: readonly IntakeRequest[]): IntakeRequest[] =>
  [...requests].sort(
    (a, b) => (RANK[a.triageUrgency] ?? 3) - (RANK[b.triageUrgency] ?? 3) || b.createdAt.localeCompare(a.createdAt),
  );
