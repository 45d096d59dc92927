import type { Kysely, Migration } from 'kysely';

/**
 * A client id on plan versions, so a retried "new version" request makes one
 * draft per (plan, client id), like 0004 did for plans and hold requests.
 * Numbered 0006 (0005 is taken by another change); names only need to sort in
 * the order they run, so a gap is fine. Nullable (versions made by decisions
 * and older rows have none; NULLs are distinct in a unique index on both
 * engines) and a plain unique index, as in 0004.
 */
export const versionClientIds: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('plan_versions').addColumn('client_id', 'text').execute();
    await db.schema
      .createIndex('plan_versions_plan_client_unique')
      .on('plan_versions')
      .columns(['plan_id', 'client_id'])
      .unique()
      .execute();
  },
  down: async (db: Kysely<unknown>) => {
    // SQLite refuses to drop a column an index still names.
    await db.schema.dropIndex('plan_versions_plan_client_unique').execute();
    await db.schema.alterTable('plan_versions').dropColumn('client_id').execute();
  },
};
