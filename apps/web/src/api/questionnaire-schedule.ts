import {
  DEFAULT_QUESTIONNAIRE_SCHEDULE,
  QUESTIONNAIRE_SCHEDULE_KEYS,
  QUESTIONNAIRE_SCHEDULE_MAX_DAYS,
  type QuestionnaireSchedule,
} from '@stepdown/core';
import { api } from './client.js';

export type { QuestionnaireSchedule };
export type ScheduleKey = keyof QuestionnaireSchedule;

/** Core's schedule keys, limit and defaults, under the names the screens use. */
export const SCHEDULE_KEYS: readonly ScheduleKey[] = QUESTIONNAIRE_SCHEDULE_KEYS;
export const SCHEDULE_MAX_DAYS = QUESTIONNAIRE_SCHEDULE_MAX_DAYS;
export const DEFAULT_SCHEDULE: QuestionnaireSchedule = DEFAULT_QUESTIONNAIRE_SCHEDULE;

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
