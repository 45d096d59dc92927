import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PlannedDose, TaperPlan } from '../taper/plan.js';
import type { LocalTime } from '../units/local-time.js';
import { doseTitle } from './dose-text.js';
import { planDays } from './plan-days.js';
import { alternateDoseEventUid, doseEventUid, drugFreeDayEventUid, planIcal } from './plan-ical.js';
import { arbitraryPlan, buildPlan, CLONAZEPAM_PLAN, CROSSOVER_PLAN, dose, PATTERN_PLAN, piece } from './test-support.js';

// ical.js reads properties it does not know as raw text; RFC 5545 §3.8.8.2 and RFC 7986 make these TEXT.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
ICAL.design.icalendar.property.name = { defaultType: 'text' };

const OPTIONS = { planId: 'plan-42', version: 3, generatedAt: '2026-03-01T09:30:00.000Z' } as const;

interface Occurrence {
  readonly uid: string;
  readonly start: string;
  readonly summary: string;
}

/** Parses with ical.js (an independent parser) and expands every RRULE: the dose reminders and the all-day events. */
const expand = (ics: string): { doses: Occurrence[]; allDay: Occurrence[]; cancelled: string[] } => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const doses: Occurrence[] = [];
  const allDay: Occurrence[] = [];
  const cancelled: string[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    if (vevent.getFirstPropertyValue('status') === 'CANCELLED') {
      cancelled.push(event.uid);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), n = 0; next; next = iterator.next(), n++) {
      if (n > 10_000) throw new Error('runaway recurrence');
      if (next.isDate) {
        allDay.push({ uid: event.uid, start: next.toString(), summary: event.summary });
      } else {
        expect(next.zone?.tzid, 'floating time').toBe('floating');
        doses.push({ uid: event.uid, start: next.toString(), summary: event.summary });
      }
    }
  }
  return { doses, allDay, cancelled };
};

/** What the plan says, day by day: every dose as `date T time` with its title. */
const expectedDoses = (plan: TaperPlan, planId: string): Occurrence[] =>
  planDays(plan).flatMap((day) =>
    day.doses.map((d) => ({
      uid: doseEventUid(planId, day.step.index, d.time, d.drug),
      start: `${day.date}T${d.time}:00`,
      summary: doseTitle(d),
    })),
  );

const sameDose = (a: PlannedDose, b: PlannedDose): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a plan with alternate-day steps says, day by day: a dose both days of
 * a step share is a daily reminder; otherwise each day's doses are their own
 * every-other-day reminders, those of days 2, 4, 6… under their own UIDs.
 */
const expectedPatternDoses = (plan: TaperPlan, planId: string): Occurrence[] =>
  planDays(plan).flatMap((day) =>
    day.doses.map((d) => {
      const alternate = day.step.alternateDoses;
      const shared =
        alternate !== undefined && day.step.doses.some((o) => sameDose(o, d)) && alternate.some((o) => sameDose(o, d));
      const everyOther = alternate !== undefined && !shared;
      return {
        uid: (everyOther && day.dayOfStep % 2 === 0 ? alternateDoseEventUid : doseEventUid)(
          planId,
          day.step.index,
          d.time,
          d.drug,
        ),
        start: `${day.date}T${d.time}:00`,
        summary: everyOther ? `${doseTitle(d)} (every other day)` : doseTitle(d),
      };
    }),
  );

/** The all-day events: the first day of each step with no doses, and each drug-free day of an alternate-day step. */
const expectedAllDay = (plan: TaperPlan): string[] =>
  planDays(plan)
    .filter(
      (day) =>
        (day.step.doses.length === 0 && day.dayOfStep === 1) ||
        (day.step.alternateDoses?.length === 0 && day.dayOfStep % 2 === 0),
    )
    .map((day) => day.date);

const sorted = (occurrences: readonly Occurrence[]): Occurrence[] =>
  occurrences.toSorted((a, b) => a.start.localeCompare(b.start) || a.summary.localeCompare(b.summary));

const octets = (line: string): number => new TextEncoder().encode(line).length;

describe('planIcal', () => {
  const ics = planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, calendarName: 'Clonazepam taper' });

  it('is well-formed RFC 5545 text: CRLF lines of at most 75 octets, floating times', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.slice(0, -2).split('\r\n')) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/Stepdown\/\/Taper schedule\/\/EN\r\n/);
    expect(ics).toContain('\r\nX-WR-CALNAME:Clonazepam taper\r\n');
    expect(ics).toContain('\r\nDTSTART:20260302T080000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;COUNT=14\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20260413\r\n');
    expect(ics).not.toMatch(/TZID|DTSTART:\d{8}T\d{6}Z/);
    expect(ics.match(/\r\nDTSTAMP:20260301T093000Z\r\n/g)).toHaveLength(7);
    expect(ics.match(/\r\nSEQUENCE:3\r\n/g)).toHaveLength(7);
  });

  it('has one reminder per dose of every plan day, at the same local time on both sides of a clock change', () => {
    const { doses, allDay, cancelled } = expand(ics);
    expect(doses).toHaveLength(84);
    expect(sorted(doses)).toEqual(sorted(expectedDoses(CLONAZEPAM_PLAN, OPTIONS.planId)));
    expect(doses.filter((d) => d.start.startsWith('2026-03-07') || d.start.startsWith('2026-03-08'))).toEqual([
      {
        uid: 'plan-42-step0-0800-clonazepam@stepdown',
        start: '2026-03-07T08:00:00',
        summary: 'Clonazepam 0.5 mg — 1 × 0.5 mg tablet',
      },
      {
        uid: 'plan-42-step0-0800-clonazepam@stepdown',
        start: '2026-03-08T08:00:00',
        summary: 'Clonazepam 0.5 mg — 1 × 0.5 mg tablet',
      },
      {
        uid: 'plan-42-step0-2200-clonazepam@stepdown',
        start: '2026-03-07T22:00:00',
        summary: 'Clonazepam 1 mg — 1 × 1 mg tablet',
      },
      {
        uid: 'plan-42-step0-2200-clonazepam@stepdown',
        start: '2026-03-08T22:00:00',
        summary: 'Clonazepam 1 mg — 1 × 1 mg tablet',
      },
    ]);
    expect(doses.find((d) => d.start === '2026-03-29T22:00:00')?.summary).toBe(
      'Clonazepam 0.75 mg — 1 × 0.5 mg tablet + half of a 0.5 mg tablet',
    );
    expect(doses.find((d) => d.start === '2026-04-12T08:00:00')?.summary).toBe('Clonazepam 0.25 mg — 1 × 0.25 mg ODT');
    expect(allDay).toEqual([
      { uid: 'plan-42-step3-stop@stepdown', start: '2026-04-13', summary: 'No more clonazepam from today' },
    ]);
    expect(cancelled).toEqual([]);
  });

  it('describes the step, what to take and the safety line, escaped and folded but read back intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const late = events.find((e) => e.uid === 'plan-42-step1-2200-clonazepam@stepdown');
    expect(late?.description).toBe(
      [
        'Step 2 of 4 (reduction), Mon 16 Mar 2026 to Sun 29 Mar 2026 (14 days), every day at 22:00.',
        'Take 0.75 mg clonazepam: 1 × 0.5 mg tablet + half of a 0.5 mg tablet.',
        '',
        'Do not stop suddenly or change a dose without your prescriber: stopping a benzodiazepine suddenly can cause seizures. Call your prescriber if withdrawal symptoms are hard to bear; in an emergency call your local emergency number.',
      ].join('\n'),
    );
    expect(events.find((e) => e.uid === 'plan-42-step2-0800-clonazepam@stepdown')?.description).toContain(
      '\nHold this step longer if withdrawal symptoms are hard to bear.\n',
    );
    const alarm = late?.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT0S');
    expect(planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, reminders: false })).not.toContain('VALARM');
  });

  it('escapes commas, semicolons, backslashes and newlines in free text', () => {
    const name = "Ann's taper; clonazepam, slowly \\ steadily\nversion 2 — 😀 ".repeat(3);
    const text = planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, calendarName: name });
    expect(text).toContain("X-WR-CALNAME:Ann's taper\\; clonazepam\\, slowly \\\\ steadily\\nversion 2");
    for (const line of text.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(name);
    expect(calendar.getFirstPropertyValue('name')).toBe(name);
  });

  it('keeps UIDs stable across versions and cancels reminders an update removes', () => {
    const uids = (text: string) => expand(text).doses.map((d) => d.uid);
    expect(new Set(uids(ics)).size).toBe(6);
    const v4 = planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, version: 4 });
    expect(new Set(uids(v4))).toEqual(new Set(uids(ics)));
    expect(v4.match(/\r\nSEQUENCE:4\r\n/g)).toHaveLength(7);

    const [first, ...rest] = CLONAZEPAM_PLAN.steps;
    if (!first) throw new Error('fixture');
    const withNoon = {
      ...CLONAZEPAM_PLAN,
      steps: [{ ...first, doses: [...first.doses, dose('14:00', 'clonazepam', [piece('clonazepam-tablet-0.5', 1)])] }, ...rest],
    };
    const update = planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, version: 4, previousPlan: withNoon });
    const { doses, cancelled } = expand(update);
    expect(cancelled).toEqual([doseEventUid('plan-42', 0, '14:00' as LocalTime, 'clonazepam')]);
    expect(doses).toHaveLength(84);
    expect(update).toContain('SUMMARY:Cancelled: Clonazepam 0.5 mg — 1 × 0.5 mg tablet');
  });

  it('gives each drug of a crossover step its own reminder', () => {
    const { doses } = expand(planIcal(CROSSOVER_PLAN, OPTIONS));
    expect(sorted(doses)).toEqual(sorted(expectedDoses(CROSSOVER_PLAN, OPTIONS.planId)));
    expect(doses.filter((d) => d.start === '2026-10-26T22:00:00').map((d) => d.summary)).toEqual([
      'Clonazepam 0.25 mg — half of a 0.5 mg tablet',
      'Diazepam 5 mg — 1 × 5 mg tablet',
    ]);
    expect(doses.filter((d) => d.start === '2026-10-25T08:00:00')).toHaveLength(1);
    expect(doses.filter((d) => d.start === '2026-11-01T22:00:00')).toHaveLength(2);
    expect(doses.filter((d) => d.start === '2026-11-02T22:00:00').map((d) => d.summary)).toEqual([
      'Diazepam 10 mg — 1 × 10 mg tablet',
    ]);
  });

  it('refuses a malformed plan id, version or timestamp (caller bugs)', () => {
    expect(() => planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, planId: 'plan 42' })).toThrow(RangeError);
    expect(() => planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, version: -1 })).toThrow(RangeError);
    expect(() => planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, version: 1.5 })).toThrow(RangeError);
    expect(() => planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, generatedAt: '2026-03-01 09:30' })).toThrow(RangeError);
    expect(() => planIcal(CLONAZEPAM_PLAN, { ...OPTIONS, generatedAt: '2026-03-01T09:30:00+01:00' })).toThrow(RangeError);
  });

  it('for any plan, the expanded calendar holds exactly the plan’s doses, day by day', () => {
    fc.assert(
      fc.property(arbitraryPlan(fc), (plan) => {
        const text = planIcal(plan, OPTIONS);
        for (const line of text.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const { doses, allDay } = expand(text);
        expect(sorted(doses)).toEqual(sorted(expectedDoses(plan, OPTIONS.planId)));
        expect(allDay.map((a) => a.start)).toEqual(plan.steps.filter((s) => s.doses.length === 0).map((s) => s.start));
      }),
      { numRuns: 60 },
    );
  });

  it('alternate days: separate every-other-day reminders for each day, matching the plan on every day', () => {
    const text = planIcal(PATTERN_PLAN, OPTIONS);
    for (const line of text.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const { doses, allDay, cancelled } = expand(text);
    expect(cancelled).toEqual([]);
    expect(sorted(doses)).toEqual(sorted(expectedPatternDoses(PATTERN_PLAN, OPTIONS.planId)));
    expect(doses).toHaveLength(7 * 2 + 22 + 11 + 14 + 7 + 7 + 4);
    // Each day set: its own DTSTART (the step's first or second day) and COUNT, every second day.
    expect(text).toContain(
      '\r\nUID:plan-42-step3-2200-clonazepam@stepdown\r\nDTSTAMP:20260301T093000Z\r\nSEQUENCE:3\r\nDTSTART:20260414T220000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;INTERVAL=2;COUNT=7\r\nSUMMARY:Clonazepam 0.5 mg — 1 × 0.5 mg tablet (every other day)\r\n',
    );
    expect(text).toContain(
      '\r\nUID:plan-42-step3-alt-2200-clonazepam@stepdown\r\nDTSTAMP:20260301T093000Z\r\nSEQUENCE:3\r\nDTSTART:20260415T220000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;INTERVAL=2;COUNT=7\r\nSUMMARY:Clonazepam 0.25 mg — half of a 0.5 mg tablet (every other day)\r\n',
    );
    // The 22:00 dose step 2 takes on both days is one daily reminder; its 08:00 dose every other day, across the EU clock change.
    expect(text).toContain('\r\nDTSTART:20260309T220000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;COUNT=22\r\n');
    expect(text).toContain('\r\nDTSTART:20260309T080000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;INTERVAL=2;COUNT=11\r\n');
    expect(doses.filter((d) => d.start.endsWith('T08:00:00') && d.start >= '2026-03-27' && d.start < '2026-03-31')).toEqual([
      {
        uid: 'plan-42-step1-0800-clonazepam@stepdown',
        start: '2026-03-27T08:00:00',
        summary: 'Clonazepam 0.25 mg — half of a 0.5 mg tablet (every other day)',
      },
      {
        uid: 'plan-42-step1-0800-clonazepam@stepdown',
        start: '2026-03-29T08:00:00',
        summary: 'Clonazepam 0.25 mg — half of a 0.5 mg tablet (every other day)',
      },
    ]);
    // The drug-free days of step 5 are marked, without an alarm; then the stop.
    expect(allDay).toEqual([
      ...['2026-04-29', '2026-05-01', '2026-05-03', '2026-05-05'].map((start) => ({
        uid: drugFreeDayEventUid('plan-42', 4),
        start,
        summary: 'No clonazepam today (every other day)',
      })),
      { uid: 'plan-42-step5-stop@stepdown', start: '2026-05-06', summary: 'No more clonazepam from today' },
    ]);
    expect(allDay.map((a) => a.start)).toEqual(expectedAllDay(PATTERN_PLAN));
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const free = events.find((e) => e.uid === drugFreeDayEventUid('plan-42', 4));
    expect(free?.component.getFirstSubcomponent('valarm')).toBeNull();
    expect(free?.description).toMatch(
      /^Step 5 of 6 \(reduction\), Tue 28 Apr 2026 to Tue 5 May 2026 \(8 days\): no clonazepam every other day from Wed 29 Apr 2026, days 2, 4, 6… of the step, as agreed with your prescriber\.\nOn the days between: 0\.25 mg clonazepam at 22:00 \(half of a 0\.5 mg tablet\)\./,
    );
    expect(events.find((e) => e.uid === 'plan-42-step3-alt-2200-clonazepam@stepdown')?.description).toMatch(
      /^Step 4 of 6 \(reduction\), Tue 14 Apr 2026 to Mon 27 Apr 2026 \(14 days\), at 22:00 every other day from Wed 15 Apr 2026, days 2, 4, 6… of the step\.\nTake 0\.25 mg clonazepam: half of a 0\.5 mg tablet\.\nOn the days between: 0\.5 mg clonazepam at 22:00 \(1 × 0\.5 mg tablet\)\.\n/,
    );
  });

  it('alternate days: UIDs differ between the two days and stay stable; an update back to every day cancels the second day’s', () => {
    const uids = new Set(expand(planIcal(PATTERN_PLAN, OPTIONS)).doses.map((d) => d.uid));
    expect(uids.has(doseEventUid('plan-42', 3, '22:00' as LocalTime, 'clonazepam'))).toBe(true);
    expect(uids.has(alternateDoseEventUid('plan-42', 3, '22:00' as LocalTime, 'clonazepam'))).toBe(true);
    expect(new Set(expand(planIcal(PATTERN_PLAN, { ...OPTIONS, version: 9 })).doses.map((d) => d.uid))).toEqual(uids);
    const everyDay = {
      ...PATTERN_PLAN,
      steps: PATTERN_PLAN.steps.map(({ alternateDoses: _a, pattern: _p, ...step }) => step),
    };
    const { cancelled } = expand(planIcal(everyDay, { ...OPTIONS, previousPlan: PATTERN_PLAN }));
    expect(cancelled.toSorted()).toEqual(
      [alternateDoseEventUid('plan-42', 3, '22:00' as LocalTime, 'clonazepam'), drugFreeDayEventUid('plan-42', 4)].toSorted(),
    );
  });

  it('for any plan with alternate days, the expanded calendar holds exactly each day’s doses', () => {
    fc.assert(
      fc.property(arbitraryPlan(fc, { patterns: true }), (plan) => {
        const text = planIcal(plan, OPTIONS);
        for (const line of text.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const { doses, allDay } = expand(text);
        expect(sorted(doses)).toEqual(sorted(expectedPatternDoses(plan, OPTIONS.planId)));
        expect(new Set(doses.map((d) => d.uid)).size).toBe(
          new Set(expectedPatternDoses(plan, OPTIONS.planId).map((d) => d.uid)).size,
        );
        expect(allDay.map((a) => a.start).toSorted()).toEqual(expectedAllDay(plan));
      }),
      { numRuns: 80 },
    );
  });

  it('a one-day step is a single reminder', () => {
    const plan = buildPlan('clonazepam', '2028-02-29', [
      { days: 1, kind: 'start', doses: [dose('00:00', 'clonazepam', [piece('clonazepam-tablet-2', 1)])] },
    ]);
    expect(expand(planIcal(plan, OPTIONS)).doses).toEqual([
      {
        uid: 'plan-42-step0-0000-clonazepam@stepdown',
        start: '2028-02-29T00:00:00',
        summary: 'Clonazepam 2 mg — 1 × 2 mg tablet',
      },
    ]);
  });
});
