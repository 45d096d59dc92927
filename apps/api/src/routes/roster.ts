import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addDays, type IsoDate } from '@stepdown/core';
import { Type } from 'typebox';
import { auditListed } from '../audit-listed.js';
import { requireUser } from '../auth/authenticate.js';
import { ProblemError } from '../problems.js';
import { localDateIn, ROSTER_FLAGS, ROSTER_SETTINGS, rosterEntry, sortRoster } from '../roster/roster-status.js';
import type { RouteDeps } from '../route-deps.js';

/** The clinician's roster of linked patients. */
export const rosterRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, clock }) => {
  app.get(
    '/roster',
    {
      schema: {
        tags: ['records'],
        summary: 'Your patients at a glance: status flags, last check-in, today’s dose (clinicians only)',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Union(ROSTER_FLAGS.map((f) => Type.Literal(f)))),
            sort: Type.Optional(Type.Union([Type.Literal('name'), Type.Literal('status'), Type.Literal('lastCheckIn')])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      if (user.role !== 'clinician' && user.role !== 'clinic-admin')
        throw new ProblemError(403, 'FORBIDDEN', 'The roster is for clinicians.', []);
      const now = clock();
      // The earliest "7 days ago" of any zone (UTC−12 is the furthest behind); each patient's own window is applied after.
      const missedSince = addDays(localDateIn(now, 'Etc/GMT+12') as IsoDate, -ROSTER_SETTINGS.missedDoseWindowDays);
      const facts = await repositories.rosterFacts.forClinician(user.id, { missedSince });
      const wanted = request.query.status;
      const all = facts.map((f) => rosterEntry(f, now));
      const entries = sortRoster(
        all.filter((e) => wanted === undefined || e.flags.includes(wanted)),
        request.query.sort ?? 'name',
      );
      // Every patient shown is a read of their record, visible to them in their access log.
      await auditListed(
        repositories,
        request,
        user.id,
        entries.map((e) => e.patientId),
        'read:roster',
      );
      return { patients: entries, counts: countFlags(all) };
    },
  );
};

/** How many patients carry each flag, over the whole roster (before the status filter). */
const countFlags = (entries: readonly { flags: readonly string[] }[]) =>
  Object.fromEntries(ROSTER_FLAGS.map((flag) => [flag, entries.filter((e) => e.flags.includes(flag)).length]));
