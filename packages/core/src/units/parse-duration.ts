import { err, ok, type Result } from '../result.js';

/** A length of use, kept in the unit it was given in and as whole days. */
export interface Duration {
  readonly amount: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** Days, counting a month as 30 and a year as 365, which is precise enough for risk bands. */
  readonly days: number;
}

const UNITS: Record<string, { unit: Duration['unit']; days: number }> = {
  d: { unit: 'day', days: 1 },
  day: { unit: 'day', days: 1 },
  days: { unit: 'day', days: 1 },
  w: { unit: 'week', days: 7 },
  wk: { unit: 'week', days: 7 },
  week: { unit: 'week', days: 7 },
  weeks: { unit: 'week', days: 7 },
  m: { unit: 'month', days: 30 },
  mo: { unit: 'month', days: 30 },
  month: { unit: 'month', days: 30 },
  months: { unit: 'month', days: 30 },
  y: { unit: 'year', days: 365 },
  yr: { unit: 'year', days: 365 },
  year: { unit: 'year', days: 365 },
  years: { unit: 'year', days: 365 },
};

const EXPECTED = 'a whole number with a unit, e.g. 10d, 3w, 6m (months) or 2y';

/** Parses `10d`, `3w`, `6 months`, `2y` into a Duration. */
export const parseDuration = (text: string): Result<Duration> => {
  const match = /^(\d{1,4})\s*([a-z]+)$/i.exec(text.trim());
  if (!match) return err('DURATION_INVALID', `"${text}" is not a duration.`, { expected: EXPECTED });
  const amount = Number(match[1]);
  const unit = UNITS[(match[2] ?? '').toLowerCase()];
  if (!unit) return err('DURATION_UNIT_UNKNOWN', `"${match[2]}" is not a unit of time.`, { expected: EXPECTED });
  const days = amount * unit.days;
  if (days > 80 * 365) {
    return err('DURATION_IMPLAUSIBLE', `"${text}" is longer than a lifetime of use.`, { expected: EXPECTED });
  }
  return ok({ amount, unit: unit.unit, days });
};
