import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, wallClock, zonedInstant } from './zoned-time.js';

const at = (date: string, time: string, zone: string) => zonedInstant(date, time, zone).toISOString();
const wallText = (instant: Date, zone: string) => {
  const w = wallClock(instant, zone);
  return `${localDate(instant, zone)} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};

describe('zonedInstant', () => {
  it('keeps a dose at its wall-clock time across the US spring change (America/New_York 2026-03-08)', () => {
    expect(at('2026-03-07', '08:00', 'America/New_York')).toBe('2026-03-07T13:00:00.000Z');
    expect(at('2026-03-08', '08:00', 'America/New_York')).toBe('2026-03-08T12:00:00.000Z');
    expect(at('2026-03-08', '01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
  });

  it('moves a time in the spring-forward gap to the first valid minute after it', () => {
    // 02:00–02:59 does not exist on 2026-03-08 in New York: the clocks go from 01:59 EST to 03:00 EDT.
    expect(at('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(at('2026-03-08', '02:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(at('2026-03-08', '03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
  });

  it('takes the first occurrence of an ambiguous fall-back time (America/New_York 2026-11-01)', () => {
    expect(at('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(at('2026-11-01', '08:00', 'America/New_York')).toBe('2026-11-01T13:00:00.000Z');
    expect(at('2026-10-31', '08:00', 'America/New_York')).toBe('2026-10-31T12:00:00.000Z');
  });

  it('handles Europe/London (GMT and BST)', () => {
    expect(at('2026-03-29', '01:30', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('2026-03-29', '08:00', 'Europe/London')).toBe('2026-03-29T07:00:00.000Z');
    expect(at('2026-10-25', '01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    expect(at('2026-12-01', '22:00', 'Europe/London')).toBe('2026-12-01T22:00:00.000Z');
  });

  it('handles the 30-minute daylight-saving change of Australia/Lord_Howe', () => {
    // 2026-10-04: 02:00 +10:30 becomes 02:30 +11.
    expect(at('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
    expect(at('2026-10-04', '08:00', 'Australia/Lord_Howe')).toBe('2026-10-03T21:00:00.000Z');
    // 2026-04-05: 02:00 +11 becomes 01:30 +10:30; 01:45 happens twice, the first one counts.
    expect(at('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
    expect(at('2026-04-05', '08:00', 'Australia/Lord_Howe')).toBe('2026-04-04T21:30:00.000Z');
  });

  it('gives the local date in the zone, not in UTC', () => {
    expect(localDate(new Date('2026-11-22T03:00:00Z'), 'America/New_York')).toBe('2026-11-21');
    expect(localDate(new Date('2026-11-22T14:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-23');
  });

  it('the local wall clock of the instant is the time asked for whenever that time exists (property)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (dayOffset, hour, minute, zone) => {
          const date = new Date(Date.UTC(2025, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const instant = zonedInstant(date, time, zone);
          const wanted = `${date} ${time}`;
          const got = wallText(instant, zone);
          if (got === wanted) return;
          // Only a time in a gap may differ: then it is the first valid minute after it, and the minute before is before it.
          expect(got > wanted).toBe(true);
          expect(wallText(new Date(instant.getTime() - 60_000), zone) < wanted).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('an ambiguous time is its first occurrence: an hour earlier reads differently (property over fall-back days)', () => {
    for (const [date, time, zone] of [
      ['2026-11-01', '01:00', 'America/New_York'],
      ['2026-11-01', '01:59', 'America/New_York'],
      ['2026-10-25', '01:00', 'Europe/London'],
    ] as const) {
      const instant = zonedInstant(date, time, zone);
      expect(wallText(instant, zone)).toBe(`${date} ${time}`);
      expect(wallText(new Date(instant.getTime() - 3_600_000), zone)).not.toBe(`${date} ${time}`);
    }
  });
});
