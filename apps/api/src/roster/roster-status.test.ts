import type { IsoDate } from '@stepdown/core';
import type { RosterFacts } from '@stepdown/db';
import { describe, expect, it } from 'vitest';
import { clonazepamPlan } from '../../test/record-fixtures.js';
import { currentDailyDose, localDateIn, monthsBefore, rosterEntry, sortRoster } from './roster-status.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const facts = (over: Partial<RosterFacts> = {}): RosterFacts => ({
  patientId: 'p1',
  displayName: 'Ana',
  timeZone: 'Europe/London',
  careStartedAt: '2026-11-01T00:00:00.000Z',
  openAlerts: { emergency: 0, urgent: 0, routine: 0 },
  pendingSuggestions: { requestedByPatient: 0, byRule: 0 },
  missedDates: [],
  lastCheckInAt: null,
  lastApprovedAt: null,
  activePlans: [],
  ...over,
});

describe('roster status', () => {
  it('reads "today" in the patient’s zone', () => {
    expect(localDateIn(NOW, 'Pacific/Kiritimati')).toBe('2026-11-23');
    expect(localDateIn(NOW, 'Pacific/Pago_Pago')).toBe('2026-11-21');
    expect(localDateIn(new Date('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('2026-03-29');
  });

  it('counts calendar months, clamping to the shorter month', () => {
    expect(monthsBefore('2026-11-22' as IsoDate, 3)).toBe('2026-08-22');
    expect(monthsBefore('2026-05-31' as IsoDate, 3)).toBe('2026-02-28');
    expect(monthsBefore('2028-05-31' as IsoDate, 3)).toBe('2028-02-29');
    expect(monthsBefore('2026-01-15' as IsoDate, 3)).toBe('2025-10-15');
    expect(monthsBefore('2026-11-30' as IsoDate, -3)).toBe('2027-02-28');
  });

  it('flags in order of seriousness, and on-track only when nothing else applies', () => {
    expect(rosterEntry(facts(), NOW).flags).toEqual(['on-track']);
    const busy = rosterEntry(
      facts({
        openAlerts: { emergency: 1, urgent: 0, routine: 3 },
        pendingSuggestions: { requestedByPatient: 1, byRule: 2 },
        missedDates: ['2026-11-16'],
        careStartedAt: '2026-01-01T00:00:00.000Z',
      }),
      NOW,
    );
    expect(busy.flags).toEqual(['red-flag', 'hold-requested', 'suggestion', 'missed-doses', 'review-due']);
    expect(busy.status).toBe('red-flag');
    // Routine alerts alone are not a red flag.
    expect(rosterEntry(facts({ openAlerts: { emergency: 0, urgent: 0, routine: 5 } }), NOW).flags).toEqual(['on-track']);
  });

  it('counts missed doses in the patient’s last 7 local days (today and the 6 before)', () => {
    const missed = (dates: string[], timeZone = 'Europe/London') =>
      rosterEntry(facts({ missedDates: dates, timeZone }), NOW).missedDosesLast7Days;
    expect(missed(['2026-11-16', '2026-11-22'])).toBe(2);
    expect(missed(['2026-11-15'])).toBe(0);
    expect(missed(['2026-11-16'], 'Pacific/Kiritimati')).toBe(0);
    expect(missed(['2026-11-23'], 'Pacific/Kiritimati')).toBe(1);
  });

  it('makes a review due 3 months after care began or the latest approval, whichever is later', () => {
    const due = (careStartedAt: string, lastApprovedAt: string | null = null) =>
      rosterEntry(facts({ careStartedAt, lastApprovedAt }), NOW).flags.includes('review-due');
    expect(due('2026-08-22T09:00:00.000Z')).toBe(true);
    expect(due('2026-08-23T09:00:00.000Z')).toBe(false);
    expect(due('2026-01-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z')).toBe(false);
    expect(due('2026-01-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z')).toBe(true);
    expect(rosterEntry(facts({ careStartedAt: '2026-08-01T00:00:00.000Z' }), NOW).reviewDueSince).toBe('2026-11-01');
  });

  it('gives today’s daily dose from the step holding today, and nothing for an unreadable or finished plan', () => {
    const plan = clonazepamPlan('2026-11-20');
    expect(currentDailyDose([plan], '2026-11-22' as IsoDate)).toEqual([{ drug: 'clonazepam', amountMg: 1.5 }]);
    expect(currentDailyDose([plan], '2026-11-19' as IsoDate)).toBeNull();
    expect(currentDailyDose([plan], '2099-01-01' as IsoDate)).toBeNull();
    expect(currentDailyDose([null, 'x', { steps: [{ start: 1 }] }], '2026-11-22' as IsoDate)).toBeNull();
    expect(currentDailyDose([], '2026-11-22' as IsoDate)).toBeNull();
  });

  it('sorts by name, by status (most serious first) and by last check-in (newest first, never last)', () => {
    const entries = [
      rosterEntry(facts({ patientId: 'a', displayName: 'cleo', lastCheckInAt: '2026-11-20T00:00:00.000Z' }), NOW),
      rosterEntry(facts({ patientId: 'b', displayName: 'Ben', openAlerts: { emergency: 0, urgent: 1, routine: 0 } }), NOW),
      rosterEntry(
        facts({ patientId: 'c', displayName: 'ana', missedDates: ['2026-11-21'], lastCheckInAt: '2026-11-21T00:00:00.000Z' }),
        NOW,
      ),
    ];
    expect(sortRoster(entries, 'name').map((e) => e.displayName)).toEqual(['ana', 'Ben', 'cleo']);
    expect(sortRoster(entries, 'status').map((e) => e.displayName)).toEqual(['Ben', 'ana', 'cleo']);
    expect(sortRoster(entries, 'lastCheckIn').map((e) => e.displayName)).toEqual(['ana', 'cleo', 'Ben']);
  });
});
