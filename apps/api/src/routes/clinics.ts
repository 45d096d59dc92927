import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RED_FLAGS, REGIONS, triage } from '@stepdown/core';
import { INTAKE_STATUSES } from '@stepdown/db';
import { Type } from 'typebox';
import { requireUser } from '../auth/authenticate.js';
import { rateLimiter } from '../auth/rate-limit.js';
import { ProblemError } from '../problems.js';
import type { RouteDeps } from '../route-deps.js';

/** A public form: at most 5 requests per 10 minutes from one address. */
export const INTAKE_RATE_LIMIT = { limit: 5, windowMs: 10 * 60_000 } as const;

const ClinicId = Type.Object({ clinicId: Type.String({ maxLength: 64 }) });
const IntakeId = Type.Object({ clinicId: Type.String({ maxLength: 64 }), intakeId: Type.String({ maxLength: 64 }) });

export const clinicRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, clock }) => {
  const limitIntake = rateLimiter({ ...INTAKE_RATE_LIMIT, clock });

  const requireMember = async (userId: string, clinicId: string) => {
    const memberships = await repositories.clinics.membershipsForUser(userId);
    // Not a member: the clinic's queue does not exist for you.
    if (!memberships.some((m) => m.clinicId === clinicId))
      throw new ProblemError(404, 'CLINIC_NOT_FOUND', 'No clinic you belong to has this id.', [
        { field: 'clinicId', message: 'not found' },
      ]);
  };

  app.post(
    '/clinics',
    {
      schema: {
        tags: ['clinics'],
        summary: 'Create a clinic (you become its admin)',
        body: Type.Object({ name: Type.String({ minLength: 2, maxLength: 120 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      if (user.role !== 'clinician' && user.role !== 'clinic-admin')
        throw new ProblemError(403, 'FORBIDDEN', 'Only clinicians can create a clinic.', []);
      const clinic = await repositories.clinics.create({ name: request.body.name });
      await repositories.clinics.addMember({ clinicId: clinic.id, userId: user.id, role: 'clinic-admin' });
      return reply.code(201).send({ clinic });
    },
  );

  // Public: someone asking for help picks a clinic without an account. Names only, no members.
  app.get(
    '/clinic-directory',
    { schema: { tags: ['help'], summary: 'Clinics that take requests for help (public)' } },
    async () => ({ clinics: (await repositories.clinics.list()).map((c) => ({ id: c.id, name: c.name })) }),
  );

  app.post(
    '/clinics/:clinicId/intake',
    {
      schema: {
        tags: ['clinics'],
        summary: 'Ask a clinic for help (no account needed). Emergency answers get crisis resources at once.',
        params: ClinicId,
        body: Type.Object(
          {
            contactName: Type.String({ minLength: 1, maxLength: 100 }),
            contactMethod: Type.Union([Type.Literal('phone'), Type.Literal('text'), Type.Literal('email')]),
            contactValue: Type.String({ minLength: 3, maxLength: 200 }),
            message: Type.Optional(Type.String({ maxLength: 4000 })),
            symptoms: Type.Array(Type.Union(RED_FLAGS.map((f) => Type.Literal(f.id))), { maxItems: RED_FLAGS.length }),
            region: Type.Optional(Type.Union(REGIONS.map((r) => Type.Literal(r)))),
            /** Left empty by people; bots fill it. */
            website: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      limitIntake(request);
      const body = request.body;
      const result = triage({ symptoms: body.symptoms, ...(body.region ? { region: body.region } : {}) });
      if (!result.ok) throw ProblemError.fromCore(result.error);
      const help = {
        urgency: result.value.urgency,
        headline: result.value.headline,
        actions: result.value.actions,
        resources: result.value.resources,
      };
      // A filled honeypot is answered like a real request, so bots learn nothing, but nothing is stored.
      if (body.website) return reply.code(202).send({ received: true, triage: help });
      if (!(await repositories.clinics.findById(request.params.clinicId))) {
        throw new ProblemError(404, 'CLINIC_NOT_FOUND', 'No clinic has this id.', [{ field: 'clinicId', message: 'not found' }]);
      }
      await repositories.intake.create({
        clinicId: request.params.clinicId,
        contactName: body.contactName,
        contactMethod: body.contactMethod,
        contactValue: body.contactValue,
        message: body.message ?? null,
        triageUrgency: result.value.urgency,
        answers: { symptoms: body.symptoms, region: result.value.region },
        ipHash: createHash('sha256').update(`intake:${request.ip}`).digest('base64url'),
      });
      return reply.code(202).send({ received: true, triage: help });
    },
  );

  app.get(
    '/clinics/:clinicId/intake',
    {
      schema: {
        tags: ['clinics'],
        summary: 'The clinic’s intake queue (members only)',
        params: ClinicId,
        querystring: Type.Object(
          { status: Type.Optional(Type.Union(INTAKE_STATUSES.map((s) => Type.Literal(s)))) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      await requireMember(user.id, request.params.clinicId);
      await repositories.audit.append({
        actorUserId: user.id,
        action: 'read:intake',
        targetType: 'clinic',
        targetId: request.params.clinicId,
        outcome: 'allowed',
        ip: request.ip,
      });
      const requests = await repositories.intake.queue(
        request.params.clinicId,
        request.query.status ? { statuses: [request.query.status] } : {},
      );
      return { requests };
    },
  );

  for (const action of ['claim', 'close'] as const) {
    app.post(
      `/clinics/:clinicId/intake/:intakeId/${action}`,
      { schema: { tags: ['clinics'], summary: `${action === 'claim' ? 'Claim' : 'Close'} an intake request`, params: IntakeId } },
      async (request) => {
        const { user } = requireUser(request);
        const { clinicId, intakeId } = request.params as { clinicId: string; intakeId: string };
        await requireMember(user.id, clinicId);
        const existing = await repositories.intake.findById(intakeId);
        if (!existing || existing.clinicId !== clinicId)
          throw new ProblemError(404, 'INTAKE_NOT_FOUND', 'No such request in this clinic.', [
            { field: 'intakeId', message: 'not found' },
          ]);
        const result =
          action === 'claim' ? await repositories.intake.claim(intakeId, user.id) : await repositories.intake.close(intakeId);
        if (!result.ok)
          throw new ProblemError(409, result.error.code, result.error.message, [
            { field: 'intakeId', message: result.error.message },
          ]);
        await repositories.audit.append({
          actorUserId: user.id,
          action: `write:intake-${action}`,
          targetType: 'intake_request',
          targetId: intakeId,
          outcome: 'allowed',
          ip: request.ip,
        });
        return { request: result.value };
      },
    );
  }
};
