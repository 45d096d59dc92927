import type { IsoDate } from '../dates/iso-date.js';
import type { TaperPlan } from '../taper/plan.js';
import { stepDaySets } from '../taper/step-days.js';
import { formatMg } from '../units/format-dose.js';
import type { LocalTime } from '../units/local-time.js';
import { describeUnits, doseTitle, drugName } from './dose-text.js';
import { formatLongDate } from './human-date.js';
import { contentLine, escapeText } from './ical-text.js';
import { assertPlanShape, dosesInTimeOrder } from './plan-days.js';
import { SAFETY_LINE } from './safety-text.js';
import {
  daySetStart,
  daysBetweenText,
  drugFreeNames,
  everyOtherDayText,
  stepHeading,
  stepSpan,
  stoppedDrugs,
} from './step-text.js';

export interface PlanIcalOptions {
  /** The caller's stable id for the plan (e.g. its database id): the root of every UID. Letters, digits, `.`, `_`, `-`. */
  readonly planId: string;
  /** The plan's version, 0 for the first: every event's SEQUENCE. Raise it each time an updated plan is exported. */
  readonly version: number;
  /** When the file is made, a UTC instant `YYYY-MM-DDTHH:MM:SS[.sss]Z` (`Date#toISOString()`): every DTSTAMP. */
  readonly generatedAt: string;
  /** Shown as the calendar's name (NAME and X-WR-CALNAME). */
  readonly calendarName?: string;
  /** A display alarm at each dose time. Default true. */
  readonly reminders?: boolean;
  /** The plan as last exported under the same id: events it had that this plan lacks are sent as cancelled. */
  readonly previousPlan?: TaperPlan;
}

export const ICAL_PRODID = '-//Stepdown//Taper schedule//EN';

const PLAN_ID = /^[A-Za-z0-9._-]{1,200}$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/**
 * The UID of the reminders for one dose time of one drug in one step. It
 * depends only on the plan id, step index, time and drug, so importing an
 * updated plan (a higher SEQUENCE) replaces the events it had before.
 */
export const doseEventUid = (planId: string, stepIndex: number, time: LocalTime, drug: string): string =>
  `${planId}-step${stepIndex}-${time.replace(':', '')}-${drug}@stepdown`;

/** The UID of the all-day event marking the first day of a step with no doses. */
export const stopEventUid = (planId: string, stepIndex: number): string => `${planId}-step${stepIndex}-stop@stepdown`;

/**
 * The UID of the reminders for one dose time of one drug on the second day of
 * an alternate-day step (days 2, 4, 6…): the first day's keep `doseEventUid`,
 * so the two day sets never share a UID.
 */
export const alternateDoseEventUid = (planId: string, stepIndex: number, time: LocalTime, drug: string): string =>
  `${planId}-step${stepIndex}-alt-${time.replace(':', '')}-${drug}@stepdown`;

/** The UID of the all-day events marking the drug-free days (2, 4, 6…) of an alternate-day step. */
export const drugFreeDayEventUid = (planId: string, stepIndex: number): string => `${planId}-step${stepIndex}-alt-none@stepdown`;

interface CalendarEvent {
  readonly uid: string;
  /** `DTSTART:…` or `DTSTART;VALUE=DATE:…`, unescaped. */
  readonly start: readonly [name: string, value: string];
  readonly rrule?: string;
  readonly summary: string;
  readonly description: string;
  readonly alarm: boolean;
}

const basicDate = (date: IsoDate): string => date.replaceAll('-', '');
/** A FLOATING local date-time (no Z, no TZID): 08:00 stays 08:00 across clock changes. */
const floating = (date: IsoDate, time: LocalTime): string => `${basicDate(date)}T${time.replace(':', '')}00`;

const planEvents = (plan: TaperPlan, planId: string): CalendarEvent[] => {
  assertPlanShape(plan);
  return plan.steps.flatMap((step): CalendarEvent[] => {
    if (step.doses.length === 0) {
      const stopped = stoppedDrugs(step, plan);
      return [
        {
          uid: stopEventUid(planId, step.index),
          start: ['DTSTART;VALUE=DATE', basicDate(step.start)],
          summary: `No more ${stopped} from today`,
          description: [
            `${stepHeading(step, plan)}: from ${formatLongDate(step.start)} take no more ${stopped}, as agreed with your prescriber.`,
            'Withdrawal symptoms can come after the last dose too: keep in touch with your prescriber.',
            ...(step.note === undefined ? [] : [step.note]),
            '',
            SAFETY_LINE,
          ].join('\n'),
          alarm: false,
        },
      ];
    }
    const sets = stepDaySets(step);
    return sets.flatMap((set): CalendarEvent[] => {
      const first = daySetStart(step, set);
      if (set.everyDays === 1) {
        return dosesInTimeOrder(set.doses).map((dose) => ({
          uid: doseEventUid(planId, step.index, dose.time, dose.drug),
          start: ['DTSTART', floating(first, dose.time)],
          rrule: `FREQ=DAILY;COUNT=${set.count}`,
          summary: doseTitle(dose),
          description: [
            `${stepSpan(step, plan)}, every day at ${dose.time}${step.alternateDoses === undefined ? '' : ' (on both days of its alternate-day pattern)'}.`,
            `Take ${formatMg(dose.amountUg)} ${drugName(dose.drug)}: ${describeUnits(dose.units)}.`,
            ...(step.note === undefined ? [] : [step.note]),
            '',
            SAFETY_LINE,
          ].join('\n'),
          alarm: true,
        }));
      }
      // Alternate days: each day set repeats every other day from its own first day.
      const rrule = `FREQ=DAILY;INTERVAL=2;COUNT=${set.count}`;
      const between = daysBetweenText(step, set);
      if (set.doses.length === 0) {
        const names = drugFreeNames(step);
        return [
          {
            uid: drugFreeDayEventUid(planId, step.index),
            start: ['DTSTART;VALUE=DATE', basicDate(first)],
            rrule,
            summary: `No ${names} today (every other day)`,
            description: [
              `${stepSpan(step, plan)}: no ${names} ${everyOtherDayText(step, set)}, as agreed with your prescriber.`,
              between,
              ...(step.note === undefined ? [] : [step.note]),
              '',
              SAFETY_LINE,
            ].join('\n'),
            alarm: false,
          },
        ];
      }
      return dosesInTimeOrder(set.doses).map((dose) => ({
        uid: (set.days === 'even' ? alternateDoseEventUid : doseEventUid)(planId, step.index, dose.time, dose.drug),
        start: ['DTSTART', floating(first, dose.time)],
        rrule,
        summary: `${doseTitle(dose)} (every other day)`,
        description: [
          `${stepSpan(step, plan)}, at ${dose.time} ${everyOtherDayText(step, set)}.`,
          `Take ${formatMg(dose.amountUg)} ${drugName(dose.drug)}: ${describeUnits(dose.units)}.`,
          between,
          ...(step.note === undefined ? [] : [step.note]),
          '',
          SAFETY_LINE,
        ].join('\n'),
        alarm: true,
      }));
    });
  });
};

const renderEvent = (
  event: CalendarEvent,
  stamp: string,
  sequence: number,
  options: { readonly reminders: boolean; readonly cancelled: boolean },
): string => {
  const summary = options.cancelled ? `Cancelled: ${event.summary}` : event.summary;
  const description = options.cancelled ? 'This reminder is no longer part of your plan.' : event.description;
  return [
    contentLine('BEGIN', 'VEVENT'),
    contentLine('UID', escapeText(event.uid)),
    contentLine('DTSTAMP', stamp),
    contentLine('SEQUENCE', String(sequence)),
    contentLine(event.start[0], event.start[1]),
    ...(event.start[0] === 'DTSTART' ? [contentLine('DURATION', 'PT15M')] : []),
    ...(event.rrule === undefined ? [] : [contentLine('RRULE', event.rrule)]),
    contentLine('SUMMARY', escapeText(summary)),
    contentLine('DESCRIPTION', escapeText(description)),
    contentLine('CATEGORIES', 'Medication'),
    contentLine('TRANSP', 'TRANSPARENT'),
    contentLine('STATUS', options.cancelled ? 'CANCELLED' : 'CONFIRMED'),
    ...(event.alarm && options.reminders && !options.cancelled
      ? [
          contentLine('BEGIN', 'VALARM'),
          contentLine('ACTION', 'DISPLAY'),
          contentLine('DESCRIPTION', escapeText(event.summary)),
          contentLine('TRIGGER', 'PT0M'),
          contentLine('END', 'VALARM'),
        ]
      : []),
    contentLine('END', 'VEVENT'),
  ].join('');
};

/**
 * The plan as an iCalendar file (RFC 5545): for each step, one VEVENT per
 * dose time and drug, repeating daily for the step's days
 * (`RRULE:FREQ=DAILY;COUNT=<days>`) at a FLOATING local time, so a dose time
 * never moves when the clocks change; a step with no doses is one all-day
 * event on its first day. An alternate-day step has daily events for the
 * doses both its days share, then events for the rest of its first day's
 * doses from its first day and of its second day's from its second day (an
 * all-day event when that day is drug-free), each
 * `RRULE:FREQ=DAILY;INTERVAL=2;COUNT=<days of that set>`. Lines end CRLF and fold at 75 octets. Throws on a
 * malformed plan id, version or timestamp (caller bugs, not user input).
 */
export const planIcal = (plan: TaperPlan, options: PlanIcalOptions): string => {
  if (!PLAN_ID.test(options.planId))
    throw new RangeError(`planId must be 1–200 letters, digits, ".", "_" or "-": ${options.planId}`);
  if (!Number.isSafeInteger(options.version) || options.version < 0) {
    throw new RangeError(`version must be a whole number ≥ 0: ${options.version}`);
  }
  const instant = INSTANT.exec(options.generatedAt);
  if (!instant) throw new RangeError(`generatedAt must be a UTC instant like 2026-03-01T09:30:00Z: ${options.generatedAt}`);
  const stamp = `${instant[1]}${instant[2]}${instant[3]}T${instant[4]}${instant[5]}${instant[6]}Z`;
  const reminders = options.reminders ?? true;

  const events = planEvents(plan, options.planId);
  const current = new Set(events.map((e) => e.uid));
  const withdrawn = options.previousPlan
    ? planEvents(options.previousPlan, options.planId).filter((e) => !current.has(e.uid))
    : [];

  return [
    contentLine('BEGIN', 'VCALENDAR'),
    contentLine('VERSION', '2.0'),
    contentLine('PRODID', escapeText(ICAL_PRODID)),
    contentLine('CALSCALE', 'GREGORIAN'),
    ...(options.calendarName === undefined
      ? []
      : [contentLine('NAME', escapeText(options.calendarName)), contentLine('X-WR-CALNAME', escapeText(options.calendarName))]),
    ...events.map((e) => renderEvent(e, stamp, options.version, { reminders, cancelled: false })),
    ...withdrawn.map((e) => renderEvent(e, stamp, options.version, { reminders, cancelled: true })),
    contentLine('END', 'VCALENDAR'),
  ].join('');
};
