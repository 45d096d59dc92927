import type {
  AdjustmentSuggestion,
  Alert,
  AuditEntry,
  CalendarFeed,
  CareLink,
  DoseLog,
  Medication,
  Patient,
  Plan,
  PlanVersion,
  QuestionnaireResponse,
  Repositories,
} from '@stepdown/db';

/** Everything stored about one patient: what an export is made from. */
export interface PatientRecord {
  readonly patient: Patient;
  readonly account: { readonly displayName: string; readonly email: string; readonly locale: string };
  readonly links: readonly CareLink[];
  readonly calendarFeeds: readonly CalendarFeed[];
  readonly medications: readonly Medication[];
  readonly plans: readonly { readonly plan: Plan; readonly versions: readonly PlanVersion[] }[];
  readonly doseLogs: readonly DoseLog[];
  readonly checkIns: readonly QuestionnaireResponse[];
  readonly questionnaireResponses: readonly QuestionnaireResponse[];
  readonly suggestions: readonly AdjustmentSuggestion[];
  readonly alerts: readonly Alert[];
  /** The access log, newest first, as the patient sees it at /audit. */
  readonly accessLog: readonly AuditEntry[];
}

/** Wider than any real record's dates: the dose log is read by date range. */
const ALL_DATES = { from: '1900-01-01', to: '2999-12-31' } as const;
/** The whole access log, not the 100 newest the audit screen shows. */
const WHOLE_LOG = 10_000_000;

/** Reads the whole record. The caller has authorised the patient (area `account`). */
export const loadPatientRecord = async (repositories: Repositories, patientId: string): Promise<PatientRecord | undefined> => {
  const patient = await repositories.patients.findById(patientId);
  if (!patient) return undefined;
  const user = await repositories.users.findById(patient.userId);
  const plans = [];
  for (const plan of await repositories.plans.listForPatient(patientId)) {
    plans.push({ plan, versions: await repositories.planVersions.listForPlan(plan.id) });
  }
  return {
    patient,
    account: { displayName: user?.displayName ?? '', email: user?.email ?? '', locale: user?.locale ?? 'en' },
    links: await repositories.careLinks.listForPatient(patientId, { includeRevoked: true }),
    calendarFeeds: await repositories.calendarFeeds.listForPatient(patientId),
    // Removed medicines too: an export holds everything stored, history included.
    medications: await repositories.medications.listForPatient(patientId, { includeRemoved: true }),
    plans,
    doseLogs: await repositories.doseLogs.listByDateRange(patientId, ALL_DATES),
    checkIns: await repositories.checkIns.listForPatient(patientId),
    questionnaireResponses: await repositories.questionnaireResponses.listForPatient(patientId),
    suggestions: await repositories.adjustmentSuggestions.listForPatient(patientId),
    alerts: await repositories.alerts.listForPatient(patientId),
    accessLog: await repositories.audit.listForPatient(patientId, { limit: WHOLE_LOG }),
  };
};
