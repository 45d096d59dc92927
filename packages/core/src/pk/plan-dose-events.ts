import { addDays, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { PlanStep, TaperPlan } from '../taper/plan.js';
import { dosesOnDay } from '../taper/step-days.js';
import { minutesOfDay } from '../units/local-time.js';
import type { DoseEvent } from './dose-event.js';

/**
 * Days of the first step's regimen prepended before the plan starts, so a
 * simulation begins at steady state (the person has been taking that dose for
 * a while). 14 days is over 8 half-lives at the label's longest typical
 * clonazepam half-life of 40 h (source: fda-klonopin-label), so within 0.3% of
 * steady state. Drugs with longer half-lives, or long-lived active metabolites,
 * need more.
 */
export const DEFAULT_STEADY_STATE_BEFORE_DAYS = 14;

export interface PlanDoseEventsOptions {
  /** Days of the first step's regimen taken before `plan.start` (default 14; 0 starts from nothing). */
  readonly steadyStateBeforeDays?: number;
}

const HOURS_PER_DAY = 24;
const MINUTES_PER_HOUR = 60;

/** One day's doses of `drugId` in a step (`dayOfStep` from 1: alternate-day steps alternate), as hours after that day's midnight, in time order. */
const dayPattern = (
  step: PlanStep,
  drugId: string,
  dayOfStep: number,
): { readonly hourOfDay: number; readonly dose: DoseEvent['amountUg'] }[] =>
  dosesOnDay(step, dayOfStep)
    .filter((dose) => dose.drug === drugId && dose.amountUg > 0)
    .map((dose) => ({ hourOfDay: minutesOfDay(dose.time) / MINUTES_PER_HOUR, dose: dose.amountUg }))
    .sort((a, b) => a.hourOfDay - b.hourOfDay);

/**
 * Every dose of `drugId` a plan schedules, as `DoseEvent`s with `timeH` in
 * hours from midnight at the start of `plan.start` (local time; the model has
 * no time zones or clock changes). Each step's doses repeat on every day from
 * its `start` to its `end` inclusive (an alternate-day step's two days take
 * turns). Before day 0, the first step's regimen
 * is repeated for `steadyStateBeforeDays` days (negative times), so the
 * concentration at hour 0 is (close to) the steady state of the dose the
 * person was already taking. Throws on a negative or fractional day count.
 */
export const planDoseEvents = (plan: TaperPlan, drugId: string, options: PlanDoseEventsOptions = {}): DoseEvent[] => {
  const before = options.steadyStateBeforeDays ?? DEFAULT_STEADY_STATE_BEFORE_DAYS;
  if (!(Number.isSafeInteger(before) && before >= 0)) {
    throw new RangeError(`steadyStateBeforeDays must be a whole number of days ≥ 0, got ${before}`);
  }
  const events: DoseEvent[] = [];
  const addDaysOf = (pattern: (dayOfStep: number) => ReturnType<typeof dayPattern>, firstDay: number, dayCount: number): void => {
    for (let i = 0; i < dayCount; i++) {
      for (const { hourOfDay, dose } of pattern(i + 1))
        events.push({ timeH: (firstDay + i) * HOURS_PER_DAY + hourOfDay, amountUg: dose });
    }
  };
  const [firstStep] = plan.steps;
  if (firstStep) {
    // Before the plan: the first step's first day, every day.
    const firstDay = daysBetween(plan.start, firstStep.start);
    addDaysOf(() => dayPattern(firstStep, drugId, 1), firstDay - before, before);
  }
  for (const step of plan.steps) {
    const days = daysBetween(step.start, step.end) + 1;
    addDaysOf((dayOfStep) => dayPattern(step, drugId, dayOfStep), daysBetween(plan.start, step.start), days);
  }
  return events.sort((a, b) => a.timeH - b.timeH);
};

/** The calendar date of a time in the plan's hours (for axis labels). */
export const planDateAt = (plan: TaperPlan, timeH: number): IsoDate => addDays(plan.start, Math.floor(timeH / HOURS_PER_DAY));
