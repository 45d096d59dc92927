import type { Kysely, Selectable } from 'kysely';
import { type Instant, toInstant } from '../instant.js';
import type { Database, SessionsTable } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface Session {
  readonly id: string;
  readonly createdAt: Instant;
  readonly userId: string;
  readonly tokenHash: string;
  readonly expiresAt: Instant;
  readonly revokedAt: Instant | null;
  readonly lastSeenAt: Instant;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export interface NewSession {
  readonly userId: string;
  /** A hash of the bearer token (the caller hashes; the token is never stored). */
  readonly tokenHash: string;
  readonly expiresAt: Date | Instant;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
}

export const toSession = (row: Selectable<SessionsTable>): Session => ({
  id: row.id,
  createdAt: row.created_at,
  userId: row.user_id,
  tokenHash: row.token_hash,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  lastSeenAt: row.last_seen_at,
  ip: row.ip,
  userAgent: row.user_agent,
});

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;

export const createSessionsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  return {
    async create(input: NewSession): Promise<Session> {
      const at = now();
      const row = await db
        .insertInto('sessions')
        .values({
          id: ids(),
          created_at: at,
          user_id: input.userId,
          token_hash: input.tokenHash,
          expires_at: toInstant(input.expiresAt),
          revoked_at: null,
          last_seen_at: at,
          ip: input.ip ?? null,
          user_agent: input.userAgent ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSession(row);
    },

    /** The session for this token if it is not revoked, not expired, and its user is not deleted. */
    async findActiveByTokenHash(tokenHash: string): Promise<Session | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('sessions')
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.expires_at', '>', now())
        .where('users.deleted_at', 'is', null)
        .executeTakeFirst();
      return row && toSession(row);
    },

    /** False if the session does not exist or was already revoked. */
    async revoke(id: string): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Revokes every live session of the user (e.g. after a password change), optionally keeping one. Returns how many. */
    async revokeAllForUser(userId: string, options: { readonly except?: string } = {}): Promise<number> {
      let query = db
        .updateTable('sessions')
        .set({ revoked_at: now() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null);
      if (options.except !== undefined) query = query.where('id', '<>', options.except);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Records activity now; optionally slides the expiry (never onto a revoked session). */
    async touch(id: string, options: { readonly expiresAt?: Date | Instant } = {}): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({
          last_seen_at: now(),
          ...(options.expiresAt === undefined ? {} : { expires_at: toInstant(options.expiresAt) }),
        })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
};
