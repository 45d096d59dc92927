import { TAPER_REQUEST } from '../record-fixtures.js';
import type { MatrixContext, MatrixRow, Who } from './matrix.js';
import { PATIENT_ONLY, READ_BY_CARERS } from './matrix.js';

/** Writes of the plan: the patient and their prescribers (clinician, clinic); supporters only read. */
const PLAN_WRITE = (status: number): Record<Who, number> => ({
  patient: status,
  clinician: status,
  clinicMember: status,
  supporterNoDoses: 403,
  supporterDoses: 403,
  unlinkedClinician: 404,
  otherPatient: 404,
  anonymous: 401,
});

/** Decisions: only prescribers. The patient is told a clinician must decide (403). */
const PRESCRIBERS_ONLY = (status: number): Record<Who, number> => ({ ...PLAN_WRITE(status), patient: 403 });

/** A fresh plan with version 1 as a draft, made by patient A. */
const draftPlan = async ({ patientA, call }: MatrixContext) => {
  const res = await call('patient', 'POST', `/api/patients/${patientA}/plans`, TAPER_REQUEST);
  return { planId: res.json().plan.id as string, versionId: res.json().version.id as string };
};

/** A medication on patient A's record, made by them. */
const freshMedication = async ({ patientA, call }: MatrixContext): Promise<string> => {
  const res = await call('patient', 'POST', `/api/patients/${patientA}/medications`, {
    drug: 'clonazepam',
    regimen: '0.5mg@08:00',
    indication: 'panic',
  });
  return res.json().medication.id as string;
};

export const planRows: readonly MatrixRow[] = [
  {
    route: 'POST /api/patients/{patientId}/medications',
    request: ({ patientA }) => [
      'POST',
      `/api/patients/${patientA}/medications`,
      { drug: 'clonazepam', regimen: '0.5mg@08:00, 1mg@22:00', indication: 'panic', startedOn: '2024-05-01' },
    ],
    expected: PLAN_WRITE(201),
  },
  {
    route: 'GET /api/patients/{patientId}/medications',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/medications`],
    expected: READ_BY_CARERS,
  },
  {
    route: 'PUT /api/patients/{patientId}/medications/{medicationId}',
    request: async (ctx) => [
      'PUT',
      `/api/patients/${ctx.patientA}/medications/${await freshMedication(ctx)}`,
      { drug: 'clonazepam', regimen: '0.25mg@08:00, 1mg@22:00', indication: 'panic' },
    ],
    expected: PLAN_WRITE(200),
  },
  {
    route: 'DELETE /api/patients/{patientId}/medications/{medicationId}',
    // A fresh medication each time, so every role tries to remove one still on the record.
    request: async (ctx) => ['DELETE', `/api/patients/${ctx.patientA}/medications/${await freshMedication(ctx)}`],
    expected: PLAN_WRITE(204),
  },
  {
    route: 'POST /api/patients/{patientId}/plans',
    request: ({ patientA }) => ['POST', `/api/patients/${patientA}/plans`, TAPER_REQUEST],
    expected: PLAN_WRITE(201),
  },
  {
    route: 'GET /api/patients/{patientId}/plans',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/plans`],
    expected: READ_BY_CARERS,
  },
  {
    route: 'GET /api/patients/{patientId}/plans/{planId}/versions',
    request: async (ctx) => ['GET', `/api/patients/${ctx.patientA}/plans/${(await draftPlan(ctx)).planId}/versions`],
    expected: READ_BY_CARERS,
  },
  {
    route: 'POST /api/patients/{patientId}/plans/{planId}/versions',
    request: async (ctx) => [
      'POST',
      `/api/patients/${ctx.patientA}/plans/${(await draftPlan(ctx)).planId}/versions`,
      { ...TAPER_REQUEST, cutPercent: 5, reason: 'Slower, as discussed' },
    ],
    expected: PLAN_WRITE(201),
  },
  ...(['approve', 'reject'] as const).map(
    (decision): MatrixRow => ({
      route: `POST /api/patients/{patientId}/plans/{planId}/versions/{versionId}/${decision}`,
      // A fresh draft each time, so every role tries one still undecided.
      request: async (ctx) => {
        const { planId, versionId } = await draftPlan(ctx);
        return ['POST', `/api/patients/${ctx.patientA}/plans/${planId}/versions/${versionId}/${decision}`];
      },
      expected: PRESCRIBERS_ONLY(200),
    }),
  ),
  {
    route: 'GET /api/patients/{patientId}/today',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/today?date=2026-11-22`],
    expected: READ_BY_CARERS,
  },
  {
    route: 'GET /api/patients/{patientId}/suggestions',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/suggestions`],
    expected: READ_BY_CARERS,
  },
  {
    route: 'POST /api/patients/{patientId}/suggestions/{suggestionId}/decision',
    // A fresh suggestion each time; rejecting needs no plan in force.
    request: async (ctx) => {
      const { planId } = await draftPlan(ctx);
      const suggestion = await ctx.repositories.adjustmentSuggestions.create({
        patientId: ctx.patientA,
        planId,
        kind: 'hold',
        reason: 'Symptoms rose after the last cut',
        source: 'test',
        requestedByPatient: true,
      });
      return [
        'POST',
        `/api/patients/${ctx.patientA}/suggestions/${suggestion.id}/decision`,
        { decision: 'reject', reason: 'Symptoms settled' },
      ];
    },
    expected: PRESCRIBERS_ONLY(200),
  },
  {
    route: 'POST /api/patients/{patientId}/calendar-feeds',
    request: ({ patientA }) => ['POST', `/api/patients/${patientA}/calendar-feeds`],
    expected: PATIENT_ONLY(201),
  },
  {
    route: 'GET /api/patients/{patientId}/calendar-feeds',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/calendar-feeds`],
    expected: PATIENT_ONLY(200),
  },
  {
    route: 'DELETE /api/patients/{patientId}/calendar-feeds/{feedId}',
    // A fresh feed each time, so every role tries a live one.
    request: async ({ patientA, call }) => {
      const created = await call('patient', 'POST', `/api/patients/${patientA}/calendar-feeds`);
      return ['DELETE', `/api/patients/${patientA}/calendar-feeds/${created.json().feed.id}`];
    },
    expected: PATIENT_ONLY(204),
  },
];
