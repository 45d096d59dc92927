import { hashToken } from '../../src/auth/tokens.js';
import type { MatrixRow, Who } from './matrix.js';

/** Members of the clinic (clinicMember is its admin) get `status`; everyone else is told it does not exist. */
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

/** Clinician accounts only: patients and supporters get 403. */
const CLINICIANS = (status: number): Record<Who, number> => ({
  patient: 403,
  clinician: status,
  clinicMember: status,
  supporterNoDoses: 403,
  supporterDoses: 403,
  unlinkedClinician: status,
  otherPatient: 403,
  anonymous: 401,
});

let n = 0;

/** Clinic membership, clinic invitations and the roster (brief C). */
export const clinicMemberRows: readonly MatrixRow[] = [
  {
    route: 'GET /api/clinics',
    request: () => ['GET', '/api/clinics'],
    // Everyone signed in: their own memberships, an empty list for most.
    expected: { ...CLINICIANS(200), patient: 200, supporterNoDoses: 200, supporterDoses: 200, otherPatient: 200 },
  },
  {
    route: 'GET /api/clinics/{clinicId}/members',
    request: ({ clinicId }) => ['GET', `/api/clinics/${clinicId}/members`],
    expected: MEMBERS_ONLY(200),
  },
  {
    route: 'POST /api/clinics/{clinicId}/invites',
    request: ({ clinicId }) => ['POST', `/api/clinics/${clinicId}/invites`, { role: 'clinician' }],
    expected: MEMBERS_ONLY(201),
  },
  {
    route: 'POST /api/clinic-invites/accept',
    // A fresh clinic and code for each role, so joining changes nothing about patient A's clinic.
    request: async ({ repositories, actors }) => {
      const clinic = await repositories.clinics.create({ name: `Matrix clinic ${++n}` });
      const code = `matrix-clinic-invite-${n}-code`;
      await repositories.clinicInvites.create({
        clinicId: clinic.id,
        role: 'clinician',
        codeHash: hashToken(code),
        createdBy: actors.clinicMember.userId,
        expiresAt: new Date('2099-01-01T00:00:00Z'),
      });
      return ['POST', '/api/clinic-invites/accept', { code }];
    },
    expected: CLINICIANS(200),
  },
  {
    route: 'DELETE /api/clinics/{clinicId}/members/{userId}',
    // A fresh member of patient A's clinic each time, for the admin (or anyone else) to remove.
    request: async ({ repositories, clinicId }) => {
      const user = await repositories.users.create({
        email: `matrix-member-${++n}@example.org`,
        passwordHash: 'x',
        displayName: 'Temporary member',
        role: 'clinician',
        locale: 'en',
      });
      if (!user.ok) throw new Error(user.error.message);
      await repositories.clinics.addMember({ clinicId, userId: user.value.id, role: 'clinician' });
      return ['DELETE', `/api/clinics/${clinicId}/members/${user.value.id}`];
    },
    expected: MEMBERS_ONLY(204),
  },
  {
    route: 'GET /api/roster',
    request: () => ['GET', '/api/roster'],
    expected: CLINICIANS(200),
  },
];
