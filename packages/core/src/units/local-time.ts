import { err, ok, type Result } from '../result.js';

/** A wall-clock time of day, `HH:MM` in 24-hour form, with no time zone. */
export type LocalTime = string & { readonly __localTime: true };

export const parseLocalTime = (text: string): Result<LocalTime> => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = match ? Number(match[1]) : Number.NaN;
  const minute = match ? Number(match[2]) : Number.NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    return err('TIME_INVALID', `"${text}" is not a time of day.`, { expected: 'a 24-hour time HH:MM, e.g. 08:00 or 22:30' });
  }
  return ok(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` as LocalTime);
};

/** Minutes after midnight, for ordering doses through the day. */
export const minutesOfDay = (time: LocalTime): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
