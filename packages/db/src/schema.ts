/**
 * The tables as Kysely sees them: one interface per table, snake_case like the
 * SQL. Every table has an app-made UUIDv7 `id` and a `created_at`.
 *
 * Column conventions, identical on SQLite and PostgreSQL:
 * - doses are INTEGER micrograms (`*_ug`);
 * - calendar dates are TEXT `YYYY-MM-DD` (local, no zone); times of day TEXT `HH:MM`;
 * - instants are TEXT ISO-8601 UTC from `Date.prototype.toISOString()`
 *   (`2026-03-01T09:30:00.000Z`), so they compare and sort as strings;
 * - JSON is TEXT (`*_json`, `permissions`), parsed by the repositories;
 * - booleans are INTEGER 0/1.
 */

export const USER_ROLES = ['patient', 'supporter', 'clinician', 'clinic-admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const CLINIC_MEMBER_ROLES = ['clinician', 'clinic-admin'] as const;
export type ClinicMemberRole = (typeof CLINIC_MEMBER_ROLES)[number];

export const CARE_LINK_KINDS = ['clinician', 'clinic', 'supporter'] as const;
export type CareLinkKind = (typeof CARE_LINK_KINDS)[number];

export const CARE_LINK_STATUSES = ['invited', 'active', 'revoked'] as const;
export type CareLinkStatus = (typeof CARE_LINK_STATUSES)[number];

export const APPROVAL_STATES = ['draft', 'approved', 'rejected'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const DOSE_LOG_STATUSES = ['taken', 'late', 'missed', 'extra'] as const;
export type DoseLogStatus = (typeof DOSE_LOG_STATUSES)[number];

export const ADJUSTMENT_KINDS = ['hold', 'slow'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const ADJUSTMENT_STATES = ['suggested', 'approved', 'edited', 'rejected'] as const;
export type AdjustmentState = (typeof ADJUSTMENT_STATES)[number];

export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const ALERT_AUDIENCES = ['clinician', 'supporter', 'patient'] as const;
export type AlertAudience = (typeof ALERT_AUDIENCES)[number];

export const INTAKE_STATUSES = ['new', 'claimed', 'closed'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export const AUDIT_OUTCOMES = ['allowed', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface UsersTable {
  id: string;
  created_at: string;
  /** Lower-cased and trimmed by the repository; unique. */
  email: string;
  password_hash: string;
  display_name: string;
  role: UserRole;
  locale: string;
  failed_logins: number;
  locked_until: string | null;
  deleted_at: string | null;
}

export interface SessionsTable {
  id: string;
  created_at: string;
  user_id: string;
  /** A hash of the bearer token; the token itself is never stored. */
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface PasswordResetsTable {
  id: string;
  created_at: string;
  user_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
}

export interface ClinicsTable {
  id: string;
  created_at: string;
  name: string;
}

export interface ClinicMembersTable {
  id: string;
  created_at: string;
  clinic_id: string;
  user_id: string;
  role: ClinicMemberRole;
}

export interface PatientsTable {
  id: string;
  created_at: string;
  user_id: string;
  /** IANA zone, e.g. `Europe/London`: doses are planned on local dates. */
  time_zone: string;
  /** Region for help services, e.g. `UK`. */
  region: string;
  date_of_birth: string | null;
  weight_kg: number | null;
  /** JSON `{ bwsqDays, phq9Days, gad7Days }` set by the clinician (migration 0003); null: the defaults apply. */
  questionnaire_schedule: string | null;
}

export interface CareLinksTable {
  id: string;
  created_at: string;
  patient_id: string;
  /** The clinician or supporter; null until an invite is accepted, and for clinic links. */
  linked_user_id: string | null;
  /** Set for `clinic` links only. */
  clinic_id: string | null;
  kind: CareLinkKind;
  status: CareLinkStatus;
  /** Hash of the invite code while the link is `invited`; cleared on accept or revoke. */
  invite_code_hash: string | null;
  invite_expires_at: string | null;
  /** JSON `{ plan, doses, checkIns, alerts }` booleans: what a supporter may see. */
  permissions: string;
  created_by: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface MedicationsTable {
  id: string;
  created_at: string;
  patient_id: string;
  drug: string;
  indication: string;
  regimen_json: string;
  started_on: string | null;
  /** When the patient removed it from their record (migration 0005); null while it is current. Kept as history. */
  removed_at: string | null;
}

export interface PlansTable {
  id: string;
  created_at: string;
  patient_id: string;
  title: string;
  /** Made by the client; unique per patient when set, so a retried creation makes one plan. */
  client_id: string | null;
  active_version_id: string | null;
  /** The highest version number handed out; bumped atomically to number the next version. */
  latest_version: number;
}

export interface PlanVersionsTable {
  id: string;
  created_at: string;
  plan_id: string;
  version: number;
  /** Made by the client; unique per plan when set, so a retried "new version" makes one draft. */
  client_id: string | null;
  plan_json: string;
  input_json: string;
  author_user_id: string;
  reason: string;
  approval_state: ApprovalState;
  /** Who approved or rejected the version. */
  approved_by: string | null;
  /** When it was approved or rejected. */
  approved_at: string | null;
}

export interface DoseLogsTable {
  id: string;
  created_at: string;
  patient_id: string;
  /** Made by the client (UUID); unique per patient so retries never log a dose twice. */
  client_id: string;
  plan_version_id: string | null;
  date: string;
  planned_time: string | null;
  drug: string;
  amount_ug: number;
  status: DoseLogStatus;
  taken_at: string | null;
  note: string | null;
}

/** Shared by `check_ins` (the daily diary) and `questionnaire_responses`. */
export interface ResponsesTable {
  id: string;
  created_at: string;
  patient_id: string;
  client_id: string;
  instrument_id: string;
  instrument_version: string;
  answers_json: string;
  total: number | null;
  band: string | null;
  flags_json: string;
  triggers_json: string;
  completed_at: string;
}

export interface AdjustmentSuggestionsTable {
  id: string;
  created_at: string;
  patient_id: string;
  plan_id: string;
  kind: AdjustmentKind;
  reason: string;
  source: string;
  state: AdjustmentState;
  decided_by: string | null;
  decided_at: string | null;
  /** 0 or 1. */
  requested_by_patient: number;
  /** Made by the client for a patient's hold request; unique per patient when set, so a retry asks once. */
  client_id: string | null;
}

export interface AlertsTable {
  id: string;
  created_at: string;
  patient_id: string;
  kind: string;
  urgency: Urgency;
  title: string;
  body: string;
  action: string | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  audience: AlertAudience;
}

export interface IntakeRequestsTable {
  id: string;
  created_at: string;
  clinic_id: string;
  contact_name: string;
  contact_method: string;
  contact_value: string;
  message: string | null;
  triage_urgency: Urgency;
  answers_json: string;
  status: IntakeStatus;
  claimed_by: string | null;
  claimed_at: string | null;
  closed_at: string | null;
  ip_hash: string | null;
}

export interface CalendarFeedsTable {
  id: string;
  created_at: string;
  patient_id: string;
  token_hash: string;
  revoked_at: string | null;
}

/** Append-only by convention: no repository updates or deletes a row. No foreign keys, so a denied probe is still recorded. */
export interface AuditLogTable {
  id: string;
  created_at: string;
  actor_user_id: string | null;
  patient_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  at: string;
  ip: string | null;
  user_agent: string | null;
  outcome: AuditOutcome;
  detail_json: string;
}

/** A one-time code that lets a clinician join a clinic (brief C, migration 0002); only its hash is stored. */
export interface ClinicInvitesTable {
  id: string;
  created_at: string;
  clinic_id: string;
  /** The role the invitee gets on joining. */
  role: ClinicMemberRole;
  code_hash: string;
  created_by: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  clinics: ClinicsTable;
  clinic_members: ClinicMembersTable;
  patients: PatientsTable;
  care_links: CareLinksTable;
  medications: MedicationsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  dose_logs: DoseLogsTable;
  check_ins: ResponsesTable;
  questionnaire_responses: ResponsesTable;
  adjustment_suggestions: AdjustmentSuggestionsTable;
  alerts: AlertsTable;
  intake_requests: IntakeRequestsTable;
  calendar_feeds: CalendarFeedsTable;
  audit_log: AuditLogTable;
  clinic_invites: ClinicInvitesTable;
}
