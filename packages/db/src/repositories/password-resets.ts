import type { Kysely, Selectable } from 'kysely';
import { type Instant, toInstant } from '../instant.js';
import type { Database, PasswordResetsTable } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface PasswordReset {
  readonly id: string;
  readonly createdAt: Instant;
  readonly userId: string;
  readonly expiresAt: Instant;
  readonly usedAt: Instant | null;
}

const toPasswordReset = (row: Selectable<PasswordResetsTable>): PasswordReset => ({
  id: row.id,
  createdAt: row.created_at,
  userId: row.user_id,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

export type PasswordResetsRepository = ReturnType<typeof createPasswordResetsRepository>;

export const createPasswordResetsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  return {
    async create(input: {
      readonly userId: string;
      readonly tokenHash: string;
      readonly expiresAt: Date | Instant;
    }): Promise<PasswordReset> {
      const row = await db
        .insertInto('password_resets')
        .values({
          id: ids(),
          created_at: now(),
          user_id: input.userId,
          token_hash: input.tokenHash,
          expires_at: toInstant(input.expiresAt),
          used_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPasswordReset(row);
    },

    /**
     * Uses the reset in one atomic statement: only an unused, unexpired token
     * matches, so two requests racing with the same token cannot both succeed.
     */
    async consume(tokenHash: string): Promise<PasswordReset | undefined> {
      const at = now();
      const row = await db
        .updateTable('password_resets')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returningAll()
        .executeTakeFirst();
      return row && toPasswordReset(row);
    },
  };
};
