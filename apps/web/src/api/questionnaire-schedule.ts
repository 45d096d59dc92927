import { api } from './client.js';

/** Days between two asks of each questionnaire; 0 means it is not asked (docs/server/check-ins-and-alerts.md). */
export interface QuestionnaireSchedule {
  readonly bwsqDays: number;
  readonly phq9Days: number;
  readonly gad7Days: number;
}

export type ScheduleKey = keyof QuestionnaireSchedule;

export const SCHEDULE_KEYS: readonly ScheduleKey[] = ['bwsqDays', 'phq9Days', 'gad7Days'];

/** The server takes whole days from 0 to 90. */
export const SCHEDULE_MAX_DAYS = 90;

/** What applies until a clinician sets a schedule (the server's `DEFAULT_QUESTIONNAIRE_SCHEDULE`). */
export const DEFAULT_SCHEDULE: QuestionnaireSchedule = Object.freeze({ bwsqDays: 7, phq9Days: 14, gad7Days: 14 });

const isDays = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SCHEDULE_MAX_DAYS;

/** The schedule from a record, or null when it was never set (or an older server does not send it). */
export const scheduleOf = (
  patient: { readonly questionnaireSchedule?: unknown } | null | undefined,
): QuestionnaireSchedule | null => {
  const value = patient?.questionnaireSchedule as Partial<Record<ScheduleKey, unknown>> | null | undefined;
  if (!value || !SCHEDULE_KEYS.every((key) => isDays(value[key]))) return null;
  return { bwsqDays: value.bwsqDays as number, phq9Days: value.phq9Days as number, gad7Days: value.gad7Days as number };
};

/** GET /api/patients/:id → `patient.questionnaireSchedule` (null: never set, the defaults apply). */
export const readQuestionnaireSchedule = (patientId: string) =>
  api<{ patient: { readonly questionnaireSchedule?: unknown } | null }>(`/patients/${encodeURIComponent(patientId)}`).then((r) =>
    scheduleOf(r.patient),
  );
