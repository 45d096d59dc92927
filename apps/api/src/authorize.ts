import type { Access, Repositories } from '@stepdown/db';
import type { FastifyRequest } from 'fastify';
import { requireUser } from './auth/authenticate.js';
import { ProblemError } from './problems.js';

/** What a request wants to do with a patient's record. */
export type Area = 'profile' | 'plan' | 'doses' | 'checkIns' | 'alerts' | 'sharing' | 'audit' | 'account';
export interface Need {
  readonly area: Area;
  readonly write: boolean;
  /**
   * A decision only the patient's clinician or clinic makes (approving a plan version, setting the
   * questionnaire schedule), with the problem anyone else gets. Checked here, so the audit row says denied.
   */
  readonly prescriberOnly?: { readonly code: string; readonly detail: string };
}

const isPrescriber = (access: Access): boolean => access.relation === 'clinician' || access.relation === 'clinic-member';

/** Areas only the patient reaches: who may see the record, the access log, export and deletion. */
const PATIENT_ONLY: readonly Area[] = ['sharing', 'audit', 'account'];
/** What carers change: clinicians the plan (versions, decisions) and alerts (acknowledging). */
const CLINICIAN_WRITES: readonly Area[] = ['plan', 'alerts'];

/**
 * The one rule for patient data. The patient: everything. Clinicians and
 * clinic members linked to them: read everything clinical, write the plan and
 * acknowledge alerts. Supporters: read only what the patient chose to share,
 * and acknowledge the alerts they were allowed to see. Sharing settings, the
 * access log, export and deletion: the patient only. Routes may narrow this
 * further (only a clinician approves a plan version), never widen it.
 */
export const allows = (access: Access, need: Need): boolean => {
  if (access.relation === 'own') return true;
  if (access.relation === 'none' || PATIENT_ONLY.includes(need.area)) return false;
  switch (access.relation) {
    case 'clinician':
    case 'clinic-member':
      return !need.write || CLINICIAN_WRITES.includes(need.area);
    case 'supporter':
      if (need.area === 'profile') return !need.write;
      if (need.write && need.area !== 'alerts') return false;
      return access.permissions[need.area as 'plan' | 'doses' | 'checkIns' | 'alerts'];
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
  const byRule = allows(access, need);
  const allowed = byRule && (!need.prescriberOnly || isPrescriber(access));
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
  if (!allowed && byRule && need.prescriberOnly)
    throw new ProblemError(403, need.prescriberOnly.code, need.prescriberOnly.detail, []);
  if (!allowed)
    throw new ProblemError(
      403,
      'FORBIDDEN',
      `Your access to this record does not include ${need.write ? 'changing' : 'seeing'} ${need.area}.`,
      [],
    );
  return access;
};
