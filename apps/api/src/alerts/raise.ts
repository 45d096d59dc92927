import type { AlertSpec } from '@stepdown/core';
import type { Alert, AlertAudience, Repositories } from '@stepdown/db';
import type { EventBus } from '../events.js';

export interface RaiseDeps {
  readonly repositories: Repositories;
  readonly events: EventBus;
}

/**
 * Kinds raised at most once while an earlier one is still unacknowledged: a
 * run of missed doses is one conversation with the patient, not one per log.
 * Red flags and suicide screens are never folded: each answer is raised.
 */
const ONCE_WHILE_OPEN = new Set(['missed-doses']);

/**
 * Who is told. The care team always; supporters only if, right now, an
 * active supporter link carries the alerts permission (consent at raise
 * time; reading later checks it again); the patient for emergencies, with
 * the crisis resources.
 */
const audiencesFor = async (repositories: Repositories, patientId: string, spec: AlertSpec): Promise<AlertAudience[]> => {
  const links = await repositories.careLinks.listForPatient(patientId);
  const supporters = links.some((l) => l.kind === 'supporter' && l.status === 'active' && l.permissions.alerts);
  return ['clinician', ...(supporters ? (['supporter'] as const) : []), ...(spec.patientFacing ? (['patient'] as const) : [])];
};

/** Stores each alert once per audience and publishes an `alert` event for each stored row. */
export const raiseAlerts = async (
  { repositories, events }: RaiseDeps,
  patientId: string,
  specs: readonly AlertSpec[],
): Promise<readonly Alert[]> => {
  const raised: Alert[] = [];
  for (const spec of specs) {
    if (ONCE_WHILE_OPEN.has(spec.kind)) {
      const open = await repositories.alerts.listForPatient(patientId, { audience: 'clinician', unacknowledgedOnly: true });
      if (open.some((a) => a.kind === spec.kind)) continue;
    }
    for (const audience of await audiencesFor(repositories, patientId, spec)) {
      const alert = await repositories.alerts.create({
        patientId,
        kind: spec.kind,
        urgency: spec.urgency,
        title: spec.title,
        body: spec.body,
        action: audience === 'patient' ? (spec.patientAction ?? spec.action) : spec.action,
        audience,
      });
      raised.push(alert);
      events.publish({ type: 'alert', patientId, data: alert });
    }
  }
  return raised;
};
