import type { Kysely, Migration } from 'kysely';

/**
 * A client id on hold requests (`adjustment_suggestions`) and plans, so a
 * retried request is recorded once per (patient, client id), like dose logs.
 * Nullable: rule suggestions and older rows have none, and both SQLite and
 * PostgreSQL treat NULLs as distinct in a unique index, so any number of rows
 * may go without one. A plain unique index (not partial) so `ON CONFLICT
 * (patient_id, client_id)` can name it on both engines. Portable schema-builder
 * calls only, like 0001.
 */
const TABLES = ['adjustment_suggestions', 'plans'] as const;

export const clientIds: Migration = {
  up: async (db: Kysely<unknown>) => {
    for (const table of TABLES) {
      await db.schema.alterTable(table).addColumn('client_id', 'text').execute();
      await db.schema
        .createIndex(`${table}_patient_client_unique`)
        .on(table)
        .columns(['patient_id', 'client_id'])
        .unique()
        .execute();
    }
  },
  down: async (db: Kysely<unknown>) => {
    for (const table of TABLES) {
      // SQLite refuses to drop a column an index still names.
      await db.schema.dropIndex(`${table}_patient_client_unique`).execute();
      await db.schema.alterTable(table).dropColumn('client_id').execute();
    }
  },
};
