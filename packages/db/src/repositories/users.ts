import { err, ok, type Result } from '@stepdown/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import { addMilliseconds, type Instant } from '../instant.js';
import type { Database, UserRole, UsersTable } from '../schema.js';
import { inTransaction } from './in-transaction.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface User {
  readonly id: string;
  readonly createdAt: Instant;
  readonly email: string;
  readonly passwordHash: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly locale: string;
  readonly failedLogins: number;
  readonly lockedUntil: Instant | null;
  readonly deletedAt: Instant | null;
}

export interface NewUser {
  readonly email: string;
  readonly passwordHash: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly locale: string;
}

export interface LockoutPolicy {
  /** Failed logins in a row that lock the account. */
  readonly maxAttempts: number;
  /** How long the lock lasts. */
  readonly lockForMs: number;
}

export interface FailedLoginOutcome {
  /** Failures counted since the last success or lock (0 right after a lock). */
  readonly failedLogins: number;
  readonly lockedUntil: Instant | null;
  /** True when this failure locked the account. */
  readonly lockedNow: boolean;
}

/** Emails are compared and stored trimmed and lower-cased. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export const toUser = (row: Selectable<UsersTable>): User => ({
  id: row.id,
  createdAt: row.created_at,
  email: row.email,
  passwordHash: row.password_hash,
  displayName: row.display_name,
  role: row.role,
  locale: row.locale,
  failedLogins: row.failed_logins,
  lockedUntil: row.locked_until,
  deletedAt: row.deleted_at,
});

export type UsersRepository = ReturnType<typeof createUsersRepository>;

export const createUsersRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  return {
    /** Fails with `EMAIL_TAKEN` when the (normalised) email is already used, deleted accounts included. */
    async create(input: NewUser): Promise<Result<User>> {
      const row = await db
        .insertInto('users')
        .values({
          id: ids(),
          created_at: now(),
          email: normaliseEmail(input.email),
          password_hash: input.passwordHash,
          display_name: input.displayName,
          role: input.role,
          locale: input.locale,
          failed_logins: 0,
          locked_until: null,
          deleted_at: null,
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .returningAll()
        .executeTakeFirst();
      return row ? ok(toUser(row)) : err('EMAIL_TAKEN', 'An account with this email already exists.', { field: 'email' });
    },

    /** The live account with this email; deleted accounts are not found. */
    async findByEmail(email: string): Promise<User | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', normaliseEmail(email))
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row && toUser(row);
    },

    /** The account, deleted or not (check `deletedAt`). */
    async findById(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    /** Whether the account is locked now. */
    isLocked(user: Pick<User, 'lockedUntil'>): boolean {
      return user.lockedUntil !== null && user.lockedUntil > now();
    },

    /**
     * Counts a failed login in one atomic statement; the failure that reaches
     * `maxAttempts` locks the account for `lockForMs` and restarts the count.
     * Undefined if there is no such user.
     */
    async recordFailedLogin(id: string, policy: LockoutPolicy): Promise<FailedLoginOutcome | undefined> {
      if (!(Number.isSafeInteger(policy.maxAttempts) && policy.maxAttempts >= 1)) throw new RangeError('maxAttempts must be ≥ 1');
      const lockUntil = addMilliseconds(clock(), policy.lockForMs);
      const reachesLimit = sql<boolean>`failed_logins + 1 >= ${policy.maxAttempts}`;
      const row = await db
        .updateTable('users')
        .set({
          failed_logins: sql<number>`case when ${reachesLimit} then 0 else failed_logins + 1 end`,
          locked_until: sql<string | null>`case when ${reachesLimit} then ${lockUntil} else locked_until end`,
        })
        .where('id', '=', id)
        .returning(['failed_logins', 'locked_until'])
        .executeTakeFirst();
      if (!row) return undefined;
      return { failedLogins: row.failed_logins, lockedUntil: row.locked_until, lockedNow: row.locked_until === lockUntil };
    },

    /** Clears the failure count and any lock. */
    async recordSuccessfulLogin(id: string): Promise<void> {
      await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
    },

    async setPasswordHash(id: string, passwordHash: string): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Marks the account deleted and revokes its sessions, together. The row
     * stays (records and the audit log point at it); the email stays taken.
     * False if there is no live account with this id.
     */
    async markDeleted(id: string): Promise<boolean> {
      return inTransaction(db, async (trx) => {
        const at = now();
        const result = await trx
          .updateTable('users')
          .set({ deleted_at: at })
          .where('id', '=', id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await trx
          .updateTable('sessions')
          .set({ revoked_at: at })
          .where('user_id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
        return true;
      });
    },
  };
};
