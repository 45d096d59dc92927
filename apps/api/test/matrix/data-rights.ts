import { type MatrixRow, PATIENT_ONLY, WHO, type Who } from './matrix.js';

/** Export and account deletion (brief C). */
export const dataRightsRows: readonly MatrixRow[] = [
  ...(['json', 'csv', 'fhir'] as const).map(
    (format): MatrixRow => ({
      route: 'GET /api/patients/{patientId}/export',
      name: format,
      request: ({ patientA }) => ['GET', `/api/patients/${patientA}/export?format=${format}`],
      expected: PATIENT_ONLY(200),
    }),
  ),
  {
    route: 'DELETE /api/account',
    // Acts only on the caller's own account; with a wrong password nobody deletes anything (the
    // successful deletions are in data-rights.test.ts, which would otherwise empty the matrix).
    name: 'wrong password',
    request: () => ['DELETE', '/api/account', { password: 'not the password of anyone here' }],
    expected: Object.fromEntries(WHO.map((who) => [who, who === 'anonymous' ? 401 : 403])) as Record<Who, number>,
  },
];
