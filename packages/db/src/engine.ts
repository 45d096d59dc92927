import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/** Which engine a Kysely instance (or a transaction on it) talks to. */
export const engineOf = <DB>(db: Kysely<DB>): Engine => {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return 'postgres';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new Error('@stepdown/db supports SQLite and PostgreSQL only');
};
