import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely';
import { engineOf } from '../engine.js';
import {
  ADJUSTMENT_KINDS,
  ADJUSTMENT_STATES,
  ALERT_AUDIENCES,
  APPROVAL_STATES,
  AUDIT_OUTCOMES,
  CARE_LINK_KINDS,
  CARE_LINK_STATUSES,
  CLINIC_MEMBER_ROLES,
  DOSE_LOG_STATUSES,
  INTAKE_STATUSES,
  URGENCIES,
  USER_ROLES,
} from '../schema.js';

/**
 * The first schema. Portable schema-builder calls only: TEXT, INTEGER and
 * DOUBLE PRECISION columns, CHECK constraints in standard SQL, and one guarded
 * difference (the plans ↔ plan_versions cycle, see below). Migrations take
 * `Kysely<unknown>`: they must not depend on today's `Database` type.
 */

/** `column IN ('a', 'b')` as a literal list (DDL cannot take parameters). */
const oneOf = (column: string, values: readonly string[]) =>
  sql<boolean>`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;

/** `id` (UUIDv7 text) and `created_at` (ISO-8601 UTC text), first on every table. */
const base = <T extends string>(table: CreateTableBuilder<T, never>) =>
  table.addColumn('id', 'text', (col) => col.primaryKey().notNull()).addColumn('created_at', 'text', (col) => col.notNull());

const createTables = async (db: Kysely<unknown>): Promise<void> => {
  const engine = engineOf(db);
  const s = db.schema;

  await base(s.createTable('users'))
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('failed_logins', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('users_role_check', oneOf('role', USER_ROLES))
    .addCheckConstraint('users_failed_logins_check', sql`failed_logins >= 0`)
    .execute();

  await base(s.createTable('sessions'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await s.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await base(s.createTable('password_resets'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await s.createIndex('password_resets_user_idx').on('password_resets').column('user_id').execute();

  await base(s.createTable('clinics'))
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();

  await base(s.createTable('clinic_members'))
    .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addUniqueConstraint('clinic_members_clinic_user_unique', ['clinic_id', 'user_id'])
    .addCheckConstraint('clinic_members_role_check', oneOf('role', CLINIC_MEMBER_ROLES))
    .execute();
  await s.createIndex('clinic_members_user_idx').on('clinic_members').column('user_id').execute();

  await base(s.createTable('patients'))
    .addColumn('user_id', 'text', (col) => col.notNull().unique().references('users.id'))
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('region', 'text', (col) => col.notNull())
    .addColumn('date_of_birth', 'text')
    .addColumn('weight_kg', 'double precision')
    .execute();

  await base(s.createTable('care_links'))
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('linked_user_id', 'text', (col) => col.references('users.id'))
    .addColumn('clinic_id', 'text', (col) => col.references('clinics.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('invite_code_hash', 'text', (col) => col.unique())
    .addColumn('invite_expires_at', 'text')
    .addColumn('permissions', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('accepted_at', 'text')
    .addColumn('revoked_at', 'text')
    .addCheckConstraint('care_links_kind_check', oneOf('kind', CARE_LINK_KINDS))
    .addCheckConstraint('care_links_status_check', oneOf('status', CARE_LINK_STATUSES))
    // A clinic link names a clinic and no person; the others never name a clinic.
    .addCheckConstraint(
      'care_links_clinic_check',
      sql`(kind = 'clinic' and clinic_id is not null and linked_user_id is null) or (kind <> 'clinic' and clinic_id is null)`,
    )
    // An active person link names its person.
    .addCheckConstraint('care_links_active_check', sql`status <> 'active' or kind = 'clinic' or linked_user_id is not null`)
    .execute();
  await s.createIndex('care_links_patient_idx').on('care_links').column('patient_id').execute();
  await s.createIndex('care_links_linked_user_idx').on('care_links').column('linked_user_id').execute();
  await s.createIndex('care_links_clinic_idx').on('care_links').column('clinic_id').execute();

  await base(s.createTable('medications'))
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('drug', 'text', (col) => col.notNull())
    .addColumn('indication', 'text', (col) => col.notNull())
    .addColumn('regimen_json', 'text', (col) => col.notNull())
    .addColumn('started_on', 'text')
    .execute();
  await s.createIndex('medications_patient_idx').on('medications').column('patient_id').execute();

  // plans.active_version_id → plan_versions.id and plan_versions.plan_id → plans.id
  // form a cycle. SQLite accepts a reference to a table that does not exist yet
  // but cannot add a constraint later; PostgreSQL is the other way round.
  await base(s.createTable('plans'))
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('active_version_id', 'text', (col) => (engine === 'sqlite' ? col.references('plan_versions.id') : col))
    .addColumn('latest_version', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await s.createIndex('plans_patient_idx').on('plans').column('patient_id').execute();

  await base(s.createTable('plan_versions'))
    .addColumn('plan_id', 'text', (col) => col.notNull().references('plans.id'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('plan_json', 'text', (col) => col.notNull())
    .addColumn('input_json', 'text', (col) => col.notNull())
    .addColumn('author_user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('approval_state', 'text', (col) => col.notNull())
    .addColumn('approved_by', 'text', (col) => col.references('users.id'))
    .addColumn('approved_at', 'text')
    .addUniqueConstraint('plan_versions_plan_version_unique', ['plan_id', 'version'])
    .addCheckConstraint('plan_versions_state_check', oneOf('approval_state', APPROVAL_STATES))
    .addCheckConstraint('plan_versions_version_check', sql`version >= 1`)
    .execute();
  if (engine === 'postgres') {
    await s
      .alterTable('plans')
      .addForeignKeyConstraint('plans_active_version_fk', ['active_version_id'], 'plan_versions', ['id'])
      .execute();
  }

  await base(s.createTable('dose_logs'))
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('plan_version_id', 'text', (col) => col.references('plan_versions.id'))
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('planned_time', 'text')
    .addColumn('drug', 'text', (col) => col.notNull())
    .addColumn('amount_ug', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('taken_at', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('dose_logs_patient_client_unique', ['patient_id', 'client_id'])
    .addCheckConstraint('dose_logs_status_check', oneOf('status', DOSE_LOG_STATUSES))
    .addCheckConstraint('dose_logs_amount_check', sql`amount_ug >= 0`)
    .execute();
  await s.createIndex('dose_logs_patient_date_idx').on('dose_logs').columns(['patient_id', 'date']).execute();

  for (const table of ['check_ins', 'questionnaire_responses']) {
    await base(s.createTable(table))
      .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
      .addColumn('client_id', 'text', (col) => col.notNull())
      .addColumn('instrument_id', 'text', (col) => col.notNull())
      .addColumn('instrument_version', 'text', (col) => col.notNull())
      .addColumn('answers_json', 'text', (col) => col.notNull())
      .addColumn('total', 'double precision')
      .addColumn('band', 'text')
      .addColumn('flags_json', 'text', (col) => col.notNull())
      .addColumn('triggers_json', 'text', (col) => col.notNull())
      .addColumn('completed_at', 'text', (col) => col.notNull())
      .addUniqueConstraint(`${table}_patient_client_unique`, ['patient_id', 'client_id'])
      .execute();
    await s.createIndex(`${table}_patient_completed_idx`).on(table).columns(['patient_id', 'completed_at']).execute();
  }

  await base(s.createTable('adjustment_suggestions'))
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('plan_id', 'text', (col) => col.notNull().references('plans.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('decided_by', 'text', (col) => col.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('requested_by_patient', 'integer', (col) => col.notNull().defaultTo(0))
    .addCheckConstraint('adjustment_suggestions_kind_check', oneOf('kind', ADJUSTMENT_KINDS))
    .addCheckConstraint('adjustment_suggestions_state_check', oneOf('state', ADJUSTMENT_STATES))
    .addCheckConstraint('adjustment_suggestions_requested_check', sql`requested_by_patient in (0, 1)`)
    .execute();
  await s.createIndex('adjustment_suggestions_patient_idx').on('adjustment_suggestions').column('patient_id').execute();

  await base(s.createTable('alerts'))
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('urgency', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('action', 'text')
    .addColumn('acknowledged_by', 'text', (col) => col.references('users.id'))
    .addColumn('acknowledged_at', 'text')
    .addColumn('audience', 'text', (col) => col.notNull())
    .addCheckConstraint('alerts_urgency_check', oneOf('urgency', URGENCIES))
    .addCheckConstraint('alerts_audience_check', oneOf('audience', ALERT_AUDIENCES))
    .execute();
  await s.createIndex('alerts_patient_idx').on('alerts').columns(['patient_id', 'created_at']).execute();

  await base(s.createTable('intake_requests'))
    .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
    .addColumn('contact_name', 'text', (col) => col.notNull())
    .addColumn('contact_method', 'text', (col) => col.notNull())
    .addColumn('contact_value', 'text', (col) => col.notNull())
    .addColumn('message', 'text')
    .addColumn('triage_urgency', 'text', (col) => col.notNull())
    .addColumn('answers_json', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('claimed_by', 'text', (col) => col.references('users.id'))
    .addColumn('claimed_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('ip_hash', 'text')
    .addCheckConstraint('intake_requests_urgency_check', oneOf('triage_urgency', URGENCIES))
    .addCheckConstraint('intake_requests_status_check', oneOf('status', INTAKE_STATUSES))
    .execute();
  await s.createIndex('intake_requests_queue_idx').on('intake_requests').columns(['clinic_id', 'status', 'created_at']).execute();

  await base(s.createTable('calendar_feeds'))
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('revoked_at', 'text')
    .execute();
  await s.createIndex('calendar_feeds_patient_idx').on('calendar_feeds').column('patient_id').execute();

  // No foreign keys: an access attempt on a patient id that does not exist must still be recorded.
  await base(s.createTable('audit_log'))
    .addColumn('actor_user_id', 'text')
    .addColumn('patient_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target_type', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text')
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('detail_json', 'text', (col) => col.notNull())
    .addCheckConstraint('audit_log_outcome_check', oneOf('outcome', AUDIT_OUTCOMES))
    .execute();
  await s.createIndex('audit_log_patient_at_idx').on('audit_log').columns(['patient_id', 'at']).execute();
  await s.createIndex('audit_log_actor_at_idx').on('audit_log').columns(['actor_user_id', 'at']).execute();
};

const TABLES_IN_REVERSE = [
  'audit_log',
  'calendar_feeds',
  'intake_requests',
  'alerts',
  'adjustment_suggestions',
  'questionnaire_responses',
  'check_ins',
  'dose_logs',
  'plan_versions',
  'plans',
  'medications',
  'care_links',
  'patients',
  'clinic_members',
  'clinics',
  'password_resets',
  'sessions',
  'users',
] as const;

export const initial: Migration = {
  up: createTables,
  down: async (db: Kysely<unknown>) => {
    if (engineOf(db) === 'postgres') {
      await db.schema.alterTable('plans').dropConstraint('plans_active_version_fk').execute();
    } else {
      // SQLite empties a dropped table row by row, checking foreign keys as it goes.
      await sql`update plans set active_version_id = null`.execute(db);
    }
    for (const table of TABLES_IN_REVERSE) await db.schema.dropTable(table).execute();
  },
};
