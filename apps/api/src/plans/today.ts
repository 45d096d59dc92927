import {
  addDays,
  type IsoDate,
  type PlannedDose,
  type PlanStep,
  type TaperPlan,
  toMilligrams,
  withMilligrams,
} from '@stepdown/core';
import type { DoseLog, DoseLogStatus } from '@stepdown/db';
import { dosesOnDay, planDay } from './plan-day.js';
import { zonedInstant } from './zoned-time.js';

/** A planned dose on a date: wall-clock time, the instant it falls on in the patient's zone, and how to make it. */
const doseJson = (dose: PlannedDose, date: IsoDate, timeZone: string) => ({
  time: dose.time,
  at: zonedInstant(date, dose.time, timeZone).toISOString(),
  drug: dose.drug,
  amountUg: dose.amountUg,
  amountMg: toMilligrams(dose.amountUg),
  units: withMilligrams(dose.units),
});

const totalsJson = (step: PlanStep) =>
  step.dailyTotals.map((t) => ({ drug: t.drug, amountUg: t.amountUg, amountMg: toMilligrams(t.amountUg) }));

const stepJson = (step: PlanStep, dayOfStep?: number) => ({
  index: step.index,
  number: step.index + 1,
  kind: step.kind,
  start: step.start,
  end: step.end,
  days: step.days,
  ...(dayOfStep === undefined ? {} : { dayOfStep }),
  alternateDays: step.alternateDoses !== undefined,
  dailyTotals: totalsJson(step),
  ...(step.note === undefined ? {} : { note: step.note }),
});

/** A logged dose matches a planned one by time and drug; the latest entry wins (a correction after a mistake). */
const statusOf = (dose: PlannedDose, logs: readonly DoseLog[]): DoseLogStatus | 'pending' => {
  const matching = logs.filter((l) => l.plannedTime === dose.time && l.drug.trim().toLowerCase() === dose.drug);
  return matching.at(-1)?.status ?? 'pending';
};

/**
 * Today's view of the plan in force: the step, each dose with its instant in
 * the patient's zone, what changes next and when, and (when the caller may see
 * the dose log) each dose's logged status.
 */
export const todayView = (input: {
  readonly taper: TaperPlan;
  readonly date: IsoDate;
  readonly timeZone: string;
  /** The dose log of the date, or undefined when the caller may not see it. */
  readonly logs: readonly DoseLog[] | undefined;
}) => {
  const { taper, date, timeZone, logs } = input;
  const day = planDay(taper, date);
  const doses = day.where === 'in' ? dosesOnDay(day.step, day.dayOfStep) : [];
  const nextStep = day.where === 'before' ? taper.steps[0] : day.where === 'in' ? taper.steps[day.step.index + 1] : undefined;
  // The next change: tomorrow on an alternate-day step (the other day's doses), else the next step's first day.
  const alternateTomorrow =
    day.where === 'in' && day.step.alternateDoses !== undefined && date !== day.step.end ? addDays(date, 1) : undefined;
  const message =
    day.where === 'before'
      ? `The plan starts on ${taper.start}: keep taking your current doses until then.`
      : day.where === 'after'
        ? `The plan ended on ${taper.end}. Keep in touch with your prescriber.`
        : day.step.kind === 'stop' || doses.length === 0
          ? 'No doses today, as agreed with your prescriber.'
          : `Step ${day.step.index + 1} of ${taper.steps.length}.`;
  return {
    date,
    timeZone,
    message,
    step: day.where === 'in' ? stepJson(day.step, day.dayOfStep) : null,
    doses: doses.map((dose) => ({
      ...doseJson(dose, date, timeZone),
      ...(logs === undefined ? {} : { status: statusOf(dose, logs) }),
    })),
    next: alternateTomorrow
      ? { date: alternateTomorrow, reason: 'alternate-day' as const }
      : nextStep
        ? {
            date: nextStep.start,
            reason: 'next-step' as const,
            step: stepJson(nextStep),
            doses: dosesOnDay(nextStep, 1).map((dose) => doseJson(dose, nextStep.start, timeZone)),
          }
        : null,
  };
};
