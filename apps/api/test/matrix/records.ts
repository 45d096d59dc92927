import { type MatrixRow, PATIENT_ONLY, READ_BY_CARERS } from './matrix.js';

let n = 0;

/** The patient record, dose log, sharing and the access log. */
export const recordRows: readonly MatrixRow[] = [
  {
    route: 'GET /api/patients/{patientId}',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}`],
    expected: READ_BY_CARERS,
  },
  {
    route: 'PATCH /api/patients/{patientId}',
    // The same values patient A already has, so the other rows see the record unchanged.
    request: async ({ patientA, repositories }) => {
      const patient = await repositories.patients.findById(patientA);
      return ['PATCH', `/api/patients/${patientA}`, { timeZone: patient?.timeZone ?? 'Europe/London' }];
    },
    // Carers read the profile but only the patient changes it.
    expected: PATIENT_ONLY(200),
  },
  {
    route: 'PUT /api/patients/{patientId}/questionnaire-schedule',
    request: ({ patientA }) => [
      'PUT',
      `/api/patients/${patientA}/questionnaire-schedule`,
      { bwsqDays: 7, phq9Days: 7, gad7Days: 14 },
    ],
    // The care team sets it: the patient is told a clinician must (403), though they may write their own plan.
    expected: { ...PATIENT_ONLY(200), patient: 403, clinician: 200, clinicMember: 200 },
  },
  {
    route: 'POST /api/patients/{patientId}/dose-logs',
    request: ({ patientA }) => [
      'POST',
      `/api/patients/${patientA}/dose-logs`,
      {
        clientId: `client-${++n}-xyz`,
        date: '2026-11-22',
        plannedTime: '08:00',
        drug: 'clonazepam',
        dose: '0.5mg',
        status: 'taken',
      },
    ],
    expected: PATIENT_ONLY(201),
  },
  {
    route: 'GET /api/patients/{patientId}/dose-logs',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/dose-logs?from=2026-11-01&to=2026-11-30`],
    expected: { ...READ_BY_CARERS, supporterNoDoses: 403 },
  },
  {
    route: 'GET /api/patients/{patientId}/links',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/links`],
    expected: PATIENT_ONLY(200),
  },
  {
    route: 'POST /api/patients/{patientId}/invites',
    request: ({ patientA }) => ['POST', `/api/patients/${patientA}/invites`, { kind: 'clinician' }],
    expected: PATIENT_ONLY(201),
  },
  {
    route: 'DELETE /api/patients/{patientId}/links/{linkId}',
    // A fresh invitation to withdraw each time, so every role tries a live link.
    request: async ({ patientA, call }) => {
      const invite = await call('patient', 'POST', `/api/patients/${patientA}/invites`, { kind: 'clinician' });
      return ['DELETE', `/api/patients/${patientA}/links/${invite.json().link.id}`];
    },
    expected: PATIENT_ONLY(204),
  },
  {
    route: 'PATCH /api/patients/{patientId}/links/{linkId}',
    request: async ({ patientA, call }) => {
      const invite = await call('patient', 'POST', `/api/patients/${patientA}/invites`, {
        kind: 'supporter',
        permissions: { plan: true, doses: false, checkIns: false, alerts: true },
      });
      return [
        'PATCH',
        `/api/patients/${patientA}/links/${invite.json().link.id}`,
        { permissions: { plan: true, doses: true, checkIns: false, alerts: true } },
      ];
    },
    expected: PATIENT_ONLY(200),
  },
  {
    route: 'GET /api/patients/{patientId}/audit',
    request: ({ patientA }) => ['GET', `/api/patients/${patientA}/audit`],
    expected: PATIENT_ONLY(200),
  },
];
