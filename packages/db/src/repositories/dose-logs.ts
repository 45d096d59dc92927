import type { Micrograms } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import { checkIsoDate, checkLocalTime, checkMicrograms } from '../column-values.js';
import { type Instant, toInstant } from '../instant.js';
import type { Database, DoseLogStatus, DoseLogsTable } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface DoseLog {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  readonly clientId: string;
  readonly planVersionId: string | null;
  /** The local date the dose belongs to, `YYYY-MM-DD`. */
  readonly date: string;
  /** The planned time of day, `HH:MM`, or null for an unplanned dose. */
  readonly plannedTime: string | null;
  readonly drug: string;
  readonly amountUg: Micrograms;
  readonly status: DoseLogStatus;
  readonly takenAt: Instant | null;
  readonly note: string | null;
}

export interface NewDoseLog {
  readonly patientId: string;
  /** The client's id for this entry; a retry with the same id is the same entry. */
  readonly clientId: string;
  readonly planVersionId?: string | null;
  readonly date: string;
  readonly plannedTime?: string | null;
  readonly drug: string;
  /** Whole micrograms. */
  readonly amountUg: number;
  readonly status: DoseLogStatus;
  readonly takenAt?: Date | Instant | null;
  readonly note?: string | null;
}

export interface Recorded<T> {
  readonly value: T;
  /** False when the client id was already recorded: `value` is the row stored first, unchanged. */
  readonly created: boolean;
}

export const toDoseLog = (row: Selectable<DoseLogsTable>): DoseLog => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  clientId: row.client_id,
  planVersionId: row.plan_version_id,
  date: row.date,
  plannedTime: row.planned_time,
  drug: row.drug,
  amountUg: row.amount_ug as Micrograms,
  status: row.status,
  takenAt: row.taken_at,
  note: row.note,
});

export type DoseLogsRepository = ReturnType<typeof createDoseLogsRepository>;

export const createDoseLogsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => ({
  /**
   * Records a dose once per (patient, client id). `INSERT … ON CONFLICT DO
   * NOTHING` and then a read: a retry, or two copies of the request racing on
   * different connections, never make a second row; every caller gets the row
   * that was stored first, and `created` tells them whether it was theirs.
   */
  async record(input: NewDoseLog): Promise<Recorded<DoseLog>> {
    const takenAt = input.takenAt ?? null;
    const plannedTime = input.plannedTime ?? null;
    const inserted = await db
      .insertInto('dose_logs')
      .values({
        id: ids(),
        created_at: clock().toISOString(),
        patient_id: input.patientId,
        client_id: input.clientId,
        plan_version_id: input.planVersionId ?? null,
        date: checkIsoDate(input.date, 'date'),
        planned_time: plannedTime === null ? null : checkLocalTime(plannedTime, 'plannedTime'),
        drug: input.drug,
        amount_ug: checkMicrograms(input.amountUg, 'amountUg'),
        status: input.status,
        taken_at: takenAt === null ? null : toInstant(takenAt),
        note: input.note ?? null,
      })
      .onConflict((oc) => oc.columns(['patient_id', 'client_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { value: toDoseLog(inserted), created: true };
    const existing = await db
      .selectFrom('dose_logs')
      .selectAll()
      .where('patient_id', '=', input.patientId)
      .where('client_id', '=', input.clientId)
      .executeTakeFirstOrThrow();
    return { value: toDoseLog(existing), created: false };
  },

  async findById(id: string): Promise<DoseLog | undefined> {
    const row = await db.selectFrom('dose_logs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toDoseLog(row);
  },

  /** The patient's logs with `from ≤ date ≤ to` (local dates), by date, then planned time (unplanned last), then entry order. */
  async listByDateRange(patientId: string, range: { readonly from: string; readonly to: string }): Promise<readonly DoseLog[]> {
    const rows = await db
      .selectFrom('dose_logs')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('date', '>=', checkIsoDate(range.from, 'from'))
      .where('date', '<=', checkIsoDate(range.to, 'to'))
      .orderBy('date')
      // NULLS LAST spelled portably: SQLite sorts NULL first, PostgreSQL last.
      .orderBy((eb) => eb.case().when('planned_time', 'is', null).then(1).else(0).end())
      .orderBy('planned_time')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toDoseLog);
  },
});
