import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ICAL_PRODID, planIcal, type TaperPlan } from '@stepdown/core';
import type { Repositories } from '@stepdown/db';
import { Type } from 'typebox';
import { hashToken, newToken } from '../auth/tokens.js';
import { authorize } from '../authorize.js';
import { activePlanFor } from '../plans/active-plan.js';
import { ProblemError } from '../problems.js';
import type { RouteDeps } from '../route-deps.js';

const PatientId = Type.Object({ patientId: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

/** A calendar with no events yet: a subscription made before any approval stays valid and fills in later. */
const emptyCalendar = (): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICAL_PRODID}`,
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Stepdown doses',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

/** The version approved before `version` in the same plan, so reminders it had and the new one drops are cancelled. */
const previousApproved = async (repositories: Repositories, planId: string, version: number): Promise<TaperPlan | undefined> => {
  const versions = await repositories.planVersions.listForPlan(planId);
  const previous = versions.filter((v) => v.approvalState === 'approved' && v.version < version).at(-1);
  return previous?.plan as TaperPlan | undefined;
};

/** Calendar feeds: a secret, revocable iCalendar URL per patient. */
export const calendarRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, clock }) => {
  app.post(
    '/patients/:patientId/calendar-feeds',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Create a private calendar feed of your doses (the URL is shown once; patient only)',
        params: PatientId,
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      await authorize(request, repositories, patientId, { area: 'sharing', write: true });
      const token = newToken();
      const feed = await repositories.calendarFeeds.create({ patientId, tokenHash: hashToken(token) });
      return reply.code(201).send({ feed, url: `/api/calendar/${token}.ics` });
    },
  );

  app.get(
    '/patients/:patientId/calendar-feeds',
    { schema: { tags: ['sharing'], summary: 'Your calendar feeds (their URLs are never shown again)', params: PatientId } },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'sharing', write: false });
      return { feeds: await repositories.calendarFeeds.listForPatient(request.params.patientId) };
    },
  );

  app.delete(
    '/patients/:patientId/calendar-feeds/:feedId',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Revoke a calendar feed: its URL stops working at once',
        params: Type.Object(
          { patientId: Type.String({ maxLength: 64 }), feedId: Type.String({ maxLength: 64 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { patientId, feedId } = request.params;
      await authorize(request, repositories, patientId, { area: 'sharing', write: true });
      const feed = (await repositories.calendarFeeds.listForPatient(patientId)).find((f) => f.id === feedId);
      if (!feed)
        throw new ProblemError(404, 'FEED_NOT_FOUND', 'No such calendar feed on this record.', [
          { field: 'feedId', message: 'not found' },
        ]);
      // Revoking twice is the same as once.
      await repositories.calendarFeeds.revoke(feed.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/calendar/:token',
    {
      schema: {
        tags: ['sharing'],
        summary: 'A calendar feed (iCalendar), authorised by its secret URL; made afresh from the plan in force',
        params: Type.Object({ token: Type.String({ maxLength: 100 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const token = request.params.token.replace(/\.ics$/, '');
      const feed = await repositories.calendarFeeds.findActiveByTokenHash(hashToken(token));
      if (!feed)
        throw new ProblemError(404, 'FEED_NOT_FOUND', 'This calendar feed does not exist or was revoked.', [
          { field: 'token', message: 'not found' },
        ]);
      const active = await activePlanFor(repositories, feed.patientId);
      // Calendar apps fetch with no session: the feed, not a person, is the reader.
      await repositories.audit.append({
        actorUserId: null,
        patientId: feed.patientId,
        action: 'read:plan',
        targetType: 'calendar_feed',
        targetId: feed.id,
        ip: request.ip,
        userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
        outcome: 'allowed',
        detail: { via: 'calendar feed', planVersionId: active?.version.id ?? null },
      });
      let body = emptyCalendar();
      if (active) {
        const previousPlan = await previousApproved(repositories, active.plan.id, active.version.version);
        body = planIcal(active.taper, {
          planId: active.plan.id,
          version: active.version.version,
          generatedAt: clock().toISOString(),
          calendarName: 'Stepdown doses',
          ...(previousPlan ? { previousPlan } : {}),
        });
      }
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(body);
    },
  );
};
