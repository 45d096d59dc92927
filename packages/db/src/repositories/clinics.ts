import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import type { ClinicMemberRole, ClinicMembersTable, ClinicsTable, Database } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface Clinic {
  readonly id: string;
  readonly createdAt: Instant;
  readonly name: string;
}

export interface ClinicMember {
  readonly id: string;
  readonly createdAt: Instant;
  readonly clinicId: string;
  readonly userId: string;
  readonly role: ClinicMemberRole;
}

const toClinic = (row: Selectable<ClinicsTable>): Clinic => ({ id: row.id, createdAt: row.created_at, name: row.name });

const toClinicMember = (row: Selectable<ClinicMembersTable>): ClinicMember => ({
  id: row.id,
  createdAt: row.created_at,
  clinicId: row.clinic_id,
  userId: row.user_id,
  role: row.role,
});

export type ClinicsRepository = ReturnType<typeof createClinicsRepository>;

export const createClinicsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  return {
    async create(input: { readonly name: string }): Promise<Clinic> {
      const row = await db
        .insertInto('clinics')
        .values({ id: ids(), created_at: now(), name: input.name })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toClinic(row);
    },

    /** Every clinic, by name: the public list people choose from when they ask for help. */
    async list(): Promise<readonly Clinic[]> {
      const rows = await db.selectFrom('clinics').selectAll().orderBy('name').orderBy('id').execute();
      return rows.map(toClinic);
    },

    async findById(id: string): Promise<Clinic | undefined> {
      const row = await db.selectFrom('clinics').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toClinic(row);
    },

    /** Fails with `MEMBER_EXISTS` if the user already belongs to the clinic. */
    async addMember(input: {
      readonly clinicId: string;
      readonly userId: string;
      readonly role: ClinicMemberRole;
    }): Promise<Result<ClinicMember>> {
      const row = await db
        .insertInto('clinic_members')
        .values({ id: ids(), created_at: now(), clinic_id: input.clinicId, user_id: input.userId, role: input.role })
        .onConflict((oc) => oc.columns(['clinic_id', 'user_id']).doNothing())
        .returningAll()
        .executeTakeFirst();
      return row
        ? ok(toClinicMember(row))
        : err('MEMBER_EXISTS', 'This user is already a member of the clinic.', { field: 'userId' });
    },

    async removeMember(clinicId: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('clinic_members')
        .where('clinic_id', '=', clinicId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async members(clinicId: string): Promise<readonly ClinicMember[]> {
      const rows = await db
        .selectFrom('clinic_members')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toClinicMember);
    },

    async membershipsForUser(userId: string): Promise<readonly ClinicMember[]> {
      const rows = await db
        .selectFrom('clinic_members')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toClinicMember);
    },
  };
};
