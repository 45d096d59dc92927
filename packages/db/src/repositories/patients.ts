import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import { checkFiniteNumber, checkIsoDate } from '../column-values.js';
import type { Instant } from '../instant.js';
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
});
