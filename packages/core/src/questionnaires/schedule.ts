import type { SourceId } from '../sources/registry.js';

/** Days between two asks of each questionnaire; 0 means it is not asked. */
export interface QuestionnaireSchedule {
  readonly bwsqDays: number;
  readonly phq9Days: number;
  readonly gad7Days: number;
}

export const QUESTIONNAIRE_SCHEDULE_KEYS = [
  'bwsqDays',
  'phq9Days',
  'gad7Days',
] as const satisfies readonly (keyof QuestionnaireSchedule)[];

/** The longest interval a clinician may set (the check-in screen looks 90 days back): a product limit, not a clinical one. */
export const QUESTIONNAIRE_SCHEDULE_MAX_DAYS = 90;

/**
 * What applies until a clinician sets a schedule: each questionnaire once per its own recall period, so
 * answers neither overlap nor leave days uncovered — the BWSQ asks about the past week, the PHQ-9 and the
 * GAD-7 about the last 2 weeks.
 */
export const DEFAULT_QUESTIONNAIRE_SCHEDULE: QuestionnaireSchedule = Object.freeze({ bwsqDays: 7, phq9Days: 14, gad7Days: 14 });

/** Where each default's recall period comes from. */
export const QUESTIONNAIRE_SCHEDULE_SOURCES: Readonly<Record<keyof QuestionnaireSchedule, SourceId>> = Object.freeze({
  bwsqDays: 'tyrer-1990',
  phq9Days: 'kroenke-2001',
  gad7Days: 'spitzer-2006',
});
