import { randomBytes, randomFillSync } from 'node:crypto';
import { createDatabase, createRepositories, createUuidV7, migrate, type Repositories } from '@stepdown/db';
import { sql } from 'kysely';

export interface TestDatabase {
  readonly engine: 'sqlite' | 'postgres';
  readonly database: ReturnType<typeof createDatabase>;
  readonly repositories: Repositories;
  readonly dispose: () => Promise<void>;
}

/** The engines the API suite runs on: SQLite always, PostgreSQL when STEPDOWN_TEST_PG is set. */
export const ENGINES: readonly ('sqlite' | 'postgres')[] = [
  'sqlite',
  ...(process.env.STEPDOWN_TEST_PG ? (['postgres'] as const) : []),
];

/**
 * A fresh, migrated database — SQLite in memory, or a private schema on the
 * PostgreSQL test server — with repositories on the test's clock.
 */
export const openTestDatabase = async (engine: 'sqlite' | 'postgres', clock: () => Date): Promise<TestDatabase> => {
  const deps = { clock, ids: createUuidV7({ clock, random: (bytes) => randomFillSync(bytes) }) };
  if (engine === 'sqlite') {
    const database = createDatabase({ url: ':memory:' });
    await migrate(database.db);
    return { engine, database, repositories: createRepositories(database.db, deps), dispose: () => database.close() };
  }
  const url = process.env.STEPDOWN_TEST_PG as string;
  const schema = `api_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ url });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const database = createDatabase({ url, schema });
  await migrate(database.db);
  return {
    engine,
    database,
    repositories: createRepositories(database.db, deps),
    dispose: async () => {
      await database.close();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
};
