import type { Repositories } from '@stepdown/db';
import type { FastifyRequest } from 'fastify';

/**
 * A list that shows patients (the roster, a carer's links) reads each of their records:
 * one audit row per patient shown, so each sees it in their access log.
 */
export const auditListed = async (
  repositories: Repositories,
  request: FastifyRequest,
  actorUserId: string,
  patientIds: readonly string[],
  action: string,
): Promise<void> => {
  await repositories.rosterFacts.auditReads({
    actorUserId,
    patientIds,
    action,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
    detail: { method: request.method, route: request.routeOptions.url },
  });
};
