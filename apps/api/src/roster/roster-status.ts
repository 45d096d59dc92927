import { addDays, type IsoDate, type Micrograms, toMilligrams } from '@stepdown/core';
import type { RosterFacts } from '@stepdown/db';

/** The roster's flags, most serious first: this order is the `status` sort. */
export const ROSTER_FLAGS = ['red-flag', 'hold-requested', 'suggestion', 'missed-doses', 'review-due', 'on-track'] as const;
export type RosterFlag = (typeof ROSTER_FLAGS)[number];

/**
 * Service settings for the at-a-glance flags, not clinical thresholds: they
 * decide what a clinician's list highlights, never a dose. Issue #5 asks for
 * any missed dose in the last 7 days, and a review at least every 3 months.
 */
export const ROSTER_SETTINGS = { missedDoseWindowDays: 7, reviewEveryMonths: 3 } as const;

/** The local date `YYYY-MM-DD` in an IANA zone at an instant: the patient's "today". */
export const localDateIn = (instant: Date, timeZone: string): IsoDate => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    instant,
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}` as IsoDate;
};

/** `date` minus whole calendar months, the day clamped to the shorter month (31 May − 3 months = 28/29 Feb). */
export const monthsBefore = (date: IsoDate, months: number): IsoDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}` as IsoDate;
};

export interface DailyDose {
  readonly drug: string;
  readonly amountMg: number;
}

/** A stored plan is parsed JSON: read only what the roster needs, and nothing if the shape is unexpected. */
const stepsOf = (plan: unknown): readonly { start: string; end: string; dailyTotals: readonly unknown[] }[] => {
  const steps = (plan as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return [];
  return steps.filter(
    (s): s is { start: string; end: string; dailyTotals: readonly unknown[] } =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as { start?: unknown }).start === 'string' &&
      typeof (s as { end?: unknown }).end === 'string' &&
      Array.isArray((s as { dailyTotals?: unknown }).dailyTotals),
  );
};

/**
 * Today's daily dose under the active plans: the totals of the step whose
 * dates hold `today`, per drug. Null when no active plan has a step today
 * (none approved, not started yet, or finished).
 */
export const currentDailyDose = (activePlans: readonly unknown[], today: IsoDate): readonly DailyDose[] | null => {
  const totals = new Map<string, number>();
  let found = false;
  for (const plan of activePlans) {
    const step = stepsOf(plan).find((s) => s.start <= today && today <= s.end);
    if (!step) continue;
    found = true;
    for (const total of step.dailyTotals) {
      const { drug, amountUg } = (total ?? {}) as { drug?: unknown; amountUg?: unknown };
      if (typeof drug === 'string' && Number.isSafeInteger(amountUg))
        totals.set(drug, (totals.get(drug) ?? 0) + (amountUg as number));
    }
  }
  if (!found) return null;
  return [...totals].map(([drug, ug]) => ({ drug, amountMg: toMilligrams(ug as Micrograms) }));
};

export interface RosterEntry {
  readonly patientId: string;
  readonly displayName: string;
  readonly timeZone: string;
  readonly flags: readonly RosterFlag[];
  /** The first flag: the most serious. */
  readonly status: RosterFlag;
  readonly lastCheckInDate: string | null;
  readonly lastCheckInAt: string | null;
  readonly currentDailyDose: readonly DailyDose[] | null;
  readonly openAlerts: RosterFacts['openAlerts'];
  readonly missedDosesLast7Days: number;
  readonly reviewDueSince: string | null;
}

/** The roster line for one patient at `now`, dates in the patient's own zone. */
export const rosterEntry = (facts: RosterFacts, now: Date): RosterEntry => {
  const today = localDateIn(now, facts.timeZone);
  const windowStart = addDays(today, -(ROSTER_SETTINGS.missedDoseWindowDays - 1));
  const missed = facts.missedDates.filter((d) => d >= windowStart && d <= today).length;
  // The review clock starts with care and restarts at every approved plan version.
  const lastReview =
    facts.lastApprovedAt !== null && facts.lastApprovedAt > facts.careStartedAt ? facts.lastApprovedAt : facts.careStartedAt;
  const reviewDue = addMonthsDate(localDateIn(new Date(lastReview), facts.timeZone), ROSTER_SETTINGS.reviewEveryMonths);
  const flags: RosterFlag[] = [];
  if (facts.openAlerts.emergency + facts.openAlerts.urgent > 0) flags.push('red-flag');
  if (facts.pendingSuggestions.requestedByPatient > 0) flags.push('hold-requested');
  if (facts.pendingSuggestions.byRule > 0) flags.push('suggestion');
  if (missed > 0) flags.push('missed-doses');
  if (reviewDue <= today) flags.push('review-due');
  if (flags.length === 0) flags.push('on-track');
  return {
    patientId: facts.patientId,
    displayName: facts.displayName,
    timeZone: facts.timeZone,
    flags,
    status: flags[0] ?? 'on-track',
    lastCheckInDate: facts.lastCheckInAt === null ? null : localDateIn(new Date(facts.lastCheckInAt), facts.timeZone),
    lastCheckInAt: facts.lastCheckInAt,
    currentDailyDose: currentDailyDose(facts.activePlans, today),
    openAlerts: facts.openAlerts,
    missedDosesLast7Days: missed,
    reviewDueSince: reviewDue <= today ? reviewDue : null,
  };
};

/** `date` plus whole calendar months, clamped like `monthsBefore`. */
const addMonthsDate = (date: IsoDate, months: number): IsoDate => monthsBefore(date, -months);

export type RosterSort = 'name' | 'status' | 'lastCheckIn';

const byName = (a: RosterEntry, b: RosterEntry) =>
  a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) || a.patientId.localeCompare(b.patientId);

/** Name A–Z; status most serious first (then name); last check-in most recent first, never-checked-in last. */
export const sortRoster = (entries: readonly RosterEntry[], sort: RosterSort): RosterEntry[] =>
  [...entries].sort((a, b) => {
    if (sort === 'status') return ROSTER_FLAGS.indexOf(a.status) - ROSTER_FLAGS.indexOf(b.status) || byName(a, b);
    if (sort === 'lastCheckIn') {
      if (a.lastCheckInAt !== b.lastCheckInAt) {
        if (a.lastCheckInAt === null) return 1;
        if (b.lastCheckInAt === null) return -1;
        return a.lastCheckInAt < b.lastCheckInAt ? 1 : -1;
      }
      return byName(a, b);
    }
    return byName(a, b);
  });
