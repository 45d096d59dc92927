import { err, ok, type Result } from '@stepdown/core';
import type { Kysely } from 'kysely';
import type { Database, UserRole } from '../schema.js';
import { inTransaction } from './in-transaction.js';
import type { RepositoryDeps } from './repository-deps.js';

/** What a deletion did, for the audit entry (counts only, no content). */
export interface AccountDeletion {
  readonly userId: string;
  readonly role: UserRole;
  /** The patient record that was emptied, if the account had one. */
  readonly patientId: string | null;
  /** Rows removed per table. */
  readonly removed: Readonly<Record<string, number>>;
  /** Care links ended (the patient's own, and links where the account was the clinician or supporter). */
  readonly linksRevoked: number;
}

/** The clinical tables emptied for a deleted patient, children before parents (foreign keys). */
const PATIENT_TABLES = [
  'dose_logs',
  'check_ins',
  'questionnaire_responses',
  'adjustment_suggestions',
  'alerts',
  'medications',
] as const;

export type AccountDeletionRepository = ReturnType<typeof createAccountDeletionRepository>;

/**
 * Deletes an account, in one transaction. For a patient the clinical record
 * is removed (not anonymised: a taper diary cannot be made anonymous by
 * dropping a name); the `patients` row stays as an empty tombstone (no birth
 * date or weight) because care links and the audit log point at it. Every
 * care link is revoked, calendar feeds are revoked, clinic memberships end,
 * open password resets and unused clinic invites the account made stop
 * working, sessions are revoked, and the user row is marked deleted with its
 * email replaced, so the address can sign up again. The audit log is kept.
 */
export const createAccountDeletionRepository = (db: Kysely<Database>, { clock }: RepositoryDeps) => ({
  async deleteAccount(userId: string): Promise<Result<AccountDeletion>> {
    const at = clock().toISOString();
    return inTransaction(db, async (trx) => {
      const user = await trx
        .selectFrom('users')
        .select(['id', 'role'])
        .where('id', '=', userId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!user) return err('ACCOUNT_NOT_FOUND', 'No live account has this id.', { field: 'userId' });
      const patient = await trx.selectFrom('patients').select('id').where('user_id', '=', userId).executeTakeFirst();
      const removed: Record<string, number> = {};
      let linksRevoked = 0;
      if (patient) {
        for (const table of PATIENT_TABLES) {
          const result = await trx.deleteFrom(table).where('patient_id', '=', patient.id).executeTakeFirst();
          removed[table] = Number(result.numDeletedRows);
        }
        const plans = trx.selectFrom('plans').select('id').where('patient_id', '=', patient.id);
        // plans.active_version_id points at plan_versions: clear it before the versions go.
        await trx.updateTable('plans').set({ active_version_id: null }).where('patient_id', '=', patient.id).execute();
        const versions = await trx.deleteFrom('plan_versions').where('plan_id', 'in', plans).executeTakeFirst();
        removed.plan_versions = Number(versions.numDeletedRows);
        const deletedPlans = await trx.deleteFrom('plans').where('patient_id', '=', patient.id).executeTakeFirst();
        removed.plans = Number(deletedPlans.numDeletedRows);
        await trx.updateTable('patients').set({ date_of_birth: null, weight_kg: null }).where('id', '=', patient.id).execute();
        const links = await trx
          .updateTable('care_links')
          .set({ status: 'revoked', revoked_at: at, invite_code_hash: null })
          .where('patient_id', '=', patient.id)
          .where('status', '<>', 'revoked')
          .executeTakeFirst();
        linksRevoked += Number(links.numUpdatedRows);
        await trx
          .updateTable('calendar_feeds')
          .set({ revoked_at: at })
          .where('patient_id', '=', patient.id)
          .where('revoked_at', 'is', null)
          .execute();
      }
      const asCarer = await trx
        .updateTable('care_links')
        .set({ status: 'revoked', revoked_at: at, invite_code_hash: null })
        .where('linked_user_id', '=', userId)
        .where('status', '<>', 'revoked')
        .executeTakeFirst();
      linksRevoked += Number(asCarer.numUpdatedRows);
      const memberships = await trx.deleteFrom('clinic_members').where('user_id', '=', userId).executeTakeFirst();
      removed.clinic_members = Number(memberships.numDeletedRows);
      // An invite code handed out by someone who left should not still let people in.
      await trx
        .updateTable('clinic_invites')
        .set({ expires_at: at })
        .where('created_by', '=', userId)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .execute();
      await trx
        .updateTable('password_resets')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
      await trx
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute();
      await trx
        .updateTable('users')
        .set({
          deleted_at: at,
          // `.invalid` is reserved (RFC 2606): the address can never collide with a real one or receive mail.
          email: `deleted-${userId}@deleted.invalid`,
          password_hash: '!deleted',
          display_name: 'Deleted account',
          failed_logins: 0,
          locked_until: null,
        })
        .where('id', '=', userId)
        .execute();
      return ok({ userId, role: user.role, patientId: patient?.id ?? null, removed, linksRevoked });
    });
  },
});
