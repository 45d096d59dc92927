import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import type { Database, PlansTable } from '../schema.js';
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

export const createPlansRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => ({
  /** A plan with no versions yet: add one with `planVersions.createNext`. */
  async create(input: { readonly patientId: string; readonly title: string }): Promise<Plan> {
    const row = await db
      .insertInto('plans')
      .values({
        id: ids(),
        created_at: clock().toISOString(),
        patient_id: input.patientId,
        title: input.title,
        active_version_id: null,
        latest_version: 0,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPlan(row);
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
});
