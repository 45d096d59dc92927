import { err, ok, type Result } from '../result.js';

/** A calendar date with no time zone, `YYYY-MM-DD`. Doses are planned on local dates. */
export type IsoDate = string & { readonly __isoDate: true };

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a local date: pure integer arithmetic on the calendar, no time zone. */
export const dayNumber = (date: IsoDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;

export const fromDayNumber = (day: number): IsoDate => new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days);

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);

export const parseIsoDate = (text: string): Result<IsoDate> => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const candidate = match ? (`${match[1]}-${match[2]}-${match[3]}` as IsoDate) : undefined;
  if (!candidate || fromDayNumber(dayNumber(candidate)) !== candidate) {
    return err('DATE_INVALID', `"${text}" is not a calendar date.`, { expected: 'a date as YYYY-MM-DD, e.g. 2026-12-01' });
  }
  return ok(candidate);
};
