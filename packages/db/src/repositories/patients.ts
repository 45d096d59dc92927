import {
  DEFAULT_QUESTIONNAIRE_SCHEDULE,
  err,
  ok,
  QUESTIONNAIRE_SCHEDULE_KEYS,
  QUESTIONNAIRE_SCHEDULE_MAX_DAYS,
  type QuestionnaireSchedule,
  type Result,
} from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import { checkFiniteNumber, checkIsoDate } from '../column-values.js';
import type { Instant } from '../instant.js';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { Database, PatientsTable } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface Patient {
  readonly id: string;
  readonly createdAt: Instant;
  readonly userId: string;
  readonly timeZone: string;
  readonly region: string;
  readonly dateOfBirth: string | null;
  readonly weightKg: number | null;
  /**
   * How often the clinician asks for each questionnaire; null when never set (then the defaults apply).
   * Always present on records read from the database; optional only so records built in memory
   * before migration 0003 (export fixtures) still type-check.
   */
  readonly questionnaireSchedule: QuestionnaireSchedule | null;
}

// The schedule's shape, limits and defaults are core's (cited there); re-exported for the API.
export {
  DEFAULT_QUESTIONNAIRE_SCHEDULE,
  QUESTIONNAIRE_SCHEDULE_KEYS,
  QUESTIONNAIRE_SCHEDULE_MAX_DAYS,
  type QuestionnaireSchedule,
};

const isScheduleDays = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= QUESTIONNAIRE_SCHEDULE_MAX_DAYS;

/** Only the three day counts, each a whole number 0–90; anything else is a caller's bug (it validates first). */
const checkSchedule = (schedule: QuestionnaireSchedule): QuestionnaireSchedule => {
  for (const key of QUESTIONNAIRE_SCHEDULE_KEYS)
    if (!isScheduleDays(schedule[key]))
      throw new RangeError(`${key} must be a whole number of days from 0 to ${QUESTIONNAIRE_SCHEDULE_MAX_DAYS}`);
  return { bwsqDays: schedule.bwsqDays, phq9Days: schedule.phq9Days, gad7Days: schedule.gad7Days };
};

const parseSchedule = (text: string | null): QuestionnaireSchedule | null => {
  if (text === null) return null;
  const value = fromJsonText(text, 'patients.questionnaire_schedule') as Partial<Record<string, unknown>> | null;
  return checkSchedule({
    bwsqDays: value?.bwsqDays as number,
    phq9Days: value?.phq9Days as number,
    gad7Days: value?.gad7Days as number,
  });
};

/** What the patient may correct on their record after creating it; a field left out is kept. */
export interface PatientChange {
  readonly timeZone?: string;
  readonly region?: string;
  readonly dateOfBirth?: string | null;
  readonly weightKg?: number | null;
}

export interface NewPatient {
  readonly userId: string;
  /** IANA time zone, e.g. `America/New_York`. */
  readonly timeZone: string;
  readonly region: string;
  readonly dateOfBirth?: string | null;
  readonly weightKg?: number | null;
}

const toPatient = (row: Selectable<PatientsTable>): Patient => ({
  id: row.id,
  createdAt: row.created_at,
  userId: row.user_id,
  timeZone: row.time_zone,
  region: row.region,
  dateOfBirth: row.date_of_birth,
  weightKg: row.weight_kg,
  questionnaireSchedule: parseSchedule(row.questionnaire_schedule),
});

/** Whether the runtime knows the IANA zone. */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export type PatientsRepository = ReturnType<typeof createPatientsRepository>;

export const createPatientsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => ({
  /** Fails with `PATIENT_EXISTS` if the user already has a patient record, `TIME_ZONE_UNKNOWN` for a zone that is not IANA. */
  async create(input: NewPatient): Promise<Result<Patient>> {
    if (!isTimeZone(input.timeZone)) {
      return err('TIME_ZONE_UNKNOWN', `"${input.timeZone}" is not a time zone.`, {
        field: 'timeZone',
        expected: 'an IANA time zone, e.g. Europe/London',
      });
    }
    const dateOfBirth = input.dateOfBirth ?? null;
    const weightKg = input.weightKg ?? null;
    const row = await db
      .insertInto('patients')
      .values({
        id: ids(),
        created_at: clock().toISOString(),
        user_id: input.userId,
        time_zone: input.timeZone,
        region: input.region,
        date_of_birth: dateOfBirth === null ? null : checkIsoDate(dateOfBirth, 'dateOfBirth'),
        weight_kg: weightKg === null ? null : checkFiniteNumber(weightKg, 'weightKg'),
      })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? ok(toPatient(row)) : err('PATIENT_EXISTS', 'This user already has a patient record.', { field: 'userId' });
  },

  async findById(id: string): Promise<Patient | undefined> {
    const row = await db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPatient(row);
  },

  async findByUserId(userId: string): Promise<Patient | undefined> {
    const row = await db.selectFrom('patients').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row && toPatient(row);
  },

  /**
   * Corrects the time zone, region, birth date or weight; fails with `TIME_ZONE_UNKNOWN` for a zone that
   * is not IANA and `PATIENT_NOT_FOUND` when there is no such patient.
   */
  async update(patientId: string, change: PatientChange): Promise<Result<Patient>> {
    if (change.timeZone !== undefined && !isTimeZone(change.timeZone)) {
      return err('TIME_ZONE_UNKNOWN', `"${change.timeZone}" is not a time zone.`, {
        field: 'timeZone',
        expected: 'an IANA time zone, e.g. Europe/London',
      });
    }
    const set: { time_zone?: string; region?: string; date_of_birth?: string | null; weight_kg?: number | null } = {};
    if (change.timeZone !== undefined) set.time_zone = change.timeZone;
    if (change.region !== undefined) set.region = change.region;
    if (change.dateOfBirth !== undefined)
      set.date_of_birth = change.dateOfBirth === null ? null : checkIsoDate(change.dateOfBirth, 'dateOfBirth');
    if (change.weightKg !== undefined)
      set.weight_kg = change.weightKg === null ? null : checkFiniteNumber(change.weightKg, 'weightKg');
    const row =
      Object.keys(set).length === 0
        ? await db.selectFrom('patients').selectAll().where('id', '=', patientId).executeTakeFirst()
        : await db.updateTable('patients').set(set).where('id', '=', patientId).returningAll().executeTakeFirst();
    return row
      ? ok(toPatient(row))
      : err('PATIENT_NOT_FOUND', 'There is no patient record with this id.', { field: 'patientId' });
  },

  /** Replaces the questionnaire schedule (null goes back to the defaults); undefined when there is no such patient. */
  async setQuestionnaireSchedule(patientId: string, schedule: QuestionnaireSchedule | null): Promise<Patient | undefined> {
    const row = await db
      .updateTable('patients')
      .set({ questionnaire_schedule: schedule === null ? null : toJsonText(checkSchedule(schedule)) })
      .where('id', '=', patientId)
      .returningAll()
      .executeTakeFirst();
    return row && toPatient(row);
  },
});
