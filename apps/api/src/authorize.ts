import type { Access, Repositories } from '@stepdown/db';
import type { FastifyRequest } from 'fastify';
import { requireUser } from './auth/authenticate.js';
import { ProblemError } from './problems.js';

/** What a request wants to do with a patient's record. */
export type Area = 'profile' | 'plan' | 'doses' | 'checkIns' | 'alerts' | 'sharing' | 'audit';
export interface Need {
  readonly area: Area;
  readonly write: boolean;
}

/**
 * The one rule for patient data. The patient: everything. Clinicians and
 * clinic members linked to them: read everything clinical (writes are added
 * route by route, e.g. plan approval). Supporters: read only what the patient
 * chose to share. Sharing settings and the access log: the patient only.
 */
export const allows = (access: Access, need: Need): boolean => {
  switch (access.relation) {
    case 'own':
      return true;
    case 'clinician':
    case 'clinic-member':
      return !need.write && need.area !== 'audit' && need.area !== 'sharing';
    case 'supporter':
      return (
        !need.write &&
        (need.area === 'profile' || (need.area !== 'audit' && need.area !== 'sharing' && access.permissions[need.area]))
      );
    case 'none':
      return false;
  }
};

/**
 * Authorises a request against a patient record and writes the audit entry,
 * allowed or denied. Someone with no relation gets a 404, so the existence of
 * a record is not revealed; a linked person without the right gets a 403.
 */
export const authorize = async (
  request: FastifyRequest,
  repositories: Repositories,
  patientId: string,
  need: Need,
): Promise<Access> => {
  const { user } = requireUser(request);
  const access = await repositories.careLinks.access(user.id, patientId);
  const allowed = allows(access, need);
  await repositories.audit.append({
    actorUserId: user.id,
    patientId: access.relation === 'none' ? null : patientId,
    action: `${need.write ? 'write' : 'read'}:${need.area}`,
    targetType: 'patient',
    targetId: patientId,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
    outcome: allowed ? 'allowed' : 'denied',
    detail: { relation: access.relation, method: request.method, route: request.routeOptions.url },
  });
  if (access.relation === 'none')
    throw new ProblemError(404, 'PATIENT_NOT_FOUND', 'No patient record you can see has this id.', [
      { field: 'patientId', message: 'not found' },
    ]);
  if (!allowed)
    throw new ProblemError(
      403,
      'FORBIDDEN',
      `Your access to this record does not include ${need.write ? 'changing' : 'seeing'} ${need.area}.`,
      [],
    );
  return access;
};
