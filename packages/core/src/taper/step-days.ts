import { type Micrograms, micrograms } from '../units/units.js';
import type { DayPattern, DrugTotal, PlannedDose, PlanStep } from './plan.js';

/** A step that alternates between two days' doses (only ever for a long-acting drug). */
export type AlternateDayStep = PlanStep & { readonly alternateDoses: readonly PlannedDose[]; readonly pattern: DayPattern };

export const isAlternateDayStep = (step: PlanStep): step is AlternateDayStep => step.alternateDoses !== undefined;

/** The doses taken on one day of a step, `dayOfStep` counting from 1: on an alternate-day step, `doses` on odd days and `alternateDoses` on even days. */
export const dosesOnDay = (step: PlanStep, dayOfStep: number): readonly PlannedDose[] =>
  step.alternateDoses !== undefined && dayOfStep % 2 === 0 ? step.alternateDoses : step.doses;

/** One set of doses a step repeats: every day, or every other day from its first or second day. */
export interface StepDaySet {
  /**
   * `every`: every day of the step (all of an every-day step's doses, or the
   * doses an alternate-day step takes the same on both days); `odd`: only on
   * days 1, 3, 5… of an alternate-day step; `even`: only on days 2, 4, 6….
   */
  readonly days: 'every' | 'odd' | 'even';
  /** Empty only for the `even` set of an alternate-day step whose second day is drug-free. */
  readonly doses: readonly PlannedDose[];
  /** The day of the step it is first taken, from 1. */
  readonly firstDay: 1 | 2;
  /** How many days of the step it is taken. */
  readonly count: number;
  /** Days from one of its days to the next: 1 (every day) or 2 (every other day). */
  readonly everyDays: 1 | 2;
}

const sameDose = (a: PlannedDose, b: PlannedDose): boolean =>
  a.time === b.time && a.drug === b.drug && a.amountUg === b.amountUg && JSON.stringify(a.units) === JSON.stringify(b.units);

/**
 * How a step repeats, as sets of doses: one `every` set for an every-day
 * step. For an alternate-day step, the doses both days share (same time,
 * drug, amount and units) as an `every` set, then the rest of its first
 * day's doses (`odd`: days 1, 3, 5…) and of its second day's (`even`: days
 * 2, 4, 6…), empty sets left out — except an empty `even` set for a
 * drug-free second day. A set of a one-day step's second day is left out.
 */
export const stepDaySets = (step: PlanStep): StepDaySet[] => {
  const alternate = step.alternateDoses;
  if (alternate === undefined) return [{ days: 'every', doses: step.doses, firstDay: 1, count: step.days, everyDays: 1 }];
  const shared = step.doses.filter((dose) => alternate.some((other) => sameDose(dose, other)));
  const odd = step.doses.filter((dose) => !shared.includes(dose));
  const even = alternate.filter((dose) => !shared.some((other) => sameDose(dose, other)));
  const sets: StepDaySet[] = [
    { days: 'every', doses: shared, firstDay: 1, count: step.days, everyDays: 1 },
    { days: 'odd', doses: odd, firstDay: 1, count: Math.ceil(step.days / 2), everyDays: 2 },
    { days: 'even', doses: even, firstDay: 2, count: Math.floor(step.days / 2), everyDays: 2 },
  ];
  return sets.filter((set) => set.count > 0 && (set.doses.length > 0 || (set.days === 'even' && alternate.length === 0)));
};

/** The whole other day of an alternate-day step, for a set of one of its days (none for an `every` set). */
export const otherDayOf = (step: PlanStep, set: StepDaySet): readonly PlannedDose[] =>
  set.days === 'even' ? step.doses : set.days === 'odd' ? (step.alternateDoses ?? []) : [];

/** Each drug's total in a list of doses, drugs in order of first appearance (those of `drugs` first, with 0 when absent). */
export const drugTotals = (doses: readonly PlannedDose[], drugs: readonly string[] = []): DrugTotal[] => {
  const order = [...new Set([...drugs, ...doses.map((dose) => dose.drug)])];
  return order.map((drug) => ({
    drug,
    amountUg: micrograms(doses.reduce((sum, dose) => (dose.drug === drug ? sum + dose.amountUg : sum), 0)),
  }));
};

/** The sum of a list of doses, all drugs together (for single-drug steps). */
export const dosesTotal = (doses: readonly PlannedDose[]): Micrograms =>
  micrograms(doses.reduce((sum, dose) => sum + dose.amountUg, 0));

/** The last day of a step on which any dose is taken, counting from 1, or undefined when none is. */
export const lastDosingDayOfStep = (step: PlanStep): number | undefined => {
  for (let day = step.days; day >= 1 && day >= step.days - 1; day--) if (dosesOnDay(step, day).length > 0) return day;
  return undefined;
};
