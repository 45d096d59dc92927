import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CLINIC_MEMBER_ROLES, type ClinicMember } from '@stepdown/db';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireUser } from '../auth/authenticate.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { ProblemError } from '../problems.js';
import type { RouteDeps } from '../route-deps.js';

/** A clinic invitation code works for 14 days, like a patient's invitation. */
export const CLINIC_INVITE_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

const ClinicId = Type.Object({ clinicId: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const MemberParams = Type.Object(
  { clinicId: Type.String({ maxLength: 64 }), userId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

/** Unknown or used code: 404; already a member: 409; expired: 422 (the default). */
const ACCEPT_STATUS: Readonly<Record<string, number>> = { INVITE_NOT_FOUND: 404, MEMBER_EXISTS: 409, INVITE_ROLE: 403 };

const clinicNotFound = () =>
  new ProblemError(404, 'CLINIC_NOT_FOUND', 'No clinic you belong to has this id.', [
    { field: 'clinicId', message: 'not found' },
  ]);

/** Clinic members and clinic invitations. Membership changes are audited with no patient. */
export const clinicMemberRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, clock }) => {
  /** The caller's membership; a non-member is told the clinic does not exist. */
  const membershipOf = async (userId: string, clinicId: string): Promise<ClinicMember> => {
    const membership = (await repositories.clinics.membershipsForUser(userId)).find((m) => m.clinicId === clinicId);
    if (!membership) throw clinicNotFound();
    return membership;
  };

  const audit = (request: FastifyRequest, actorUserId: string, action: string, targetId: string, detail: object) =>
    repositories.audit.append({
      actorUserId,
      patientId: null,
      action,
      targetType: 'clinic',
      targetId,
      outcome: 'allowed',
      ip: request.ip,
      userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
      detail,
    });

  app.get(
    '/clinics',
    { schema: { tags: ['clinics'], summary: 'The clinics you belong to, with your role in each' } },
    async (request) => {
      const { user } = requireUser(request);
      const memberships = await repositories.clinics.membershipsForUser(user.id);
      const clinics = [];
      for (const m of memberships) {
        const clinic = await repositories.clinics.findById(m.clinicId);
        if (clinic) clinics.push({ id: clinic.id, name: clinic.name, role: m.role, memberSince: m.createdAt });
      }
      return { clinics };
    },
  );

  app.get(
    '/clinics/:clinicId/members',
    { schema: { tags: ['clinics'], summary: 'The clinic’s members (members only)', params: ClinicId } },
    async (request) => {
      const { user } = requireUser(request);
      await membershipOf(user.id, request.params.clinicId);
      const members = [];
      for (const m of await repositories.clinics.members(request.params.clinicId)) {
        const account = await repositories.users.findById(m.userId);
        members.push({
          userId: m.userId,
          displayName: account?.deletedAt === null ? account.displayName : 'Deleted account',
          role: m.role,
          memberSince: m.createdAt,
        });
      }
      return { members };
    },
  );

  app.post(
    '/clinics/:clinicId/invites',
    {
      schema: {
        tags: ['clinics'],
        summary: 'Invite a clinician to the clinic (clinic admins only; the code is shown once and works for 14 days)',
        params: ClinicId,
        body: Type.Object({ role: Type.Union(CLINIC_MEMBER_ROLES.map((r) => Type.Literal(r))) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      const membership = await membershipOf(user.id, request.params.clinicId);
      if (membership.role !== 'clinic-admin')
        throw new ProblemError(403, 'FORBIDDEN', 'Only a clinic admin can invite people to the clinic.', []);
      const code = newToken();
      const invite = await repositories.clinicInvites.create({
        clinicId: request.params.clinicId,
        role: request.body.role,
        codeHash: hashToken(code),
        createdBy: user.id,
        expiresAt: new Date(clock().getTime() + CLINIC_INVITE_LIFETIME_MS),
      });
      await audit(request, user.id, 'write:clinic-invite', invite.clinicId, { inviteId: invite.id, role: invite.role });
      return reply.code(201).send({
        invite: { id: invite.id, clinicId: invite.clinicId, role: invite.role, expiresAt: invite.expiresAt },
        code,
      });
    },
  );

  app.post(
    '/clinic-invites/accept',
    {
      schema: {
        tags: ['clinics'],
        summary: 'Join a clinic with an invitation code (clinician accounts only)',
        body: Type.Object({ code: Type.String({ minLength: 10, maxLength: 100 }) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      if (user.role !== 'clinician' && user.role !== 'clinic-admin')
        throw new ProblemError(403, 'FORBIDDEN', 'Only a clinician account can join a clinic.', []);
      const accepted = await repositories.clinicInvites.accept({ codeHash: hashToken(request.body.code), userId: user.id });
      if (!accepted.ok) {
        const status = ACCEPT_STATUS[accepted.error.code] ?? 422;
        throw new ProblemError(status, accepted.error.code, accepted.error.message, [
          { field: 'code', message: accepted.error.message },
        ]);
      }
      const { member, invite } = accepted.value;
      await audit(request, user.id, 'write:clinic-member', member.clinicId, {
        change: 'joined',
        userId: member.userId,
        role: member.role,
        inviteId: invite.id,
      });
      const clinic = await repositories.clinics.findById(member.clinicId);
      return {
        clinic: { id: member.clinicId, name: clinic?.name ?? '', role: member.role, memberSince: member.createdAt },
      };
    },
  );

  app.delete(
    '/clinics/:clinicId/members/:userId',
    {
      schema: {
        tags: ['clinics'],
        summary: 'Remove a member (clinic admins; any member may leave). The last admin cannot be removed.',
        params: MemberParams,
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      const { clinicId, userId } = request.params;
      const membership = await membershipOf(user.id, clinicId);
      if (userId !== user.id && membership.role !== 'clinic-admin')
        throw new ProblemError(403, 'FORBIDDEN', 'Only a clinic admin can remove another member.', []);
      const removed = await repositories.clinicMembership.removeKeepingAnAdmin(clinicId, userId);
      if (!removed.ok)
        throw new ProblemError(removed.error.code === 'LAST_ADMIN' ? 409 : 404, removed.error.code, removed.error.message, [
          { field: 'userId', message: removed.error.message },
        ]);
      // Access to the clinic's patients ends with the row: careLinks.access joins clinic_members on every request.
      await audit(request, user.id, 'write:clinic-member', clinicId, {
        change: userId === user.id ? 'left' : 'removed',
        userId,
        role: removed.value.role,
      });
      return reply.code(204).send();
    },
  );
};
