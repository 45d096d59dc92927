/**
 * The engines the database tests run on: a SQLite file, SQLite :memory:, and PostgreSQL when
 * STEPDOWN_TEST_PG names a server (postgres://user:password@host:port/database). Each PostgreSQL
 * database lives in its own fresh schema (`t_<random>`), dropped afterwards, so parallel runs never
 * collide. Test support only: not part of the package build (tsconfig excludes src/testing).
 */
import { randomBytes, randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  createDatabase,
  createRepositories,
  createUuidV7,
  type Engine,
  migrate,
  migrateDown,
  type Patient,
  type Repositories,
  type StepdownDatabase,
} from '../index.js';

export interface Opened {
  readonly handle: StepdownDatabase;
  /** Closes the database and removes what the test made (file or schema). */
  dispose(): Promise<void>;
}

export interface EngineCase {
  readonly name: string;
  readonly engine: Engine;
  /** A new, empty, unmigrated database. */
  open(): Promise<Opened>;
}

export const sqliteFile: EngineCase = {
  name: 'sqlite (file)',
  engine: 'sqlite',
  open: async () => {
    const folder = mkdtempSync(join(tmpdir(), 'stepdown-db-'));
    // A folder that does not exist yet: createDatabase makes it.
    const handle = createDatabase({ url: join(folder, 'nested', 'stepdown.db') });
    return {
      handle,
      dispose: async () => {
        await handle.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

export const sqliteMemory: EngineCase = {
  name: 'sqlite (:memory:)',
  engine: 'sqlite',
  open: async () => {
    const handle = createDatabase({ url: ':memory:' });
    return { handle, dispose: () => handle.close() };
  },
};

export const postgres = (url: string): EngineCase => ({
  name: 'postgres',
  engine: 'postgres',
  open: async () => {
    const schema = `t_${randomBytes(8).toString('hex')}`;
    const handle = createDatabase({ url, schema });
    await sql`create schema ${sql.id(schema)}`.execute(handle.db);
    return {
      handle,
      dispose: async () => {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db);
        await handle.close();
      },
    };
  },
});

/** SQLite :memory: always (and a SQLite file when asked), PostgreSQL when STEPDOWN_TEST_PG is set. */
export const testEngines = (options: { readonly withFile?: boolean } = {}): readonly EngineCase[] => {
  const pgUrl = process.env.STEPDOWN_TEST_PG;
  return [...(options.withFile ? [sqliteFile] : []), sqliteMemory, ...(pgUrl ? [postgres(pgUrl)] : [])];
};

/** A patient account and record, for tests that need one. */
export const newTestPatient = async (repos: Repositories, unique: string): Promise<Patient> => {
  const user = await repos.users.create({
    email: `patient-${unique}@example.org`,
    passwordHash: 'scrypt$test',
    displayName: 'Pat',
    role: 'patient',
    locale: 'en',
  });
  if (!user.ok) throw new Error(user.error.message);
  const patient = await repos.patients.create({ userId: user.value.id, timeZone: 'Europe/London', region: 'UK' });
  if (!patient.ok) throw new Error(patient.error.message);
  return patient.value;
};

export interface MigratedDatabase {
  /** The open database; only valid inside tests and hooks (it is opened in `beforeAll`). */
  readonly handle: () => StepdownDatabase;
  /** Every repository over that database, on the clock given and `ids`. */
  readonly repos: () => Repositories;
  /** UUIDv7 ids on the clock given; usable at once (it needs no database). */
  readonly ids: () => string;
}

/**
 * One migrated database for a `describe` block: opened and migrated in `beforeAll`, disposed in
 * `afterAll`. The clock is read on every call, so a test may move the time it returns.
 */
export const useMigratedDatabase = (engineCase: EngineCase, clock: () => Date): MigratedDatabase => {
  let opened: Opened | undefined;
  let repos: Repositories | undefined;
  const ids = createUuidV7({ clock, random: (bytes) => randomFillSync(bytes) });

  beforeAll(async () => {
    opened = await engineCase.open();
    await migrate(opened.handle.db);
    repos = createRepositories(opened.handle.db, { clock, ids });
  });
  afterAll(async () => {
    await opened?.dispose();
  });

  // Read at collection time, before beforeAll ran, these would be undefined: fail loudly instead.
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useMigratedDatabase: use the database inside a test or hook');
    return value;
  };
  return { handle: () => ready(opened).handle, repos: () => ready(repos), ids };
};

/** The tables in the database's own schema (PostgreSQL introspection lists every schema). */
const tablesIn = async (handle: StepdownDatabase) => {
  const tables = await handle.db.introspection.getTables();
  if (handle.engine === 'sqlite') return tables;
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]?.s;
  return tables.filter((t) => t.schema === schema);
};

/** Table names in the database's own schema. */
export const tableNamesOf = async (handle: StepdownDatabase): Promise<string[]> => (await tablesIn(handle)).map((t) => t.name);

/** Asserts each `table` or `table.column` is there (or, with `present` false, is not). */
const expectSchema = async (handle: StepdownDatabase, items: readonly string[], present: boolean) => {
  const tables = await tablesIn(handle);
  for (const item of items) {
    const [table, column] = item.split('.');
    const names =
      column === undefined ? tables.map((t) => t.name) : (tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? []);
    const wanted = column ?? table;
    if (present) expect(names, item).toContain(wanted);
    else expect(names, item).not.toContain(wanted);
  }
};

export interface MigrationRoundTrip {
  /** The migration's name, e.g. `0004-client-ids`. */
  readonly migration: string;
  /** What it adds, as `table` or `table.column`: there after migrating, gone once it is undone. */
  readonly adds?: readonly string[];
  /** What must still be there once it is undone (the step-down stopped at the right migration). */
  readonly keeps?: readonly string[];
  /** What must be back after migrating again (default: all of `adds`). */
  readonly restores?: readonly string[];
  /** More checks on the database after migrating again. */
  readonly afterwards?: (handle: StepdownDatabase) => Promise<void>;
}

/**
 * On a fresh database: migrate, step down one migration at a time (later ones first) until
 * `migration` has been undone, then migrate again, checking the schema at each stage.
 */
export const expectMigrationReversible = async (engineCase: EngineCase, roundTrip: MigrationRoundTrip): Promise<void> => {
  const { migration, adds = [], keeps = [], restores = adds, afterwards } = roundTrip;
  const fresh = await engineCase.open();
  try {
    await migrate(fresh.handle.db);
    await expectSchema(fresh.handle, adds, true);
    let undone = false;
    for (let step = 0; step < 50 && !undone; step++) {
      const down = await migrateDown(fresh.handle.db);
      undone = down.some((r) => r.migrationName === migration && r.status === 'Success');
    }
    await expectSchema(fresh.handle, adds, false);
    await expectSchema(fresh.handle, keeps, true);
    expect((await migrate(fresh.handle.db)).map((r) => r.migrationName)).toContain(migration);
    await expectSchema(fresh.handle, restores, true);
    await afterwards?.(fresh.handle);
  } finally {
    await fresh.dispose();
  }
};
