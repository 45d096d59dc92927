import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import { type Instant, toInstant } from '../instant.js';
import type { ClinicInvitesTable, ClinicMemberRole, Database } from '../schema.js';
import type { ClinicMember } from './clinics.js';
import { inTransaction } from './in-transaction.js';
import type { RepositoryDeps } from './repository-deps.js';

/** An invitation to join a clinic. The code is never stored, only its hash, so it is never returned. */
export interface ClinicInvite {
  readonly id: string;
  readonly createdAt: Instant;
  readonly clinicId: string;
  readonly role: ClinicMemberRole;
  readonly createdBy: string;
  readonly expiresAt: Instant;
  readonly usedAt: Instant | null;
  readonly usedBy: string | null;
}

export interface NewClinicInvite {
  readonly clinicId: string;
  readonly role: ClinicMemberRole;
  /** Hash of the one-time code (the caller hashes; the code is never stored). */
  readonly codeHash: string;
  readonly createdBy: string;
  readonly expiresAt: Date | Instant;
}

const toClinicInvite = (row: Selectable<ClinicInvitesTable>): ClinicInvite => ({
  id: row.id,
  createdAt: row.created_at,
  clinicId: row.clinic_id,
  role: row.role,
  createdBy: row.created_by,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
  usedBy: row.used_by,
});

/** Thrown inside the transaction to undo the membership when the code was used meanwhile. */
class CodeTakenMeanwhile extends Error {}

export type ClinicInvitesRepository = ReturnType<typeof createClinicInvitesRepository>;

export const createClinicInvitesRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  const notFound = () => err('INVITE_NOT_FOUND', 'This invite code is not valid or was already used.', { field: 'code' });
  return {
    async create(input: NewClinicInvite): Promise<ClinicInvite> {
      const row = await db
        .insertInto('clinic_invites')
        .values({
          id: ids(),
          created_at: now(),
          clinic_id: input.clinicId,
          role: input.role,
          code_hash: input.codeHash,
          created_by: input.createdBy,
          expires_at: toInstant(input.expiresAt),
          used_at: null,
          used_by: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toClinicInvite(row);
    },

    async findById(id: string): Promise<ClinicInvite | undefined> {
      const row = await db.selectFrom('clinic_invites').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toClinicInvite(row);
    },

    /**
     * Joins the invitee to the clinic with the invite's role and uses up the
     * code, in one transaction. Fails with `INVITE_NOT_FOUND` (unknown or used
     * code), `INVITE_EXPIRED`, `INVITE_ROLE` (not a live clinician account) or
     * `MEMBER_EXISTS` (already a member: the code stays unused). Two racing
     * accepts of one code: one joins, the other gets `INVITE_NOT_FOUND`.
     */
    async accept(input: {
      readonly codeHash: string;
      readonly userId: string;
    }): Promise<Result<{ readonly invite: ClinicInvite; readonly member: ClinicMember }>> {
      const at = now();
      try {
        return await inTransaction(db, async (trx) => {
          const invite = await trx
            .selectFrom('clinic_invites')
            .selectAll()
            .where('code_hash', '=', input.codeHash)
            .where('used_at', 'is', null)
            .executeTakeFirst();
          if (!invite) return notFound();
          if (invite.expires_at <= at)
            return err('INVITE_EXPIRED', 'This invite has expired; ask for a new one.', { field: 'code' });
          const user = await trx
            .selectFrom('users')
            .select('role')
            .where('id', '=', input.userId)
            .where('deleted_at', 'is', null)
            .executeTakeFirst();
          if (!user || (user.role !== 'clinician' && user.role !== 'clinic-admin'))
            return err('INVITE_ROLE', 'Only a clinician account can join a clinic.', { field: 'code' });
          // The membership first: if it exists already the code is left for someone else.
          const member = await trx
            .insertInto('clinic_members')
            .values({ id: ids(), created_at: at, clinic_id: invite.clinic_id, user_id: input.userId, role: invite.role })
            .onConflict((oc) => oc.columns(['clinic_id', 'user_id']).doNothing())
            .returningAll()
            .executeTakeFirst();
          if (!member) return err('MEMBER_EXISTS', 'You are already a member of this clinic.', { field: 'code' });
          const used = await trx
            .updateTable('clinic_invites')
            .set({ used_at: at, used_by: input.userId })
            .where('id', '=', invite.id)
            .where('used_at', 'is', null)
            .returningAll()
            .executeTakeFirst();
          if (!used) throw new CodeTakenMeanwhile();
          return ok({
            invite: toClinicInvite(used),
            member: {
              id: member.id,
              createdAt: member.created_at,
              clinicId: member.clinic_id,
              userId: member.user_id,
              role: member.role,
            },
          });
        });
      } catch (error) {
        if (error instanceof CodeTakenMeanwhile) return notFound();
        throw error;
      }
    },
  };
};
