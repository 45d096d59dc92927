import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { parseDose, parseIsoDate, parseLocalTime, REGIONS, toMilligrams } from '@stepdown/core';
import { DEFAULT_QUESTIONNAIRE_SCHEDULE, DOSE_LOG_STATUSES, type DoseLog, QUESTIONNAIRE_SCHEDULE_MAX_DAYS } from '@stepdown/db';
import { Type } from 'typebox';
import { afterNewDoseLog } from '../alerts/after-dose-log.js';
import { auditListed } from '../audit-listed.js';
import { requireUser } from '../auth/authenticate.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { authorize } from '../authorize.js';
import { ProblemError, unwrapCore } from '../problems.js';
import type { RouteDeps } from '../route-deps.js';

/** An invitation code works for 14 days. */
export const INVITE_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

const PatientId = Type.Object({ patientId: Type.String({ maxLength: 64 }) });
const Permissions = Type.Object(
  { plan: Type.Boolean(), doses: Type.Boolean(), checkIns: Type.Boolean(), alerts: Type.Boolean() },
  { additionalProperties: false },
);

/** Days between two asks of a questionnaire; 0: not asked. */
const ScheduleDays = (name: string, fallback: number) =>
  Type.Integer({
    minimum: 0,
    maximum: QUESTIONNAIRE_SCHEDULE_MAX_DAYS,
    description: `Ask the ${name} every this many days; 0: not asked. ${fallback} until a clinician sets it.`,
    examples: [fallback],
  });
const QuestionnaireScheduleBody = Type.Object(
  {
    bwsqDays: ScheduleDays('BWSQ', DEFAULT_QUESTIONNAIRE_SCHEDULE.bwsqDays),
    phq9Days: ScheduleDays('PHQ-9', DEFAULT_QUESTIONNAIRE_SCHEDULE.phq9Days),
    gad7Days: ScheduleDays('GAD-7', DEFAULT_QUESTIONNAIRE_SCHEDULE.gad7Days),
  },
  { additionalProperties: false },
);

const doseLogJson = (log: DoseLog) => ({ ...log, amountMg: toMilligrams(log.amountUg), amountUg: undefined });

export const patientRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, clock, events }) => {
  /** Display names of the given users (deleted or unknown ones are left out). */
  const displayNames = async (userIds: readonly (string | null)[]): Promise<Map<string, string>> => {
    const names = new Map<string, string>();
    for (const id of new Set(userIds)) {
      if (!id) continue;
      const user = await repositories.users.findById(id);
      if (user) names.set(id, user.displayName);
    }
    return names;
  };

  const existingClinic = async (clinicId: string): Promise<string> => {
    if (!(await repositories.clinics.findById(clinicId)))
      throw new ProblemError(422, 'CLINIC_NOT_FOUND', 'There is no clinic with this id.', [
        { field: 'clinicId', message: 'not found' },
      ]);
    return clinicId;
  };

  app.post(
    '/patients',
    {
      schema: {
        tags: ['records'],
        summary: 'Create your own patient record (patients only)',
        body: Type.Object(
          {
            timeZone: Type.String({ maxLength: 64, examples: ['America/New_York'] }),
            region: Type.Union(REGIONS.map((r) => Type.Literal(r))),
            dateOfBirth: Type.Optional(Type.String({ maxLength: 10 })),
            weightKg: Type.Optional(Type.Number({ minimum: 0.5, maximum: 350 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      if (user.role !== 'patient') throw new ProblemError(403, 'FORBIDDEN', 'Only a patient account has a patient record.', []);
      const { dateOfBirth, ...rest } = request.body;
      const created = await repositories.patients.create({
        userId: user.id,
        ...rest,
        ...(dateOfBirth === undefined ? {} : { dateOfBirth: unwrapCore(parseIsoDate(dateOfBirth), 'dateOfBirth.') }),
      });
      if (!created.ok)
        throw new ProblemError(created.error.code === 'PATIENT_EXISTS' ? 409 : 422, created.error.code, created.error.message, [
          { field: created.error.field ?? 'body', message: created.error.message },
        ]);
      await repositories.audit.append({
        actorUserId: user.id,
        patientId: created.value.id,
        action: 'write:profile',
        targetType: 'patient',
        targetId: created.value.id,
        outcome: 'allowed',
        ip: request.ip,
      });
      return reply.code(201).send({ patient: created.value });
    },
  );

  app.get(
    '/patients/:patientId',
    { schema: { tags: ['records'], summary: 'A patient record', params: PatientId } },
    async (request) => {
      const access = await authorize(request, repositories, request.params.patientId, { area: 'profile', write: false });
      const patient = await repositories.patients.findById(request.params.patientId);
      // The name, so carers' screens can say whose record this is without another lookup.
      const owner = patient && (await repositories.users.findById(patient.userId));
      return {
        patient: patient && { ...patient, displayName: owner?.displayName ?? null },
        access: { relation: access.relation, permissions: access.permissions },
      };
    },
  );

  app.patch(
    '/patients/:patientId',
    {
      schema: {
        tags: ['records'],
        summary: 'Correct your own record: time zone, region, date of birth, weight (the patient only; null clears the last two)',
        params: PatientId,
        body: Type.Object(
          {
            timeZone: Type.Optional(Type.String({ maxLength: 64, examples: ['America/New_York'] })),
            region: Type.Optional(Type.Union(REGIONS.map((r) => Type.Literal(r)))),
            dateOfBirth: Type.Optional(Type.Union([Type.String({ maxLength: 10 }), Type.Null()])),
            weightKg: Type.Optional(Type.Union([Type.Number({ minimum: 0.5, maximum: 350 }), Type.Null()])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      // Carers read the profile but never change it (authorize.ts): where someone lives is theirs to say.
      await authorize(request, repositories, request.params.patientId, { area: 'profile', write: true });
      const { dateOfBirth, ...rest } = request.body;
      const updated = await repositories.patients.update(request.params.patientId, {
        ...rest,
        ...(dateOfBirth === undefined
          ? {}
          : { dateOfBirth: dateOfBirth === null ? null : unwrapCore(parseIsoDate(dateOfBirth), 'dateOfBirth.') }),
      });
      if (!updated.ok)
        throw new ProblemError(
          updated.error.code === 'PATIENT_NOT_FOUND' ? 404 : 422,
          updated.error.code,
          updated.error.message,
          [{ field: updated.error.field ?? 'body', message: updated.error.message }],
        );
      return { patient: updated.value };
    },
  );

  app.put(
    '/patients/:patientId/questionnaire-schedule',
    {
      schema: {
        tags: ['records'],
        summary: 'Set how often the patient is asked for the BWSQ, PHQ-9 and GAD-7 (their clinician or clinic only)',
        params: PatientId,
        body: QuestionnaireScheduleBody,
      },
    },
    async (request) => {
      // The patient may write their own plan data, but the cadence of their questionnaires is the care team's call.
      await authorize(request, repositories, request.params.patientId, {
        area: 'plan',
        write: true,
        prescriberOnly: {
          code: 'SCHEDULE_NEEDS_CLINICIAN',
          detail: 'Only the patient’s clinician or clinic can set the questionnaire schedule.',
        },
      });
      const { bwsqDays, phq9Days, gad7Days } = request.body;
      const patient = await repositories.patients.setQuestionnaireSchedule(request.params.patientId, {
        bwsqDays,
        phq9Days,
        gad7Days,
      });
      if (!patient)
        throw new ProblemError(404, 'PATIENT_NOT_FOUND', 'No patient record you can see has this id.', [
          { field: 'patientId', message: 'not found' },
        ]);
      return { questionnaireSchedule: patient.questionnaireSchedule ?? null };
    },
  );

  app.post(
    '/patients/:patientId/invites',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Invite a clinician, a clinic or a supporter (the code is shown once)',
        params: PatientId,
        body: Type.Union([
          Type.Object({ kind: Type.Literal('clinician') }, { additionalProperties: false }),
          Type.Object({ kind: Type.Literal('supporter'), permissions: Permissions }, { additionalProperties: false }),
          Type.Object(
            { kind: Type.Literal('clinic'), clinicId: Type.String({ maxLength: 64 }) },
            { additionalProperties: false },
          ),
        ]),
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      await authorize(request, repositories, request.params.patientId, { area: 'sharing', write: true });
      const code = newToken();
      const body = request.body;
      const link = await repositories.careLinks.invite({
        patientId: request.params.patientId,
        createdBy: user.id,
        inviteCodeHash: hashToken(code),
        expiresAt: new Date(clock().getTime() + INVITE_LIFETIME_MS),
        ...(body.kind === 'supporter'
          ? { kind: 'supporter' as const, permissions: body.permissions }
          : body.kind === 'clinic'
            ? { kind: 'clinic' as const, clinicId: await existingClinic(body.clinicId) }
            : { kind: 'clinician' as const }),
      });
      return reply.code(201).send({ link, code });
    },
  );

  app.post(
    '/invites/accept',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Accept an invitation with its code',
        body: Type.Object({ code: Type.String({ minLength: 10, maxLength: 100 }) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      const accepted = await repositories.careLinks.accept({ inviteCodeHash: hashToken(request.body.code), userId: user.id });
      if (!accepted.ok)
        throw new ProblemError(
          accepted.error.code === 'INVITE_NOT_FOUND' ? 404 : 422,
          accepted.error.code,
          accepted.error.message,
          [{ field: 'code', message: accepted.error.message }],
        );
      await repositories.audit.append({
        actorUserId: user.id,
        patientId: accepted.value.patientId,
        action: 'write:sharing',
        targetType: 'care_link',
        targetId: accepted.value.id,
        outcome: 'allowed',
        ip: request.ip,
      });
      return { link: accepted.value };
    },
  );

  app.get(
    '/patients/:patientId/links',
    { schema: { tags: ['sharing'], summary: 'Who can see this record', params: PatientId } },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'sharing', write: false });
      const links = await repositories.careLinks.listForPatient(request.params.patientId);
      const names = await displayNames(links.map((link) => link.linkedUserId));
      const clinics = new Map<string, string>();
      for (const id of new Set(links.flatMap((link) => (link.clinicId ? [link.clinicId] : []))))
        clinics.set(id, (await repositories.clinics.findById(id))?.name ?? '');
      // Names, so the patient recognises who they let in.
      return {
        links: links.map((link) => ({
          ...link,
          linkedUserName: (link.linkedUserId && names.get(link.linkedUserId)) || null,
          clinicName: (link.clinicId && clinics.get(link.clinicId)) || null,
        })),
      };
    },
  );

  app.patch(
    '/patients/:patientId/links/:linkId',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Change what a supporter may see',
        params: Type.Object({ patientId: Type.String({ maxLength: 64 }), linkId: Type.String({ maxLength: 64 }) }),
        body: Type.Object({ permissions: Permissions }, { additionalProperties: false }),
      },
    },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'sharing', write: true });
      const link = await repositories.careLinks.findById(request.params.linkId);
      if (!link || link.patientId !== request.params.patientId || link.status === 'revoked')
        throw new ProblemError(404, 'LINK_NOT_FOUND', 'No such link on this record.', [
          { field: 'linkId', message: 'not found' },
        ]);
      if (link.kind !== 'supporter')
        throw new ProblemError(422, 'PERMISSIONS_SUPPORTERS_ONLY', 'Only a supporter’s view can be narrowed.', [
          { field: 'linkId', message: 'clinicians see the whole record they care for' },
        ]);
      const updated = await repositories.careLinks.setPermissions(link.id, request.body.permissions);
      return { link: updated };
    },
  );

  // The people the caller cares for: a supporter's or clinician's own links, with each patient's name.
  app.get(
    '/care-links',
    { schema: { tags: ['sharing'], summary: 'The records you can see through a care link (supporters and clinicians)' } },
    async (request) => {
      const { user } = requireUser(request);
      const links = await repositories.careLinks.linksForUser(user.id);
      const rows = [];
      for (const link of links) {
        const patient = await repositories.patients.findById(link.patientId);
        const owner = patient && (await repositories.users.findById(patient.userId));
        if (!owner) continue;
        rows.push({
          id: link.id,
          patientId: link.patientId,
          patientName: owner.displayName,
          kind: link.kind,
          permissions: link.permissions,
          acceptedAt: link.acceptedAt,
        });
      }
      // Each name shown is a read of that record, visible to the patient in their access log.
      await auditListed(
        repositories,
        request,
        user.id,
        rows.map((row) => row.patientId),
        'read:care-links',
      );
      return { links: rows };
    },
  );

  app.delete(
    '/patients/:patientId/links/:linkId',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Revoke someone’s access',
        params: Type.Object({ patientId: Type.String({ maxLength: 64 }), linkId: Type.String({ maxLength: 64 }) }),
      },
    },
    async (request, reply) => {
      await authorize(request, repositories, request.params.patientId, { area: 'sharing', write: true });
      const link = await repositories.careLinks.findById(request.params.linkId);
      if (!link || link.patientId !== request.params.patientId)
        throw new ProblemError(404, 'LINK_NOT_FOUND', 'No such link on this record.', [
          { field: 'linkId', message: 'not found' },
        ]);
      await repositories.careLinks.revoke(link.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/patients/:patientId/dose-logs',
    {
      schema: {
        tags: ['records'],
        summary: 'Record a dose (idempotent by clientId: a retry never doubles a dose)',
        params: PatientId,
        body: Type.Object(
          {
            clientId: Type.String({ minLength: 8, maxLength: 64 }),
            date: Type.String({ maxLength: 10 }),
            plannedTime: Type.Optional(Type.String({ maxLength: 5 })),
            drug: Type.String({ maxLength: 60 }),
            dose: Type.String({ maxLength: 20, examples: ['0.5mg'] }),
            status: Type.Union(DOSE_LOG_STATUSES.map((s) => Type.Literal(s))),
            takenAt: Type.Optional(Type.String({ format: 'date-time' })),
            note: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      await authorize(request, repositories, request.params.patientId, { area: 'doses', write: true });
      const body = request.body;
      const recorded = await repositories.doseLogs.record({
        patientId: request.params.patientId,
        clientId: body.clientId,
        date: unwrapCore(parseIsoDate(body.date), 'date.'),
        plannedTime: body.plannedTime === undefined ? null : unwrapCore(parseLocalTime(body.plannedTime), 'plannedTime.'),
        drug: body.drug,
        amountUg: unwrapCore(parseDose(body.dose), 'dose.'),
        status: body.status,
        takenAt: body.takenAt ?? null,
        note: body.note ?? null,
      });
      // Alert rules and the live event run once, for the log this request created (never for a retry).
      if (recorded.created) await afterNewDoseLog({ repositories, events }, recorded.value, doseLogJson(recorded.value));
      return reply.code(recorded.created ? 201 : 200).send({ doseLog: doseLogJson(recorded.value), created: recorded.created });
    },
  );

  app.get(
    '/patients/:patientId/dose-logs',
    {
      schema: {
        tags: ['records'],
        summary: 'Dose log between two dates',
        params: PatientId,
        querystring: Type.Object(
          { from: Type.String({ maxLength: 10 }), to: Type.String({ maxLength: 10 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'doses', write: false });
      const from = unwrapCore(parseIsoDate(request.query.from), 'from.');
      const to = unwrapCore(parseIsoDate(request.query.to), 'to.');
      return { doseLogs: (await repositories.doseLogs.listByDateRange(request.params.patientId, { from, to })).map(doseLogJson) };
    },
  );

  app.get(
    '/patients/:patientId/audit',
    { schema: { tags: ['records'], summary: 'Who accessed this record (the patient only)', params: PatientId } },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'audit', write: false });
      const entries = await repositories.audit.listForPatient(request.params.patientId);
      const names = await displayNames(entries.map((entry) => entry.actorUserId));
      return {
        entries: entries.map((entry) => ({ ...entry, actorName: (entry.actorUserId && names.get(entry.actorUserId)) || null })),
      };
    },
  );
};
