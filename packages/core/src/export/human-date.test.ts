import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, type IsoDate } from '../dates/iso-date.js';
import { formatDateRange, formatLongDate } from './human-date.js';

describe('formatLongDate', () => {
  it('formats a local date with its weekday', () => {
    expect(formatLongDate('2026-03-02' as IsoDate)).toBe('Mon 2 Mar 2026');
    expect(formatLongDate('2024-02-29' as IsoDate)).toBe('Thu 29 Feb 2024');
    expect(formatLongDate('1969-12-31' as IsoDate)).toBe('Wed 31 Dec 1969');
  });

  it('agrees with the platform calendar on every day (UTC, so no zone can shift it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), (day) => {
        const date = fromDayNumber(day);
        const expected = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
          timeZone: 'UTC',
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        });
        expect(formatLongDate(date)).toBe(expected.replace(',', '').replace('Sept', 'Sep'));
      }),
    );
  });

  it('formats a range, or one date when the range is a single day', () => {
    expect(formatDateRange('2026-03-02' as IsoDate, '2026-03-15' as IsoDate)).toBe('Mon 2 Mar 2026 to Sun 15 Mar 2026');
    expect(formatDateRange('2026-04-13' as IsoDate, '2026-04-13' as IsoDate)).toBe('Mon 13 Apr 2026');
  });
});
