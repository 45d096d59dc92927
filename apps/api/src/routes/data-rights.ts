import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CSRF_COOKIE, requireUser, SESSION_COOKIE } from '../auth/authenticate.js';
import { serializeCookie } from '../auth/cookies.js';
import { verifyPassword } from '../auth/password.js';
import { rateLimiter } from '../auth/rate-limit.js';
import { authorize } from '../authorize.js';
import { exportCsv } from '../export/export-csv.js';
import { exportFhir } from '../export/export-fhir.js';
import { exportJson } from '../export/export-json.js';
import { loadPatientRecord } from '../export/patient-record.js';
import { ProblemError } from '../problems.js';
import { localDateIn } from '../roster/roster-status.js';
import type { RouteDeps } from '../route-deps.js';

/** Deleting an account needs the password: at most 10 tries a minute from one address, like sign-in. */
export const DELETE_ACCOUNT_RATE_LIMIT = { limit: 10, windowMs: 60_000 } as const;

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  csv: { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  fhir: { type: 'application/fhir+json; charset=utf-8', extension: 'fhir.json' },
} as const;

/** Export everything, delete the account. */
export const dataRightsRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, clock }) => {
  const limitDeletion = rateLimiter({ ...DELETE_ACCOUNT_RATE_LIMIT, clock });

  app.get(
    '/patients/:patientId/export',
    {
      schema: {
        tags: ['records'],
        summary: 'Download your whole record: JSON, CSV or a FHIR R4 Bundle (the patient only)',
        params: Type.Object({ patientId: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
        querystring: Type.Object(
          { format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('fhir')])) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      await authorize(request, repositories, patientId, { area: 'account', write: false });
      const format = request.query.format ?? 'json';
      const record = await loadPatientRecord(repositories, patientId);
      if (!record)
        throw new ProblemError(404, 'PATIENT_NOT_FOUND', 'No patient record you can see has this id.', [
          { field: 'patientId', message: 'not found' },
        ]);
      const now = clock();
      await repositories.audit.append({
        actorUserId: requireUser(request).user.id,
        patientId,
        action: 'export:record',
        targetType: 'patient',
        targetId: patientId,
        outcome: 'allowed',
        ip: request.ip,
        userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
        detail: { format },
      });
      const body =
        format === 'csv'
          ? exportCsv(record)
          : JSON.stringify(format === 'fhir' ? exportFhir(record, now) : exportJson(record, now), null, 2);
      const { type, extension } = FORMATS[format];
      const filename = `stepdown-record-${localDateIn(now, record.patient.timeZone)}.${extension}`;
      return reply
        .header('content-type', type)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.delete(
    '/account',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Delete your account (needs your password). A patient’s clinical record is removed and every link ended; the access log is kept.',
        body: Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      limitDeletion(request);
      const entry = {
        actorUserId: user.id,
        action: 'delete:account',
        targetType: 'user',
        targetId: user.id,
        ip: request.ip,
        userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
      };
      if (!(await verifyPassword(request.body.password, user.passwordHash))) {
        await repositories.audit.append({ ...entry, outcome: 'denied', detail: { reason: 'wrong password' } });
        throw new ProblemError(403, 'PASSWORD_INCORRECT', 'That is not your password; nothing was deleted.', [
          { field: 'password', message: 'does not match' },
        ]);
      }
      const deleted = await repositories.accountDeletion.deleteAccount(user.id);
      if (!deleted.ok) throw new ProblemError(404, deleted.error.code, deleted.error.message, []);
      // Kept after the account is gone: the patient's access log shows the deletion (counts only, no content).
      await repositories.audit.append({
        ...entry,
        patientId: deleted.value.patientId,
        outcome: 'allowed',
        detail: { role: deleted.value.role, removed: deleted.value.removed, linksRevoked: deleted.value.linksRevoked },
      });
      reply.header('set-cookie', [
        serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, httpOnly: true, secure: request.protocol === 'https' }),
        serializeCookie(CSRF_COOKIE, '', { maxAgeSeconds: 0, httpOnly: false, secure: request.protocol === 'https' }),
      ]);
      return reply.code(204).send();
    },
  );
};
