import type { Regimen } from '../regimen/regimen.js';
import type { LocalTime } from '../units/local-time.js';

/**
 * Times given to doses written as a count per day (`0.5mg tid`), so each can
 * be scheduled: the last dose of the day is at bedtime, the rest spread from
 * the morning. Stated in the plan as an assumption the patient can change.
 */
const DEFAULT_TIMES: Readonly<Record<number, readonly string[]>> = {
  1: ['22:00'],
  2: ['08:00', '22:00'],
  3: ['08:00', '14:00', '22:00'],
  4: ['08:00', '12:00', '16:00', '22:00'],
};

export const withDefaultTimes = (regimen: Regimen): { regimen: Regimen; assumed: boolean } => {
  if (regimen.every((dose) => dose.time !== undefined)) return { regimen, assumed: false };
  const times = DEFAULT_TIMES[regimen.length];
  if (!times || regimen.some((dose) => dose.time !== undefined)) {
    // Mixed or more than four doses: spread evenly from 08:00 to 22:00.
    const count = regimen.length;
    return {
      regimen: regimen.map((dose, i) => {
        const minutes = count === 1 ? 22 * 60 : 8 * 60 + Math.round((i * 14 * 60) / (count - 1));
        return {
          ...dose,
          time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` as LocalTime,
        };
      }),
      assumed: true,
    };
  }
  return { regimen: regimen.map((dose, i) => ({ ...dose, time: times[i] as LocalTime })), assumed: true };
};
