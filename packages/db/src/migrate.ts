import { type Kysely, type MigrationResult, Migrator, sql } from 'kysely';
import { engineOf } from './engine.js';
import { migrations } from './migrations/migrations.js';
import type { Database } from './schema.js';

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: readonly MigrationResult[],
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

const migrator = async (db: Kysely<Database>): Promise<Migrator> => {
  // Kysely looks for its bookkeeping tables in every schema unless it is told
  // which one; on PostgreSQL name the current schema so that two databases in
  // different schemas (e.g. parallel test runs) never see each other's.
  const schema =
    engineOf(db) === 'postgres'
      ? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  if (engineOf(db) === 'postgres' && !schema) {
    throw new Error('PostgreSQL has no current schema: the search_path names no schema that exists');
  }
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
};

/**
 * Brings the schema up to date. Safe to run on every start: migrations already
 * applied are skipped (the result is then empty), and concurrent runs wait for
 * each other. Returns what ran; throws `MigrationError` if one failed (on both
 * engines the failed migration is rolled back).
 */
export const migrate = async (db: Kysely<Database>): Promise<readonly MigrationResult[]> => {
  const { error, results = [] } = await (await migrator(db)).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Database migration ${failed} failed: ${reason}`, results, { cause: error });
  }
  return results;
};

/** Undoes the latest applied migration (development and tests only). */
export const migrateDown = async (db: Kysely<Database>): Promise<readonly MigrationResult[]> => {
  const { error, results = [] } = await (await migrator(db)).migrateDown();
  if (error !== undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Database migration down failed: ${reason}`, results, { cause: error });
  }
  return results;
};
