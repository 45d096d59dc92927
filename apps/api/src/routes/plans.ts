import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  checkDose,
  daysBetween,
  INDICATIONS,
  type Indication,
  type IsoDate,
  parseIsoDate,
  parseRegimen,
  planTaper,
  type TaperPlan,
  toMilligrams,
  withMilligrams,
} from '@stepdown/core';
import type { Plan, PlanVersion } from '@stepdown/db';
import type { FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import { requireUser } from '../auth/authenticate.js';
import { allows, authorize } from '../authorize.js';
import { activePlanFor } from '../plans/active-plan.js';
import { replanFromToday } from '../plans/replan.js';
import { type TaperBody, TaperBodyFields, toTaperInput } from '../plans/taper-input.js';
import { todayView } from '../plans/today.js';
import { localDate } from '../plans/zoned-time.js';
import { ProblemError, unwrapCore } from '../problems.js';
import type { RouteDeps } from '../route-deps.js';

const Id = Type.String({ maxLength: 64 });
const PatientId = Type.Object({ patientId: Id }, { additionalProperties: false });
const PlanParams = Type.Object({ patientId: Id, planId: Id }, { additionalProperties: false });
const VersionParams = Type.Object({ patientId: Id, planId: Id, versionId: Id }, { additionalProperties: false });
const Reason = Type.String({ minLength: 1, maxLength: 1000 });
/** The client's id for a retry-safe creation: the same rule as dose logs' and check-ins'. */
const ClientId = Type.String({ minLength: 8, maxLength: 64 });

/** Only prescribers decide: a clinician linked to the patient or a member of their clinic. */
const prescriberDecides = (what: string) =>
  ({
    area: 'plan',
    write: true,
    prescriberOnly: { code: 'APPROVAL_NEEDS_CLINICIAN', detail: `Only the patient's clinician or clinic can ${what}.` },
  }) as const;

const versionJson = (version: PlanVersion) => ({ ...version, plan: withMilligrams(version.plan) });
const versionSummary = ({ plan: _plan, input: _input, ...rest }: PlanVersion) => rest;

/** Whole years from a birth date to a date. */
const ageOn = (birth: string, today: IsoDate): number => {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
};

/** Medications, taper plans and their versions, today's doses, decisions on suggestions. */
export const planRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { repositories, clock, events }) => {
  const patientOf = async (patientId: string) => {
    const patient = await repositories.patients.findById(patientId);
    if (!patient) throw new ProblemError(404, 'PATIENT_NOT_FOUND', 'No patient record you can see has this id.', []);
    return patient;
  };
  const todayFor = async (patientId: string): Promise<IsoDate> =>
    localDate(clock(), (await patientOf(patientId)).timeZone) as IsoDate;

  const planOf = async (patientId: string, planId: string): Promise<Plan> => {
    const plan = await repositories.plans.findById(planId);
    if (!plan || plan.patientId !== patientId)
      throw new ProblemError(404, 'PLAN_NOT_FOUND', 'No such plan on this record.', [{ field: 'planId', message: 'not found' }]);
    return plan;
  };
  const versionOf = async (plan: Plan, versionId: string): Promise<PlanVersion> => {
    const version = await repositories.planVersions.findById(versionId);
    if (!version || version.planId !== plan.id)
      throw new ProblemError(404, 'PLAN_VERSION_NOT_FOUND', 'No such version of this plan.', [
        { field: 'versionId', message: 'not found' },
      ]);
    return version;
  };
  const publishVersion = (patientId: string, version: PlanVersion) =>
    events.publish({
      type: 'plan-version',
      patientId,
      data: { planId: version.planId, versionId: version.id, version: version.version, approvalState: version.approvalState },
    });

  /** Plans with core first: a bad input is a 422 before any row is written. */
  const plannedFrom = (body: TaperBody): TaperPlan => unwrapCore(planTaper(toTaperInput(body)));

  const addVersion = async (request: FastifyRequest, plan: Plan, body: TaperBody, taper: TaperPlan, reason: string) => {
    const { user } = requireUser(request);
    const version = unwrapCore(
      await repositories.planVersions.createNext({ planId: plan.id, plan: taper, input: body, authorUserId: user.id, reason }),
    );
    publishVersion(plan.patientId, version);
    return version;
  };

  const MedicationParams = Type.Object({ patientId: Id, medicationId: Id }, { additionalProperties: false });
  /** A medication entry; a correction sends the whole entry again, exactly as recording it did. */
  const MedicationBody = Type.Object(
    {
      drug: Type.String({ minLength: 1, maxLength: 60 }),
      regimen: Type.String({ minLength: 1, maxLength: 300, examples: ['0.5mg@08:00, 1mg@22:00'] }),
      indication: Type.Union(INDICATIONS.map((i) => Type.Literal(i))),
      startedOn: Type.Optional(Type.String({ maxLength: 10 })),
    },
    { additionalProperties: false },
  );
  /**
   * Reads a medication entry as sent (recording it or correcting it) and runs the dose check on it in the
   * patient's context: the fields to store and the findings, or a problem naming the field.
   */
  const checkedMedication = async (patientId: string, body: Static<typeof MedicationBody>) => {
    const patient = await patientOf(patientId);
    const today = localDate(clock(), patient.timeZone) as IsoDate;
    const regimen = unwrapCore(
      parseRegimen(
        body.regimen.split(',').map((entry) => entry.trim()),
        'regimen',
      ),
    );
    const startedOn = body.startedOn === undefined ? undefined : unwrapCore(parseIsoDate(body.startedOn), 'startedOn.');
    if (startedOn !== undefined && daysBetween(startedOn, today) < 0)
      throw new ProblemError(422, 'DATE_IN_FUTURE', 'A current medication cannot start after today.', [
        { field: 'startedOn', message: 'after today', expected: `a date up to ${today}` },
      ]);
    const check = unwrapCore(
      checkDose({
        drug: body.drug,
        indication: body.indication as Indication,
        regimen,
        ...(patient.dateOfBirth ? { ageYears: ageOn(patient.dateOfBirth, today) } : {}),
        ...(patient.weightKg === null ? {} : { weightKg: patient.weightKg }),
        ...(startedOn === undefined ? {} : { durationDays: daysBetween(startedOn, today) }),
      }),
    );
    return {
      fields: { drug: check.drug.id, indication: check.indication, regimen, startedOn: startedOn ?? null },
      check: {
        dailyTotalMg: toMilligrams(check.dailyTotalUg),
        ...(check.diazepamEquivalentUg === undefined
          ? {}
          : { diazepamEquivalentMg: toMilligrams(check.diazepamEquivalentUg), band: check.band }),
        findings: check.findings,
      },
    };
  };

  app.post(
    '/patients/:patientId/medications',
    {
      schema: {
        tags: ['records'],
        summary: 'Record a current medication; returns the dose check’s findings (patient or clinician)',
        params: PatientId,
        body: MedicationBody,
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      await authorize(request, repositories, patientId, { area: 'plan', write: true });
      const { fields, check } = await checkedMedication(patientId, request.body);
      const medication = await repositories.medications.create({ patientId, ...fields });
      return reply.code(201).send({ medication: withMilligrams(medication), check });
    },
  );

  app.get(
    '/patients/:patientId/medications',
    { schema: { tags: ['records'], summary: 'Current medications (doses in mg)', params: PatientId } },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'plan', write: false });
      return { medications: withMilligrams(await repositories.medications.listForPatient(request.params.patientId)) };
    },
  );

  const medicationNotFound = () =>
    new ProblemError(404, 'MEDICATION_NOT_FOUND', 'No current medication on this record has this id.', [
      { field: 'medicationId', message: 'not found' },
    ]);

  app.put(
    '/patients/:patientId/medications/:medicationId',
    {
      schema: {
        tags: ['records'],
        summary: 'Correct a current medication (the whole entry, as when recording it); returns the dose check’s findings',
        params: MedicationParams,
        body: MedicationBody,
      },
    },
    async (request) => {
      const { patientId, medicationId } = request.params;
      await authorize(request, repositories, patientId, { area: 'plan', write: true });
      // Unknown before invalid: a wrong id is the thing to fix first.
      if (!(await repositories.medications.findCurrent(patientId, medicationId))) throw medicationNotFound();
      const { fields, check } = await checkedMedication(patientId, request.body);
      const medication = await repositories.medications.update(patientId, medicationId, fields);
      // Removed meanwhile by another request.
      if (!medication) throw medicationNotFound();
      return { medication: withMilligrams(medication), check };
    },
  );

  app.delete(
    '/patients/:patientId/medications/:medicationId',
    {
      schema: {
        tags: ['records'],
        summary: 'Remove a medication from the current list (kept in the record’s history; patient or clinician)',
        params: MedicationParams,
      },
    },
    async (request, reply) => {
      const { patientId, medicationId } = request.params;
      await authorize(request, repositories, patientId, { area: 'plan', write: true });
      if (!(await repositories.medications.remove(patientId, medicationId))) throw medicationNotFound();
      return reply.code(204).send();
    },
  );

  app.post(
    '/patients/:patientId/plans',
    {
      schema: {
        tags: ['records'],
        summary:
          'Propose a taper plan: version 1 as a draft for the clinician to approve (patient or clinician; idempotent by the optional clientId)',
        params: PatientId,
        body: Type.Object(
          {
            ...TaperBodyFields,
            reason: Reason,
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
            clientId: Type.Optional(ClientId),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      await authorize(request, repositories, patientId, { area: 'plan', write: true });
      const { reason, title, clientId, ...body } = request.body;
      const taper = plannedFrom(body);
      const recorded = await repositories.plans.record({
        patientId,
        title: title ?? `${taper.drug} taper`,
        ...(clientId === undefined ? {} : { clientId }),
      });
      const plan = recorded.value;
      if (!recorded.created) {
        // A retry: the plan this client id made and its first version, as they are now; nothing is announced again.
        const first = (await repositories.planVersions.listForPlan(plan.id))[0];
        if (first) return reply.code(200).send({ plan, version: versionJson(first) });
        // The first attempt stopped between the plan and its version: this one finishes it.
      }
      const version = await addVersion(request, plan, body, taper, reason);
      return reply
        .code(recorded.created ? 201 : 200)
        .send({ plan: { ...plan, latestVersion: version.version }, version: versionJson(version) });
    },
  );

  app.get(
    '/patients/:patientId/plans',
    { schema: { tags: ['records'], summary: 'Taper plans, each with a summary of its versions', params: PatientId } },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'plan', write: false });
      const plans = await repositories.plans.listForPatient(request.params.patientId);
      return {
        plans: await Promise.all(
          plans.map(async (plan) => ({
            ...plan,
            versions: (await repositories.planVersions.listForPlan(plan.id)).map(versionSummary),
          })),
        ),
      };
    },
  );

  app.get(
    '/patients/:patientId/plans/:planId/versions',
    { schema: { tags: ['records'], summary: 'Every version of a plan, in full (doses in mg)', params: PlanParams } },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'plan', write: false });
      const plan = await planOf(request.params.patientId, request.params.planId);
      return { plan, versions: (await repositories.planVersions.listForPlan(plan.id)).map(versionJson) };
    },
  );

  app.post(
    '/patients/:patientId/plans/:planId/versions',
    {
      schema: {
        tags: ['records'],
        summary:
          'Propose a new version of a plan from new inputs, with the reason (a draft; idempotent by the optional clientId)',
        params: PlanParams,
        body: Type.Object(
          { ...TaperBodyFields, reason: Reason, clientId: Type.Optional(ClientId) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { patientId, planId } = request.params;
      await authorize(request, repositories, patientId, { area: 'plan', write: true });
      const plan = await planOf(patientId, planId);
      const { reason, clientId, ...body } = request.body;
      const taper = plannedFrom(body);
      const { user } = requireUser(request);
      const recorded = unwrapCore(
        await repositories.planVersions.recordNext({
          planId: plan.id,
          plan: taper,
          input: body,
          authorUserId: user.id,
          reason,
          ...(clientId === undefined ? {} : { clientId }),
        }),
      );
      // A retry gets the version this client id made, as it is now (maybe decided since); nothing is announced again.
      if (recorded.created) publishVersion(patientId, recorded.value);
      return reply.code(recorded.created ? 201 : 200).send({ version: versionJson(recorded.value) });
    },
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/patients/:patientId/plans/:planId/versions/:versionId/${decision}`,
      {
        schema: {
          tags: ['records'],
          summary:
            decision === 'approve'
              ? 'Approve a draft: it becomes the version in force (clinician or clinic only)'
              : 'Reject a draft (clinician or clinic only)',
          params: VersionParams,
        },
      },
      async (request) => {
        const { patientId, planId, versionId } = request.params;
        await authorize(request, repositories, patientId, prescriberDecides(`${decision} a plan version`));
        const version = await versionOf(await planOf(patientId, planId), versionId);
        const { user } = requireUser(request);
        const decided = unwrapCore(await repositories.planVersions[decision](version.id, user.id));
        publishVersion(patientId, decided);
        return { version: versionJson(decided) };
      },
    );
  }

  app.get(
    '/patients/:patientId/today',
    {
      schema: {
        tags: ['records'],
        summary: 'Today’s doses from the plan in force, with their times in the patient’s zone and what is logged',
        params: PatientId,
        querystring: Type.Object(
          { date: Type.Optional(Type.String({ maxLength: 10, examples: ['2026-11-22'] })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { patientId } = request.params;
      const access = await authorize(request, repositories, patientId, { area: 'plan', write: false });
      const patient = await patientOf(patientId);
      const date =
        request.query.date === undefined
          ? (localDate(clock(), patient.timeZone) as IsoDate)
          : unwrapCore(parseIsoDate(request.query.date), 'date.');
      const active = await activePlanFor(repositories, patientId);
      if (!active)
        return {
          date,
          timeZone: patient.timeZone,
          plan: null,
          message: 'No plan has been approved yet. Keep taking your medicine as prescribed until your prescriber approves one.',
          step: null,
          doses: [],
          next: null,
        };
      // The logged status is the dose log: shown only to those who may see it (a supporter without 'doses' sees the schedule only).
      const logs = allows(access, { area: 'doses', write: false })
        ? await repositories.doseLogs.listByDateRange(patientId, { from: date, to: date })
        : undefined;
      return {
        plan: {
          id: active.plan.id,
          title: active.plan.title,
          versionId: active.version.id,
          version: active.version.version,
          drug: active.taper.drug,
          strategy: active.taper.strategy,
          start: active.taper.start,
          end: active.taper.end,
          stepCount: active.taper.steps.length,
        },
        ...todayView({ taper: active.taper, date, timeZone: patient.timeZone, logs }),
      };
    },
  );

  app.get(
    '/patients/:patientId/suggestions',
    {
      schema: {
        tags: ['records'],
        summary: 'Suggestions to hold or slow the taper, newest first',
        params: PatientId,
        querystring: Type.Object(
          {
            state: Type.Optional(Type.Union(['suggested', 'approved', 'edited', 'rejected'].map((s) => Type.Literal(s)))),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await authorize(request, repositories, request.params.patientId, { area: 'plan', write: false });
      const state = request.query.state as 'suggested' | 'approved' | 'edited' | 'rejected' | undefined;
      return {
        suggestions: await repositories.adjustmentSuggestions.listForPatient(
          request.params.patientId,
          state === undefined ? {} : { state },
        ),
      };
    },
  );

  app.post(
    '/patients/:patientId/suggestions/:suggestionId/decision',
    {
      schema: {
        tags: ['records'],
        summary:
          'Decide on a suggestion: approve or edit re-plans from today’s dose as a new approved version; reject changes nothing (clinician or clinic only)',
        params: Type.Object({ patientId: Id, suggestionId: Id }, { additionalProperties: false }),
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('approve'), Type.Literal('edit'), Type.Literal('reject')]),
            reason: Reason,
            edit: Type.Optional(
              Type.Object(
                {
                  holdDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
                  cutPercent: Type.Optional(Type.Number({ minimum: 1, maximum: 50 })),
                  intervalDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 56 })),
                },
                { additionalProperties: false, minProperties: 1 },
              ),
            ),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { patientId, suggestionId } = request.params;
      await authorize(request, repositories, patientId, prescriberDecides('decide on a suggestion'));
      const { user } = requireUser(request);
      const { decision, reason, edit } = request.body;
      const suggestion = (await repositories.adjustmentSuggestions.listForPatient(patientId)).find((s) => s.id === suggestionId);
      if (!suggestion)
        throw new ProblemError(404, 'SUGGESTION_NOT_FOUND', 'No such suggestion on this record.', [
          { field: 'suggestionId', message: 'not found' },
        ]);
      if (suggestion.state !== 'suggested')
        throw new ProblemError(409, 'SUGGESTION_DECIDED', `This suggestion was already ${suggestion.state}.`, [
          { field: 'suggestionId', message: suggestion.state },
        ]);
      if ((decision === 'edit') !== (edit !== undefined))
        throw new ProblemError(
          422,
          decision === 'edit' ? 'EDIT_MISSING' : 'EDIT_NOT_EXPECTED',
          decision === 'edit' ? 'An edit needs the changed parameters.' : 'Only an edit takes changed parameters.',
          [{ field: 'edit', message: decision === 'edit' ? 'required' : 'not allowed' }],
        );
      const publishSuggestion = (s: typeof suggestion) =>
        events.publish({ type: 'suggestion', patientId, data: { suggestionId: s.id, state: s.state, planId: s.planId } });
      if (decision === 'reject') {
        const decided = unwrapCore(
          await repositories.adjustmentSuggestions.decide(suggestion.id, { state: 'rejected', by: user.id }),
        );
        publishSuggestion(decided);
        return { suggestion: decided, version: null };
      }
      // Re-plan before writing anything, so a plan core refuses leaves the suggestion open and no rows changed.
      const plan = await planOf(patientId, suggestion.planId);
      const active = await repositories.planVersions.activeVersion(plan.id);
      if (!active)
        throw new ProblemError(422, 'NO_ACTIVE_VERSION', 'The plan has no approved version to adjust.', [
          { field: 'suggestionId', message: 'plan has no version in force' },
        ]);
      const replanned = replanFromToday({
        body: active.input,
        plan: active.plan as TaperPlan,
        today: await todayFor(patientId),
        kind: suggestion.kind,
        ...(edit === undefined ? {} : { edit }),
      });
      const decided = unwrapCore(
        await repositories.adjustmentSuggestions.decide(suggestion.id, {
          state: decision === 'edit' ? 'edited' : 'approved',
          by: user.id,
        }),
      );
      const draft = await addVersion(request, plan, replanned.body, replanned.plan, `${suggestion.reason} — ${reason}`);
      // The decision is the approval: the deciding prescriber approves the version it makes.
      const approved = unwrapCore(await repositories.planVersions.approve(draft.id, user.id));
      publishVersion(patientId, approved);
      publishSuggestion(decided);
      return { suggestion: decided, version: versionJson(approved) };
    },
  );
};
