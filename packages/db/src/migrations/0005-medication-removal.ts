import type { Kysely, Migration } from 'kysely';

/**
 * When a patient removed a medication from their record (a mistyped or
 * stopped entry). A soft removal: the row stays, as clinical history, and the
 * record's current list leaves it out. Null: still on the record. Portable
 * schema-builder calls only, like 0001.
 */
export const medicationRemoval: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('medications').addColumn('removed_at', 'text').execute();
  },
  down: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('medications').dropColumn('removed_at').execute();
  },
};
