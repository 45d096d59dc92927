import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { ApprovalState, Database, PlanVersionsTable } from '../schema.js';
import type { Recorded } from './dose-logs.js';
import { inTransaction } from './in-transaction.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface PlanVersion {
  readonly id: string;
  readonly createdAt: Instant;
  readonly planId: string;
  /** 1, 2, 3… within the plan, without gaps. */
  readonly version: number;
  /** The taper plan as the core made it (parsed JSON, not validated here). */
  readonly plan: unknown;
  /** The inputs the plan was made from. */
  readonly input: unknown;
  readonly authorUserId: string;
  readonly reason: string;
  readonly approvalState: ApprovalState;
  /** Who approved or rejected it. */
  readonly approvedBy: string | null;
  /** When it was approved or rejected. */
  readonly approvedAt: Instant | null;
}

export interface NewPlanVersion {
  readonly planId: string;
  readonly plan: unknown;
  readonly input: unknown;
  readonly authorUserId: string;
  readonly reason: string;
  /** The client's id for this proposal; a retry with the same id on the same plan is the same version. */
  readonly clientId?: string | undefined;
}

export const toPlanVersion = (row: Selectable<PlanVersionsTable>): PlanVersion => ({
  id: row.id,
  createdAt: row.created_at,
  planId: row.plan_id,
  version: row.version,
  plan: fromJsonText(row.plan_json, 'plan_versions.plan_json'),
  input: fromJsonText(row.input_json, 'plan_versions.input_json'),
  authorUserId: row.author_user_id,
  reason: row.reason,
  approvalState: row.approval_state,
  approvedBy: row.approved_by,
  approvedAt: row.approved_at,
});

export type PlanVersionsRepository = ReturnType<typeof createPlanVersionsRepository>;

export const createPlanVersionsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  const findById = async (id: string): Promise<PlanVersion | undefined> => {
    const row = await db.selectFrom('plan_versions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPlanVersion(row);
  };

  /** Moves a draft to approved or rejected, in one transaction with the plan's active version. */
  const decide = async (versionId: string, state: 'approved' | 'rejected', by: string): Promise<Result<PlanVersion>> =>
    inTransaction(db, async (trx) => {
      // A no-op write locks the plan row (PostgreSQL), so two decisions on one plan take turns.
      await trx
        .updateTable('plans')
        .set((eb) => ({ latest_version: eb.ref('latest_version') }))
        .where('id', '=', (eb) => eb.selectFrom('plan_versions').select('plan_id').where('id', '=', versionId))
        .execute();
      const current = await trx
        .selectFrom('plan_versions')
        .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
        .leftJoin('plan_versions as active', 'active.id', 'plans.active_version_id')
        .select(['plan_versions.approval_state', 'plan_versions.version', 'active.version as active_version'])
        .where('plan_versions.id', '=', versionId)
        .executeTakeFirst();
      if (!current) return err('PLAN_VERSION_NOT_FOUND', 'No such plan version.', { field: 'versionId' });
      if (current.approval_state !== 'draft') {
        return err('PLAN_VERSION_DECIDED', `This version was already ${current.approval_state}.`, { field: 'versionId' });
      }
      if (state === 'approved' && current.active_version !== null && current.active_version > current.version) {
        return err('PLAN_VERSION_SUPERSEDED', `A later version (${current.active_version}) is already in force.`, {
          field: 'versionId',
        });
      }
      const row = await trx
        .updateTable('plan_versions')
        .set({ approval_state: state, approved_by: by, approved_at: now() })
        .where('id', '=', versionId)
        .where('approval_state', '=', 'draft')
        .returningAll()
        .executeTakeFirst();
      if (!row) return err('PLAN_VERSION_DECIDED', 'This version was decided meanwhile.', { field: 'versionId' });
      if (state === 'approved') {
        await trx.updateTable('plans').set({ active_version_id: row.id }).where('id', '=', row.plan_id).execute();
      }
      return ok(toPlanVersion(row));
    });

  /**
   * Adds the plan's next version as a draft, numbered by bumping
   * `plans.latest_version` in the same transaction (which locks the plan row on
   * PostgreSQL: concurrent calls get 1, 2, 3… with no gaps). With a client id,
   * once per (plan, client id): the plan row is locked first, then a version
   * with that id is looked for, so a retry or racing copies return the stored
   * draft (`created: false`) without using up a number; the unique index is the
   * backstop. Fails with `PLAN_NOT_FOUND`.
   */
  const recordNext = async (input: NewPlanVersion): Promise<Result<Recorded<PlanVersion>>> => {
    const planJson = toJsonText(input.plan);
    const inputJson = toJsonText(input.input);
    const clientId = input.clientId ?? null;
    return inTransaction(db, async (trx) => {
      if (clientId !== null) {
        // A no-op write takes the plan row's lock, so copies of one request take turns.
        const locked = await trx
          .updateTable('plans')
          .set((eb) => ({ latest_version: eb.ref('latest_version') }))
          .where('id', '=', input.planId)
          .executeTakeFirst();
        if (Number(locked.numUpdatedRows) === 0) return err('PLAN_NOT_FOUND', 'No such plan.', { field: 'planId' });
        const existing = await trx
          .selectFrom('plan_versions')
          .selectAll()
          .where('plan_id', '=', input.planId)
          .where('client_id', '=', clientId)
          .executeTakeFirst();
        if (existing) return ok({ value: toPlanVersion(existing), created: false });
      }
      const bumped = await trx
        .updateTable('plans')
        .set((eb) => ({ latest_version: eb('latest_version', '+', 1) }))
        .where('id', '=', input.planId)
        .returning('latest_version')
        .executeTakeFirst();
      if (!bumped) return err('PLAN_NOT_FOUND', 'No such plan.', { field: 'planId' });
      const row = await trx
        .insertInto('plan_versions')
        .values({
          id: ids(),
          created_at: now(),
          plan_id: input.planId,
          version: bumped.latest_version,
          client_id: clientId,
          plan_json: planJson,
          input_json: inputJson,
          author_user_id: input.authorUserId,
          reason: input.reason,
          approval_state: 'draft',
          approved_by: null,
          approved_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return ok({ value: toPlanVersion(row), created: true });
    });
  };

  return {
    findById,

    /**
     * Adds the plan's next version as a draft. The number comes from bumping
     * `plans.latest_version` in the same transaction, which also locks the plan
     * row on PostgreSQL: concurrent calls get 1, 2, 3… with no gaps and no
     * duplicates. Fails with `PLAN_NOT_FOUND`.
     */
    async createNext(input: Omit<NewPlanVersion, 'clientId'>): Promise<Result<PlanVersion>> {
      const recorded = await recordNext(input);
      return recorded.ok ? ok(recorded.value.value) : recorded;
    },

    recordNext,

    /** Approves a draft and makes it the plan's active version. */
    approve: (versionId: string, by: string): Promise<Result<PlanVersion>> => decide(versionId, 'approved', by),

    /** Rejects a draft; the active version does not change. */
    reject: (versionId: string, by: string): Promise<Result<PlanVersion>> => decide(versionId, 'rejected', by),

    /** The version in force, or undefined if none has been approved. */
    async activeVersion(planId: string): Promise<PlanVersion | undefined> {
      const row = await db
        .selectFrom('plans')
        .innerJoin('plan_versions', 'plan_versions.id', 'plans.active_version_id')
        .selectAll('plan_versions')
        .where('plans.id', '=', planId)
        .executeTakeFirst();
      return row && toPlanVersion(row);
    },

    async listForPlan(planId: string): Promise<readonly PlanVersion[]> {
      const rows = await db.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId).orderBy('version').execute();
      return rows.map(toPlanVersion);
    },
  };
};
