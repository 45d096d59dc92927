import { addDays, DOSE_LOG_THRESHOLDS, doseLogAlerts, type IsoDate } from '@stepdown/core';
import type { DoseLog } from '@stepdown/db';
import { type RaiseDeps, raiseAlerts } from './raise.js';

/**
 * After a newly created dose log (never a retry): the dose-log alert rules
 * over the days the missed-dose window covers, then the `dose-log` event
 * carrying the log as the API shows it.
 */
export const afterNewDoseLog = async (deps: RaiseDeps, log: DoseLog, json: unknown): Promise<void> => {
  // Only a missed dose needs the window's history; a taken dose (the usual write) raises nothing.
  if (log.status === 'missed' || log.status === 'extra') {
    const logs =
      log.status === 'missed'
        ? await deps.repositories.doseLogs.listByDateRange(log.patientId, {
            from: addDays(log.date as IsoDate, -(DOSE_LOG_THRESHOLDS.missedWithinDays - 1)),
            to: log.date,
          })
        : [];
    await raiseAlerts(deps, log.patientId, doseLogAlerts(logs, log));
  }
  deps.events.publish({ type: 'dose-log', patientId: log.patientId, data: json });
};
