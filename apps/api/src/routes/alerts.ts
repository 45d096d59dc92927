import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Alert } from '@stepdown/db';
import { Type } from 'typebox';
import { audienceOf } from '../alerts/audience.js';
import { forwardEvents } from '../alerts/event-stream.js';
import { requireUser } from '../auth/authenticate.js';
import { allows, authorize } from '../authorize.js';
import { ProblemError } from '../problems.js';
import type { RouteDeps } from '../route-deps.js';

const PatientId = Type.Object({ patientId: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const Unacknowledged = Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')]));

const newestFirst = (a: Alert, b: Alert) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/** Alerts for clinicians, consenting supporters and the patient; live updates over SSE. */
export const alertRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, events }) => {
  // Open streams end when the server closes, so shutting down never waits on a listener.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of streams) end();
  });

  app.get(
    '/patients/:patientId/alerts',
    {
      schema: {
        tags: ['records'],
        summary: 'Alerts about a patient that the caller may see (their own copy: patient, care team or supporter)',
        params: PatientId,
        querystring: Type.Object({ unacknowledged: Unacknowledged }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const access = await authorize(request, repositories, request.params.patientId, { area: 'alerts', write: false });
      const audience = audienceOf(access);
      if (!audience) throw new ProblemError(403, 'FORBIDDEN', 'You cannot see alerts on this record.', []);
      return {
        alerts: await repositories.alerts.listForPatient(request.params.patientId, {
          audience,
          unacknowledgedOnly: request.query.unacknowledged === 'true',
        }),
      };
    },
  );

  app.post(
    '/patients/:patientId/alerts/:alertId/acknowledge',
    {
      schema: {
        tags: ['records'],
        summary: 'Acknowledge an alert you can see (409 if it already was)',
        params: Type.Object(
          { patientId: Type.String({ maxLength: 64 }), alertId: Type.String({ maxLength: 64 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      const { patientId, alertId } = request.params;
      const access = await authorize(request, repositories, patientId, { area: 'alerts', write: true });
      const alert = await repositories.alerts.findById(alertId);
      // Another audience's copy is as invisible as another patient's alert.
      if (!alert || alert.patientId !== patientId || alert.audience !== audienceOf(access))
        throw new ProblemError(404, 'ALERT_NOT_FOUND', 'No such alert on this record.', [
          { field: 'alertId', message: 'not found' },
        ]);
      const acknowledged = await repositories.alerts.acknowledge(alertId, user.id);
      if (!acknowledged.ok)
        throw new ProblemError(409, acknowledged.error.code, acknowledged.error.message, [
          { field: 'alertId', message: acknowledged.error.message },
        ]);
      events.publish({ type: 'alert', patientId, data: acknowledged.value });
      return { alert: acknowledged.value };
    },
  );

  app.get(
    '/alerts',
    {
      schema: {
        tags: ['records'],
        summary: 'Your alert inbox across every patient you may see, newest first',
        querystring: Type.Object(
          { unacknowledged: Unacknowledged, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      const links = await repositories.careLinks.linksForUser(user.id);
      const own = await repositories.patients.findByUserId(user.id);
      const patientIds = [...new Set([...(own ? [own.id] : []), ...links.map((l) => l.patientId)])];
      const alerts: Alert[] = [];
      for (const patientId of patientIds) {
        // Checked first without a trace, so a supporter without the alerts permission is not logged as denied on every visit.
        const access = await repositories.careLinks.access(user.id, patientId);
        if (!allows(access, { area: 'alerts', write: false })) continue;
        const audience = audienceOf(await authorize(request, repositories, patientId, { area: 'alerts', write: false }));
        if (!audience) continue;
        alerts.push(
          ...(await repositories.alerts.listForPatient(patientId, {
            audience,
            unacknowledgedOnly: request.query.unacknowledged === 'true',
          })),
        );
      }
      return { alerts: alerts.sort(newestFirst).slice(0, request.query.limit ?? 100) };
    },
  );

  app.get(
    '/events',
    {
      schema: {
        tags: ['records'],
        summary: 'Live updates (Server-Sent Events) for every patient you may see; `once=true` answers and closes',
        querystring: Type.Object({ once: Type.Optional(Type.Literal('true')) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      requireUser(request);
      const end = forwardEvents({ repositories, events }, request, reply, { once: request.query.once === 'true' });
      streams.add(end);
      request.raw.on('close', () => streams.delete(end));
      return reply;
    },
  );
};
