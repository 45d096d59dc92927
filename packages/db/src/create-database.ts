import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type DatabaseTarget, parseDatabaseUrl, redactDatabaseUrl } from './database-url.js';
import type { Engine } from './engine.js';
import { CurrentSchemaPostgresDialect } from './postgres-introspector.js';
import type { Database } from './schema.js';

export interface DatabaseConfig {
  /** A SQLite file path (its folder is created), `:memory:`, or `postgres://…`. */
  readonly url: string;
  /**
   * PostgreSQL only: the schema to work in (`search_path`, set on every pool
   * connection). Default: the server's default (`public`). Used by the tests
   * to give each run a private schema.
   */
  readonly schema?: string;
  /** PostgreSQL only: the most connections the pool opens. Default 10. */
  readonly poolSize?: number;
  /** SQLite only: how long a write waits for a lock held by another process. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
}

export interface StepdownDatabase {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** Closes the SQLite file or ends the PostgreSQL pool. Safe to call twice. */
  close(): Promise<void>;
}

export class DatabaseConfigError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseConfigError';
  }
}

/**
 * Reuses prepared statements by SQL text: the same few dozen queries run on
 * every request, and preparing one costs more than running it. Safe because
 * Kysely's SQLite driver runs one query at a time on its single connection.
 */
const withStatementCache = (sqlite: SqliteDatabase.Database, limit = 500) => {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (statement === undefined) {
        statement = sqlite.prepare(text);
        if (statements.size >= limit) statements.delete(statements.keys().next().value as string);
        statements.set(text, statement);
      }
      return statement;
    },
  };
};

const openSqlite = (target: Extract<DatabaseTarget, { engine: 'sqlite' }>, config: DatabaseConfig): Kysely<Database> => {
  const memory = target.filename === ':memory:';
  let sqlite: SqliteDatabase.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(resolve(target.filename)), { recursive: true });
    sqlite = new SqliteDatabase(target.filename);
    // Write-ahead logging lets readers carry on while one writer writes; it needs a file.
    if (!memory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(config.busyTimeoutMs ?? 5000))}`);
    // Safe with WAL: a power cut may lose the last commits, never corrupt the file.
    if (!memory) sqlite.pragma('synchronous = NORMAL');
  } catch (cause) {
    sqlite?.close();
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DatabaseConfigError(`Cannot open the SQLite database "${target.filename}": ${reason}`, 'DATABASE_OPEN_FAILED', {
      cause,
    });
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
};

const openPostgres = (target: Extract<DatabaseTarget, { engine: 'postgres' }>, config: DatabaseConfig): Kysely<Database> => {
  const pool = new pg.Pool({ connectionString: target.connectionString, max: config.poolSize ?? 10 });
  // An idle client that loses its server emits 'error' on the pool; without a
  // listener that would crash the process. The next query reconnects.
  pool.on('error', () => {});
  const setSearchPath =
    config.schema === undefined ? undefined : CompiledQuery.raw(`set search_path to "${config.schema.replaceAll('"', '""')}"`);
  return new Kysely<Database>({
    dialect: new CurrentSchemaPostgresDialect({
      pool,
      ...(setSearchPath === undefined
        ? {}
        : {
            onCreateConnection: async (connection) => {
              await connection.executeQuery(setSearchPath);
            },
          }),
    }),
  });
};

/**
 * Opens the database named by `config.url` (see `parseDatabaseUrl`). Nothing
 * is migrated: call `migrate(db)` next. Throws `DatabaseConfigError` with a
 * clear message for a URL it cannot use or a SQLite file it cannot open;
 * PostgreSQL connects lazily, so a wrong host or password surfaces on the
 * first query (e.g. `migrate`).
 */
export const createDatabase = (config: DatabaseConfig): StepdownDatabase => {
  const parsed = parseDatabaseUrl(config.url);
  if (!parsed.ok) {
    throw new DatabaseConfigError(
      `Invalid database URL "${redactDatabaseUrl(config.url)}": ${parsed.error.message} Expected ${parsed.error.expected ?? 'a database URL'}.`,
      parsed.error.code,
    );
  }
  const target = parsed.value;
  if (target.engine === 'sqlite' && (config.schema !== undefined || config.poolSize !== undefined)) {
    throw new DatabaseConfigError('The schema and poolSize options apply to PostgreSQL only.', 'DATABASE_OPTION_ENGINE');
  }
  if (config.schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(config.schema)) {
    throw new DatabaseConfigError(
      `Invalid PostgreSQL schema name "${config.schema}": use letters, digits and _ (at most 63).`,
      'DATABASE_SCHEMA_INVALID',
    );
  }
  const db = target.engine === 'sqlite' ? openSqlite(target, config) : openPostgres(target, config);
  let closing: Promise<void> | undefined;
  return {
    db,
    engine: target.engine,
    close: () => {
      closing ??= db.destroy();
      return closing;
    },
  };
};
