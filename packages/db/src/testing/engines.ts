/**
 * The engines the database tests run on: a SQLite file, SQLite :memory:, and PostgreSQL when
 * STEPDOWN_TEST_PG names a server (postgres://user:password@host:port/database). Each PostgreSQL
 * database lives in its own fresh schema (`t_<random>`), dropped afterwards, so parallel runs never
 * collide. Test support only: not part of the package build (tsconfig excludes src/testing).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createDatabase, type Engine, type Patient, type Repositories, type StepdownDatabase } from '../index.js';

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
