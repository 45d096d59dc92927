import { api } from './client.js';
import type { QuestionnaireSchedule } from './questionnaire-schedule.js';

/** The roster's flags, most serious first (apps/api/src/roster/roster-status.ts). */
export const ROSTER_FLAGS = ['red-flag', 'hold-requested', 'suggestion', 'missed-doses', 'review-due', 'on-track'] as const;
export type RosterFlag = (typeof ROSTER_FLAGS)[number];
export type RosterSort = 'name' | 'status' | 'lastCheckIn';
export type Urgency = 'emergency' | 'urgent' | 'routine';

export interface RosterPatient {
  readonly patientId: string;
  readonly displayName: string;
  readonly timeZone: string;
  readonly flags: readonly RosterFlag[];
  readonly status: RosterFlag;
  readonly lastCheckInDate: string | null;
  readonly lastCheckInAt: string | null;
  readonly currentDailyDose: readonly { readonly drug: string; readonly amountMg: number }[] | null;
  readonly openAlerts: Readonly<Record<Urgency, number>>;
  readonly missedDosesLast7Days: number;
  readonly reviewDueSince: string | null;
}

export interface Roster {
  readonly patients: readonly RosterPatient[];
  readonly counts: Readonly<Partial<Record<RosterFlag, number>>>;
}

export interface Alert {
  readonly id: string;
  readonly createdAt: string;
  readonly patientId: string;
  readonly kind: string;
  readonly urgency: Urgency;
  readonly title: string;
  readonly body: string;
  readonly action: string | null;
  readonly audience: string;
  readonly acknowledgedBy: string | null;
  readonly acknowledgedAt: string | null;
}

export type SuggestionState = 'suggested' | 'approved' | 'edited' | 'rejected';

export interface Suggestion {
  readonly id: string;
  readonly createdAt: string;
  readonly patientId: string;
  readonly planId: string;
  readonly kind: 'hold' | 'slow';
  readonly reason: string;
  readonly source: string;
  readonly state: SuggestionState;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly requestedByPatient: boolean;
}

export interface SuggestionEdit {
  readonly holdDays?: number;
  readonly cutPercent?: number;
  readonly intervalDays?: number;
}

export type Decision =
  | { readonly decision: 'approve' | 'reject'; readonly reason: string }
  | { readonly decision: 'edit'; readonly reason: string; readonly edit: SuggestionEdit };

export type ApprovalState = 'draft' | 'approved' | 'rejected';

/** A version without its plan and input (the plans list). */
export interface VersionSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly planId: string;
  readonly version: number;
  readonly authorUserId: string;
  readonly reason: string;
  readonly approvalState: ApprovalState;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
}

/** A full version: `plan` is core's TaperPlan with every `…Ug` turned into `…Mg` by the server. */
export interface PlanVersion extends VersionSummary {
  readonly plan: unknown;
  readonly input: unknown;
}

export interface PlanSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly patientId: string;
  readonly title: string;
  readonly activeVersionId: string | null;
  readonly latestVersion: number;
  readonly versions: readonly VersionSummary[];
}

export interface DoseLog {
  readonly id: string;
  readonly date: string;
  readonly plannedTime: string | null;
  readonly drug: string;
  readonly amountMg: number;
  readonly status: 'taken' | 'late' | 'missed' | 'extra';
  readonly takenAt: string | null;
}

export interface Entry {
  readonly id: string;
  readonly instrumentId: string;
  readonly answers: unknown;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: unknown;
  readonly completedAt: string;
}

/** GET /patients/:id as a clinician sees it: the record with its owner's name (null for a deleted account). */
export interface PatientRecordView {
  readonly id: string;
  readonly displayName: string | null;
  readonly timeZone: string;
  readonly region: string;
}

const p = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;
const range = (from: string, to: string) => `from=${from}&to=${to}`;

export const clinician = {
  /** One record, one audit row (`read:profile`); the roster would write one per patient on it. */
  patient: (patientId: string) => api<{ patient: PatientRecordView | null }>(p(patientId)).then((r) => r.patient),
  roster: (options: { status?: RosterFlag | undefined; sort?: RosterSort | undefined } = {}) => {
    const query = [
      ...(options.status ? [`status=${options.status}`] : []),
      ...(options.sort ? [`sort=${options.sort}`] : []),
    ].join('&');
    return api<Roster>(`/roster${query ? `?${query}` : ''}`);
  },
  alerts: (patientId: string) => api<{ alerts: Alert[] }>(`${p(patientId)}/alerts`).then((r) => r.alerts),
  acknowledge: (patientId: string, alertId: string) =>
    api<{ alert: Alert }>(`${p(patientId)}/alerts/${encodeURIComponent(alertId)}/acknowledge`, { method: 'POST' }).then(
      (r) => r.alert,
    ),
  suggestions: (patientId: string) =>
    api<{ suggestions: Suggestion[] }>(`${p(patientId)}/suggestions?state=suggested`).then((r) => r.suggestions),
  decide: (patientId: string, suggestionId: string, body: Decision) =>
    api<{ suggestion: Suggestion; version: PlanVersion | null }>(
      `${p(patientId)}/suggestions/${encodeURIComponent(suggestionId)}/decision`,
      { method: 'POST', body },
    ),
  plans: (patientId: string) => api<{ plans: PlanSummary[] }>(`${p(patientId)}/plans`).then((r) => r.plans),
  versions: (patientId: string, planId: string) =>
    api<{ versions: PlanVersion[] }>(`${p(patientId)}/plans/${encodeURIComponent(planId)}/versions`).then((r) => r.versions),
  decideVersion: (patientId: string, planId: string, versionId: string, decision: 'approve' | 'reject') =>
    api<{ version: PlanVersion }>(
      `${p(patientId)}/plans/${encodeURIComponent(planId)}/versions/${encodeURIComponent(versionId)}/${decision}`,
      { method: 'POST' },
    ).then((r) => r.version),
  doseLogs: (patientId: string, from: string, to: string) =>
    api<{ doseLogs: DoseLog[] }>(`${p(patientId)}/dose-logs?${range(from, to)}`).then((r) => r.doseLogs),
  checkIns: (patientId: string, from: string, to: string) =>
    api<{ checkIns: Entry[] }>(`${p(patientId)}/check-ins?${range(from, to)}`).then((r) => r.checkIns),
  questionnaires: (patientId: string, from: string, to: string) =>
    api<{ responses: Entry[] }>(`${p(patientId)}/questionnaire-responses?${range(from, to)}`).then((r) => r.responses),
  /** PUT …/questionnaire-schedule: how often the patient's check-in asks for each questionnaire (0: not asked). */
  setQuestionnaireSchedule: (patientId: string, schedule: QuestionnaireSchedule) =>
    api<{ questionnaireSchedule: QuestionnaireSchedule }>(`${p(patientId)}/questionnaire-schedule`, {
      method: 'PUT',
      body: schedule,
    }).then((r) => r.questionnaireSchedule),
};
