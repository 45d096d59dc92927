import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `work` in a transaction: a new one, or the caller's when the
 * repositories were built on a `Transaction` (Kysely cannot nest them).
 */
export const inTransaction = <DB, T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().execute((trx: Transaction<DB>) => work(trx));
