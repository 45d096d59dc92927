import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addDays, DAILY_CHECK_IN, findInstrument, type Instrument, parseIsoDate, RED_FLAGS, withField } from '@stepdown/core';
import type { QuestionnaireResponse } from '@stepdown/db';
import { Type } from 'typebox';
import {
  afterNewResponse,
  announceSuggestion,
  currentPlan,
  evaluateResponse,
  helpFor,
  NO_PLAN,
  storedFields,
  storedRedFlags,
} from '../alerts/after-response.js';
import { localDateOf } from '../alerts/local-date.js';
import { authorize } from '../authorize.js';
import { ProblemError, unwrapCore } from '../problems.js';
import type { RouteDeps } from '../route-deps.js';

const PatientId = Type.Object({ patientId: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const Answers = Type.Record(
  Type.String({ maxLength: 30 }),
  Type.Union([Type.Number(), Type.Boolean(), Type.String({ maxLength: 2000 })]),
  { maxProperties: 40 },
);
const ClientId = Type.String({ minLength: 8, maxLength: 64 });
const CompletedAt = Type.String({ format: 'date-time', maxLength: 40 });
const DateRange = Type.Object(
  { from: Type.Optional(Type.String({ maxLength: 10 })), to: Type.Optional(Type.String({ maxLength: 10 })) },
  { additionalProperties: false },
);

/** Check-ins and questionnaire responses, scored on write; hold requests. */
export const checkInRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, events }) => {
  const deps = { repositories, events };

  const patientOf = async (patientId: string) => {
    const patient = await repositories.patients.findById(patientId);
    if (!patient) throw new ProblemError(404, 'PATIENT_NOT_FOUND', 'No patient record you can see has this id.', []);
    return patient;
  };

  /** Responses whose local completion date (in the patient's zone) is within from..to, both optional and inclusive. */
  const listByLocalDate = async (
    table: 'checkIns' | 'questionnaireResponses',
    patientId: string,
    query: { from?: string | undefined; to?: string | undefined },
  ): Promise<readonly QuestionnaireResponse[]> => {
    const from = query.from === undefined ? undefined : unwrapCore(parseIsoDate(query.from), 'from.');
    const to = query.to === undefined ? undefined : unwrapCore(parseIsoDate(query.to), 'to.');
    if (from !== undefined && to !== undefined && from > to)
      throw new ProblemError(422, 'RANGE_INVALID', '"from" is after "to".', [{ field: 'to', message: 'is before from' }]);
    const patient = await patientOf(patientId);
    // A day either side covers every time zone; the exact local date is then checked per row.
    const rows = await repositories[table].listForPatient(patientId, {
      ...(from === undefined ? {} : { from: new Date(`${addDays(from, -1)}T00:00:00Z`) }),
      ...(to === undefined ? {} : { to: new Date(`${addDays(to, 2)}T00:00:00Z`) }),
    });
    return rows.filter((r) => {
      const local = localDateOf(r.completedAt, patient.timeZone);
      return (from === undefined || local >= from) && (to === undefined || local <= to);
    });
  };

  /**
   * Scores and triages before anything is stored (bad answers change no rows),
   * records idempotently by client id, and runs the rules only for a new entry.
   * A retry answers from what was stored first and raises nothing again.
   */
  const recordScored = async (
    table: 'checkIns' | 'questionnaireResponses',
    instrument: Instrument,
    patientId: string,
    body: {
      readonly clientId: string;
      readonly completedAt: string;
      readonly answers: Readonly<Record<string, number | boolean | string>>;
    },
    redFlags: readonly string[],
  ) => {
    const patient = await patientOf(patientId);
    const evaluated = evaluateResponse(instrument, body.answers, redFlags, patient.region);
    const recorded = await repositories[table].record({
      patientId,
      clientId: body.clientId,
      completedAt: new Date(body.completedAt),
      ...storedFields(evaluated, redFlags),
    });
    const entry = recorded.value;
    const stored = findInstrument(entry.instrumentId);
    const shown =
      recorded.created || !stored.ok
        ? evaluated
        : evaluateResponse(stored.value, entry.answers as Record<string, number | string>, storedRedFlags(entry), patient.region);
    const after = recorded.created ? await afterNewResponse(deps, table, entry, evaluated) : null;
    return {
      value: entry,
      created: recorded.created,
      score: { total: entry.total, band: entry.band, flags: entry.flags, triggers: entry.triggers },
      help: helpFor(shown),
      // The same rules raised (or, on a retry, had raised) alerts for the care team: the patient is told so.
      careTeamAlerted: shown.rules.alerts.length > 0,
      suggestion: after?.suggestion ?? null,
    };
  };

  app.post(
    '/patients/:patientId/check-ins',
    {
      schema: {
        tags: ['records'],
        summary: 'Record the daily check-in (patient only; scored on write; idempotent by clientId)',
        params: PatientId,
        body: Type.Object(
          {
            clientId: ClientId,
            completedAt: CompletedAt,
            answers: Answers,
            redFlags: Type.Optional(
              Type.Array(Type.Union(RED_FLAGS.map((f) => Type.Literal(f.id))), { maxItems: RED_FLAGS.length }),
            ),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      await authorize(request, repositories, patientId, { area: 'checkIns', write: true });
      const { value, ...outcome } = await recordScored(
        'checkIns',
        DAILY_CHECK_IN,
        patientId,
        request.body,
        request.body.redFlags ?? [],
      );
      return reply.code(outcome.created ? 201 : 200).send({ checkIn: value, ...outcome });
    },
  );

  app.get(
    '/patients/:patientId/check-ins',
    {
      schema: {
        tags: ['records'],
        summary: 'Daily check-ins between two local dates (inclusive)',
        params: PatientId,
        querystring: DateRange,
      },
    },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'checkIns', write: false });
      return { checkIns: await listByLocalDate('checkIns', request.params.patientId, request.query) };
    },
  );

  app.post(
    '/patients/:patientId/questionnaire-responses',
    {
      schema: {
        tags: ['records'],
        summary: 'Record a completed questionnaire (patient only; scored on write; idempotent by clientId)',
        params: PatientId,
        body: Type.Object(
          { clientId: ClientId, instrumentId: Type.String({ maxLength: 30 }), completedAt: CompletedAt, answers: Answers },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      await authorize(request, repositories, patientId, { area: 'checkIns', write: true });
      const instrument = unwrapCore(withField(findInstrument(request.body.instrumentId), 'instrumentId'));
      if (instrument.id === DAILY_CHECK_IN.id)
        throw new ProblemError(422, 'USE_CHECK_INS', 'Send the daily check-in to /check-ins.', [
          { field: 'instrumentId', message: 'the daily check-in has its own route' },
        ]);
      const { value, ...outcome } = await recordScored('questionnaireResponses', instrument, patientId, request.body, []);
      return reply.code(outcome.created ? 201 : 200).send({ response: value, ...outcome });
    },
  );

  app.get(
    '/patients/:patientId/questionnaire-responses',
    {
      schema: {
        tags: ['records'],
        summary: 'Questionnaire responses between two local dates (inclusive)',
        params: PatientId,
        querystring: DateRange,
      },
    },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'checkIns', write: false });
      return { responses: await listByLocalDate('questionnaireResponses', request.params.patientId, request.query) };
    },
  );

  app.post(
    '/patients/:patientId/hold-requests',
    {
      schema: {
        tags: ['records'],
        summary:
          'Ask the prescriber to pause or slow the taper (patient only; the plan does not change until they decide; idempotent by the optional clientId)',
        params: PatientId,
        body: Type.Object(
          {
            kind: Type.Union([Type.Literal('hold'), Type.Literal('slow')]),
            reason: Type.String({ minLength: 1, maxLength: 1000 }),
            clientId: Type.Optional(ClientId),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      // Only the patient writes check-ins, so this area keeps hold requests the patient's own.
      await authorize(request, repositories, patientId, { area: 'checkIns', write: true });
      const plan = await currentPlan(repositories, patientId);
      if (!plan) throw NO_PLAN();
      const { kind, reason, clientId } = request.body;
      const recorded = await repositories.adjustmentSuggestions.record({
        patientId,
        planId: plan.id,
        kind,
        reason,
        source: 'patient-request',
        requestedByPatient: true,
        ...(clientId === undefined ? {} : { clientId }),
      });
      // A retry answers with the request stored first and alerts no one again.
      // A pause request is urgent (symptoms are hard now); a request to slow is routine.
      if (recorded.created) await announceSuggestion(deps, recorded.value, recorded.value.kind === 'hold');
      return reply.code(recorded.created ? 201 : 200).send({
        suggestion: recorded.value,
        message:
          'Your care team has been asked. Keep taking your current dose until they reply, and never stop suddenly. If you have red-flag signs, use the help page now.',
      });
    },
  );
};
