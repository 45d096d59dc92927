import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import type { Database, PlansTable } from '../schema.js';
import type { Recorded } from './dose-logs.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface Plan {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  readonly title: string;
  /** The approved version in force, if any. */
  readonly activeVersionId: string | null;
  /** The number of the newest version (0 before the first). */
  readonly latestVersion: number;
}

export const toPlan = (row: Selectable<PlansTable>): Plan => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  title: row.title,
  activeVersionId: row.active_version_id,
  latestVersion: row.latest_version,
});

export type PlansRepository = ReturnType<typeof createPlansRepository>;

export interface NewPlan {
  readonly patientId: string;
  readonly title: string;
  /** The client's id for this creation; a retry with the same id is the same plan. */
  readonly clientId?: string | undefined;
}

export const createPlansRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  /**
   * A plan with no versions yet (add one with `planVersions.createNext`); with
   * a client id, once per (patient, client id), like dose logs: `INSERT … ON
   * CONFLICT DO NOTHING` and then a read, so a retry or two copies racing never
   * make a second plan, and `created` tells the caller whether it is theirs.
   */
  const record = async (input: NewPlan): Promise<Recorded<Plan>> => {
    const clientId = input.clientId ?? null;
    const insert = db.insertInto('plans').values({
      id: ids(),
      created_at: clock().toISOString(),
      patient_id: input.patientId,
      title: input.title,
      client_id: clientId,
      active_version_id: null,
      latest_version: 0,
    });
    if (clientId === null) return { value: toPlan(await insert.returningAll().executeTakeFirstOrThrow()), created: true };
    const inserted = await insert
      .onConflict((oc) => oc.columns(['patient_id', 'client_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { value: toPlan(inserted), created: true };
    const existing = await db
      .selectFrom('plans')
      .selectAll()
      .where('patient_id', '=', input.patientId)
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    return { value: toPlan(existing), created: false };
  };

  return {
    record,

    /** A new plan, always (no client id), with no versions yet: add one with `planVersions.createNext`. */
    async create(input: Omit<NewPlan, 'clientId'>): Promise<Plan> {
      return (await record(input)).value;
    },

    async findById(id: string): Promise<Plan | undefined> {
      const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPlan(row);
    },

    async listForPatient(patientId: string): Promise<readonly Plan[]> {
      const rows = await db
        .selectFrom('plans')
        .selectAll()
        .where('patient_id', '=', patientId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toPlan);
    },

    async rename(id: string, title: string): Promise<boolean> {
      const result = await db.updateTable('plans').set({ title }).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
};
