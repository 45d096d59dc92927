import type { DoseLog } from '../api/clinician.js';
import { addDaysIso } from './format.js';

export const DOSE_STATUSES = ['taken', 'late', 'missed', 'extra'] as const;
export type Counts = Readonly<Record<(typeof DOSE_STATUSES)[number], number>>;

/**
 * Counts by status over the `days` days ending `today` (inclusive). The latest
 * entry for a planned dose wins, as on Today: a dose marked missed and then
 * taken counts once, as taken. Extra doses are each counted.
 */
export const adherenceCounts = (logs: readonly DoseLog[], today: string, days: number): Counts => {
  const from = addDaysIso(today, -(days - 1));
  const latest = new Map<string, DoseLog>();
  const extras: DoseLog[] = [];
  for (const log of logs) {
    if (log.date < from || log.date > today) continue;
    if (log.status === 'extra' || log.plannedTime === null) {
      extras.push(log);
      continue;
    }
    // Logs arrive oldest first; a later one for the same dose replaces the earlier.
    latest.set(`${log.date}|${log.plannedTime}|${log.drug}`, log);
  }
  const counts = { taken: 0, late: 0, missed: 0, extra: 0 };
  for (const log of [...latest.values(), ...extras]) counts[log.status] += 1;
  return counts;
};
