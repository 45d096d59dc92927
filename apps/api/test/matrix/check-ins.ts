import type { AlertAudience } from '@stepdown/db';
import { type MatrixContext, type MatrixRow, PATIENT_ONLY, READ_BY_CARERS, type Who } from './matrix.js';

let n = 0;

/** A calm daily check-in: scored, stored, and raising nothing. */
export const CALM_CHECK_IN = {
  withdrawal: 2,
  anxiety: 3,
  sleepHours: 7,
  sleepQuality: 6,
  tremor: 0,
  dosesAsPlanned: 1,
  extraDoses: 0,
  otherSedatives: 0,
} as const;

/** Check-ins and questionnaires need the check-ins permission; supporterNoDoses has not got it. */
const READ_CHECK_INS = { ...READ_BY_CARERS, supporterNoDoses: 403 } as const;

/** Everyone signed in has an inbox and a stream (possibly empty). */
const SIGNED_IN = (status: number): Record<Who, number> => ({
  patient: status,
  clinician: status,
  clinicMember: status,
  supporterNoDoses: status,
  supporterDoses: status,
  unlinkedClinician: status,
  otherPatient: status,
  anonymous: 401,
});

const AUDIENCE: Readonly<Record<Who, AlertAudience>> = {
  patient: 'patient',
  clinician: 'clinician',
  clinicMember: 'clinician',
  supporterNoDoses: 'supporter',
  supporterDoses: 'supporter',
  unlinkedClinician: 'clinician',
  otherPatient: 'patient',
  anonymous: 'clinician',
};

const ensurePlan = async ({ repositories, patientA }: MatrixContext) => {
  if ((await repositories.plans.listForPatient(patientA)).length === 0)
    await repositories.plans.create({ patientId: patientA, title: 'Clonazepam taper' });
};

/** Check-ins, questionnaires, hold requests, alerts and the live stream. */
export const checkInRows: readonly MatrixRow[] = [
  {
    route: 'POST /api/patients/{patientId}/check-ins',
    request: ({ patientA }) => [
      'POST',
      `/api/patients/${patientA}/check-ins`,
      { clientId: `check-in-${++n}-xyz`, completedAt: '2026-11-22T08:00:00Z', answers: CALM_CHECK_IN },
    ],
    expected: PATIENT_ONLY(201),
  },
  {
    route: 'GET /api/patients/{patientId}/check-ins',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/check-ins?from=2026-11-01&to=2026-11-30`],
    expected: READ_CHECK_INS,
  },
  {
    route: 'POST /api/patients/{patientId}/questionnaire-responses',
    request: ({ patientA }) => [
      'POST',
      `/api/patients/${patientA}/questionnaire-responses`,
      {
        clientId: `gad7-${++n}-xyz`,
        instrumentId: 'gad7',
        completedAt: '2026-11-22T08:00:00Z',
        answers: { q1: 1, q2: 1, q3: 0, q4: 0, q5: 0, q6: 1, q7: 0 },
      },
    ],
    expected: PATIENT_ONLY(201),
  },
  {
    route: 'GET /api/patients/{patientId}/questionnaire-responses',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/questionnaire-responses`],
    expected: READ_CHECK_INS,
  },
  {
    route: 'POST /api/patients/{patientId}/hold-requests',
    request: async (ctx) => {
      await ensurePlan(ctx);
      return ['POST', `/api/patients/${ctx.patientA}/hold-requests`, { kind: 'slow', reason: 'Symptoms are hard this week.' }];
    },
    expected: PATIENT_ONLY(201),
  },
  {
    route: 'GET /api/patients/{patientId}/alerts',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/alerts`],
    expected: READ_BY_CARERS,
  },
  {
    route: 'POST /api/patients/{patientId}/alerts/{alertId}/acknowledge',
    // A fresh alert each time, in the copy the caller would read.
    request: async ({ repositories, patientA }, who) => {
      const alert = await repositories.alerts.create({
        patientId: patientA,
        kind: 'extra-dose',
        urgency: 'routine',
        title: 'An extra dose was logged',
        body: 'Matrix row',
        audience: AUDIENCE[who],
      });
      return ['POST', `/api/patients/${patientA}/alerts/${alert.id}/acknowledge`];
    },
    expected: { ...READ_BY_CARERS },
  },
  {
    route: 'GET /api/alerts',
    request: () => ['GET', '/api/alerts?unacknowledged=true'],
    expected: SIGNED_IN(200),
  },
  {
    route: 'GET /api/events',
    // `once` answers with the stream's headers and closes, so inject() returns.
    request: () => ['GET', '/api/events?once=true'],
    expected: SIGNED_IN(200),
  },
];
