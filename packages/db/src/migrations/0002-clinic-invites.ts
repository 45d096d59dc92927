import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Clinic invitations: a clinic admin hands a one-time code to a clinician,
 * who joins the clinic with the role the invite names. Only the code's hash
 * is stored. Portable schema-builder calls only, like 0001.
 */
export const clinicInvites: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('clinic_invites')
      .addColumn('id', 'text', (col) => col.primaryKey().notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('code_hash', 'text', (col) => col.notNull().unique())
      .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .addColumn('used_by', 'text', (col) => col.references('users.id'))
      // Literal list: this migration must not change if CLINIC_MEMBER_ROLES does.
      .addCheckConstraint('clinic_invites_role_check', sql`role in ('clinician', 'clinic-admin')`)
      // Used exactly when it names who used it.
      .addCheckConstraint('clinic_invites_used_check', sql`(used_at is null) = (used_by is null)`)
      .execute();
    await db.schema.createIndex('clinic_invites_clinic_idx').on('clinic_invites').column('clinic_id').execute();
  },
  down: async (db: Kysely<unknown>) => {
    await db.schema.dropTable('clinic_invites').execute();
  },
};
