import type { MatrixRow, Who } from './matrix.js';

/** Clinic routes: members see their clinic; everyone else is told it does not exist. */
const MEMBERS_ONLY = (status: number): Record<Who, number> => ({
  patient: 404,
  clinician: 404,
  clinicMember: status,
  supporterNoDoses: 404,
  supporterDoses: 404,
  unlinkedClinician: 404,
  otherPatient: 404,
  anonymous: 401,
});

export const clinicRows: readonly MatrixRow[] = [
  {
    route: 'POST /api/clinics',
    request: () => ['POST', '/api/clinics', { name: 'Another clinic' }],
    expected: {
      patient: 403,
      clinician: 201,
      clinicMember: 201,
      supporterNoDoses: 403,
      supporterDoses: 403,
      unlinkedClinician: 201,
      otherPatient: 403,
      anonymous: 401,
    },
  },
  {
    route: 'GET /api/clinics/{clinicId}/intake',
    request: ({ clinicId }) => ['GET', `/api/clinics/${clinicId}/intake`],
    expected: MEMBERS_ONLY(200),
  },
  ...(['claim', 'close'] as const).map(
    (action): MatrixRow => ({
      route: `POST /api/clinics/{clinicId}/intake/{intakeId}/${action}`,
      // A fresh request each time, so every role tries one still open.
      request: async ({ clinicId, repositories }) => {
        const intake = await repositories.intake.create({
          clinicId,
          contactName: 'Sam',
          contactMethod: 'email',
          contactValue: 'sam@example.org',
          message: 'I would like help reducing clonazepam.',
          triageUrgency: 'routine',
          answers: { symptoms: [] },
          ipHash: 'test',
        });
        return ['POST', `/api/clinics/${clinicId}/intake/${intake.id}/${action}`];
      },
      expected: MEMBERS_ONLY(200),
    }),
  ),
];
