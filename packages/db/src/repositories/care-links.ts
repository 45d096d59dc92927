import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import { type Instant, toInstant } from '../instant.js';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { CareLinkKind, CareLinkStatus, CareLinksTable, ClinicMemberRole, Database } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

/** What a viewer may see of a patient's record. */
export interface Permissions {
  readonly plan: boolean;
  readonly doses: boolean;
  readonly checkIns: boolean;
  readonly alerts: boolean;
}

export const PERMISSION_KEYS = ['plan', 'doses', 'checkIns', 'alerts'] as const satisfies readonly (keyof Permissions)[];

export const FULL_PERMISSIONS: Permissions = Object.freeze({ plan: true, doses: true, checkIns: true, alerts: true });
export const NO_PERMISSIONS: Permissions = Object.freeze({ plan: false, doses: false, checkIns: false, alerts: false });

/** Reads the stored JSON; anything missing or not `true` is not granted. */
export const parsePermissions = (text: string): Permissions => {
  const value = fromJsonText(text, 'care_links.permissions');
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    plan: record.plan === true,
    doses: record.doses === true,
    checkIns: record.checkIns === true,
    alerts: record.alerts === true,
  };
};

export interface CareLink {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  readonly linkedUserId: string | null;
  readonly clinicId: string | null;
  readonly kind: CareLinkKind;
  readonly status: CareLinkStatus;
  readonly inviteExpiresAt: Instant | null;
  readonly permissions: Permissions;
  readonly createdBy: string;
  readonly acceptedAt: Instant | null;
  readonly revokedAt: Instant | null;
}

export type NewInvite = {
  readonly patientId: string;
  readonly createdBy: string;
  /** Hash of the one-time code given to the invitee (the code itself is never stored). */
  readonly inviteCodeHash: string;
  readonly expiresAt?: Date | Instant | null;
} & (
  | { readonly kind: 'clinician' }
  | { readonly kind: 'supporter'; readonly permissions: Permissions }
  /** A clinic link gives every member of the clinic access once a member accepts it. */
  | { readonly kind: 'clinic'; readonly clinicId: string }
);

/**
 * How a user relates to a patient, strongest first: the patient themself, a
 * linked clinician, a member of a linked clinic, a supporter (with only the
 * permissions the patient granted), or none. Only active links count.
 */
export type Access =
  | { readonly relation: 'own'; readonly permissions: Permissions }
  | { readonly relation: 'clinician'; readonly linkId: string; readonly permissions: Permissions }
  | {
      readonly relation: 'clinic-member';
      readonly linkId: string;
      readonly clinicId: string;
      readonly memberRole: ClinicMemberRole;
      readonly permissions: Permissions;
    }
  | { readonly relation: 'supporter'; readonly linkId: string; readonly permissions: Permissions }
  | { readonly relation: 'none'; readonly permissions: Permissions };

export const toCareLink = (row: Selectable<CareLinksTable>): CareLink => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  linkedUserId: row.linked_user_id,
  clinicId: row.clinic_id,
  kind: row.kind,
  status: row.status,
  inviteExpiresAt: row.invite_expires_at,
  permissions: parsePermissions(row.permissions),
  createdBy: row.created_by,
  acceptedAt: row.accepted_at,
  revokedAt: row.revoked_at,
});

const NONE: Access = Object.freeze({ relation: 'none', permissions: NO_PERMISSIONS });

export type CareLinksRepository = ReturnType<typeof createCareLinksRepository>;

export const createCareLinksRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  const findById = async (id: string): Promise<CareLink | undefined> => {
    const row = await db.selectFrom('care_links').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toCareLink(row);
  };

  return {
    findById,

    /** Creates a link waiting for its invitee. Clinician and clinic links see everything; supporters what `permissions` grants. */
    async invite(input: NewInvite): Promise<CareLink> {
      const expiresAt = input.expiresAt ?? null;
      const row = await db
        .insertInto('care_links')
        .values({
          id: ids(),
          created_at: now(),
          patient_id: input.patientId,
          linked_user_id: null,
          clinic_id: input.kind === 'clinic' ? input.clinicId : null,
          kind: input.kind,
          status: 'invited',
          invite_code_hash: input.inviteCodeHash,
          invite_expires_at: expiresAt === null ? null : toInstant(expiresAt),
          permissions: toJsonText(input.kind === 'supporter' ? input.permissions : FULL_PERMISSIONS),
          created_by: input.createdBy,
          accepted_at: null,
          revoked_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCareLink(row);
    },

    /**
     * Accepts an invite by its code hash. The invitee becomes the linked user
     * (clinic links stay with the clinic, and only one of its members may
     * accept); a clinician link needs a clinician account. The code stops
     * working once used. Two racing accepts: one wins, the other gets
     * `INVITE_NOT_FOUND`.
     */
    async accept(input: { readonly inviteCodeHash: string; readonly userId: string }): Promise<Result<CareLink>> {
      const at = now();
      const link = await db
        .selectFrom('care_links')
        .innerJoin('patients', 'patients.id', 'care_links.patient_id')
        .selectAll('care_links')
        .select('patients.user_id as patient_user_id')
        .where('care_links.invite_code_hash', '=', input.inviteCodeHash)
        .where('care_links.status', '=', 'invited')
        .executeTakeFirst();
      if (!link) return err('INVITE_NOT_FOUND', 'This invite code is not valid or was already used.', { field: 'code' });
      if (link.invite_expires_at !== null && link.invite_expires_at <= at) {
        return err('INVITE_EXPIRED', 'This invite has expired; ask for a new one.', { field: 'code' });
      }
      if (link.patient_user_id === input.userId) {
        return err('INVITE_SELF', 'You cannot accept an invite to your own record.', { field: 'code' });
      }
      const user = await db
        .selectFrom('users')
        .select(['role'])
        .where('id', '=', input.userId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!user) return err('USER_NOT_FOUND', 'No such account.', { field: 'userId' });
      if (link.kind === 'clinician' && user.role !== 'clinician') {
        return err('INVITE_ROLE', 'This invite is for a clinician account.', { field: 'code' });
      }
      if (link.kind === 'clinic') {
        const member = await db
          .selectFrom('clinic_members')
          .select('id')
          .where('clinic_id', '=', link.clinic_id ?? '')
          .where('user_id', '=', input.userId)
          .executeTakeFirst();
        if (!member)
          return err('INVITE_NOT_CLINIC_MEMBER', 'Only a member of the invited clinic can accept this invite.', {
            field: 'code',
          });
      }
      const row = await db
        .updateTable('care_links')
        .set({
          status: 'active',
          linked_user_id: link.kind === 'clinic' ? null : input.userId,
          invite_code_hash: null,
          accepted_at: at,
        })
        .where('id', '=', link.id)
        .where('status', '=', 'invited')
        .returningAll()
        .executeTakeFirst();
      return row
        ? ok(toCareLink(row))
        : err('INVITE_NOT_FOUND', 'This invite code is not valid or was already used.', { field: 'code' });
    },

    /** Ends a link or withdraws an invite. Undefined if there is no such link or it was already revoked. */
    async revoke(id: string): Promise<CareLink | undefined> {
      const row = await db
        .updateTable('care_links')
        .set({ status: 'revoked', revoked_at: now(), invite_code_hash: null })
        .where('id', '=', id)
        .where('status', '<>', 'revoked')
        .returningAll()
        .executeTakeFirst();
      return row && toCareLink(row);
    },

    /** Changes what a supporter may see. Undefined unless it is a live supporter link. */
    async setPermissions(id: string, permissions: Permissions): Promise<CareLink | undefined> {
      const row = await db
        .updateTable('care_links')
        .set({ permissions: toJsonText(permissions) })
        .where('id', '=', id)
        .where('kind', '=', 'supporter')
        .where('status', '<>', 'revoked')
        .returningAll()
        .executeTakeFirst();
      return row && toCareLink(row);
    },

    /** The patient's links, oldest first; revoked ones only when asked. */
    async listForPatient(patientId: string, options: { readonly includeRevoked?: boolean } = {}): Promise<readonly CareLink[]> {
      let query = db.selectFrom('care_links').selectAll().where('patient_id', '=', patientId);
      if (options.includeRevoked !== true) query = query.where('status', '<>', 'revoked');
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(toCareLink);
    },

    /** Active links that reach the user: their own clinician or supporter links, and links to clinics they belong to. */
    async linksForUser(userId: string): Promise<readonly CareLink[]> {
      const rows = await db
        .selectFrom('care_links')
        .selectAll()
        .where('status', '=', 'active')
        .where((eb) =>
          eb.or([
            eb('linked_user_id', '=', userId),
            eb.and([
              eb('kind', '=', 'clinic'),
              eb('clinic_id', 'in', eb.selectFrom('clinic_members').select('clinic_id').where('user_id', '=', userId)),
            ]),
          ]),
        )
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toCareLink);
    },

    /**
     * What `userId` may see of `patientId`'s record. A deleted viewer, a
     * deleted patient or an unknown id gives `none`.
     */
    async access(userId: string, patientId: string): Promise<Access> {
      const patient = await db
        .selectFrom('patients')
        .innerJoin('users', 'users.id', 'patients.user_id')
        .select(['patients.user_id', 'users.deleted_at'])
        .where('patients.id', '=', patientId)
        .executeTakeFirst();
      if (!patient || patient.deleted_at !== null) return NONE;
      const viewer = await db.selectFrom('users').select('deleted_at').where('id', '=', userId).executeTakeFirst();
      if (!viewer || viewer.deleted_at !== null) return NONE;
      if (patient.user_id === userId) return { relation: 'own', permissions: FULL_PERMISSIONS };

      const links = await db
        .selectFrom('care_links')
        .leftJoin('clinic_members', (join) =>
          join.onRef('clinic_members.clinic_id', '=', 'care_links.clinic_id').on('clinic_members.user_id', '=', userId),
        )
        .select([
          'care_links.id',
          'care_links.kind',
          'care_links.clinic_id',
          'care_links.linked_user_id',
          'care_links.permissions',
          'clinic_members.role as member_role',
        ])
        .where('care_links.patient_id', '=', patientId)
        .where('care_links.status', '=', 'active')
        .where((eb) => eb.or([eb('care_links.linked_user_id', '=', userId), eb('clinic_members.user_id', '=', userId)]))
        .orderBy('care_links.created_at')
        .orderBy('care_links.id')
        .execute();

      const clinician = links.find((l) => l.kind === 'clinician' && l.linked_user_id === userId);
      if (clinician) return { relation: 'clinician', linkId: clinician.id, permissions: FULL_PERMISSIONS };
      for (const l of links) {
        if (l.kind === 'clinic' && l.clinic_id !== null && l.member_role !== null) {
          return {
            relation: 'clinic-member',
            linkId: l.id,
            clinicId: l.clinic_id,
            memberRole: l.member_role,
            permissions: FULL_PERMISSIONS,
          };
        }
      }
      // Two live supporter links (invited twice) grant what either grants.
      const supporterLinks = links.filter((l) => l.kind === 'supporter' && l.linked_user_id === userId);
      const first = supporterLinks[0];
      if (!first) return NONE;
      const granted = supporterLinks.map((l) => parsePermissions(l.permissions));
      const permissions = Object.fromEntries(
        PERMISSION_KEYS.map((key) => [key, granted.some((p) => p[key])]),
      ) as unknown as Permissions;
      return { relation: 'supporter', linkId: first.id, permissions };
    },
  };
};
