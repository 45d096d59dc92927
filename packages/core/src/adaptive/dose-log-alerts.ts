import { dayNumber, type IsoDate } from '../dates/iso-date.js';
import type { AlertSpec } from './response-alerts.js';
import { DOSE_LOG_THRESHOLDS } from './thresholds.js';

export interface DoseLogEntry {
  /** The local date the dose belongs to. */
  readonly date: IsoDate | string;
  readonly status: 'taken' | 'late' | 'missed' | 'extra';
}

/**
 * Alerts a newly recorded dose log raises, judged with the patient's other
 * logs (pass at least the `missedWithinDays` local days up to the new log's
 * date). Missed doses alert only when the new log is itself a miss, so
 * logging a taken dose never re-raises an old pattern.
 */
export const doseLogAlerts = (logs: readonly DoseLogEntry[], latest: DoseLogEntry): readonly AlertSpec[] => {
  const alerts: AlertSpec[] = [];
  const t = DOSE_LOG_THRESHOLDS;
  if (latest.status === 'missed') {
    const last = dayNumber(latest.date as IsoDate);
    const missed = logs.filter((l) => {
      const day = dayNumber(l.date as IsoDate);
      return l.status === 'missed' && day <= last && day > last - t.missedWithinDays;
    }).length;
    if (missed >= t.missedDosesAtLeast) {
      alerts.push({
        kind: 'missed-doses',
        urgency: 'urgent',
        title: `${missed} missed doses in ${t.missedWithinDays} days`,
        body: `The patient logged ${missed} missed doses between ${latest.date} and the ${t.missedWithinDays - 1} days before. Several missed doses act like a fast, unplanned cut.`,
        action:
          'Contact the patient today: ask why doses were missed and about withdrawal signs. Advise against making up several doses at once, and against stopping suddenly.',
        patientFacing: false,
        sources: ['fda-dsc-2020-benzodiazepines', t.source],
      });
    }
  }
  if (latest.status === 'extra') {
    alerts.push({
      kind: 'extra-dose',
      urgency: 'routine',
      title: 'An extra dose was logged',
      body: `The patient logged an extra dose on ${latest.date}.`,
      action: 'Ask how the patient is coping: extra doses often mean withdrawal is hard to bear and the pace may need review.',
      patientFacing: false,
      sources: ['joint-cpg-2025', t.source],
    });
  }
  return alerts;
};
