import { err, ok, type Result } from '@stepdown/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { ClinicMember } from './clinics.js';
import { inTransaction } from './in-transaction.js';
import type { RepositoryDeps } from './repository-deps.js';

export type ClinicMembershipRepository = ReturnType<typeof createClinicMembershipRepository>;

/** Membership changes that must keep a clinic administrable. */
export const createClinicMembershipRepository = (db: Kysely<Database>, _deps: RepositoryDeps) => ({
  /**
   * Removes a member, unless they are the clinic's last admin (`LAST_ADMIN`):
   * a clinic nobody can administer could never invite or remove anyone again.
   * A no-op write locks the clinic row first (PostgreSQL), so two admins
   * removing each other at once take turns and one of them stays.
   * `MEMBER_NOT_FOUND` if the user is not a member.
   */
  async removeKeepingAnAdmin(clinicId: string, userId: string): Promise<Result<ClinicMember>> {
    return inTransaction(db, async (trx) => {
      await trx
        .updateTable('clinics')
        .set((eb) => ({ name: eb.ref('name') }))
        .where('id', '=', clinicId)
        .execute();
      const member = await trx
        .selectFrom('clinic_members')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!member) return err('MEMBER_NOT_FOUND', 'This user is not a member of the clinic.', { field: 'userId' });
      if (member.role === 'clinic-admin') {
        const admins = await trx
          .selectFrom('clinic_members')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where('clinic_id', '=', clinicId)
          .where('role', '=', 'clinic-admin')
          .executeTakeFirstOrThrow();
        if (Number(admins.n) <= 1)
          return err('LAST_ADMIN', 'The clinic’s last admin cannot be removed; invite another admin first.', {
            field: 'userId',
          });
      }
      await trx.deleteFrom('clinic_members').where('id', '=', member.id).execute();
      return ok({
        id: member.id,
        createdAt: member.created_at,
        clinicId: member.clinic_id,
        userId: member.user_id,
        role: member.role,
      });
    });
  },
});
