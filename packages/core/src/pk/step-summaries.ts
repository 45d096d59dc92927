import type { IsoDate } from '../dates/iso-date.js';
import type { TaperPlan } from '../taper/plan.js';
import { minutesOfDay } from '../units/local-time.js';
import { type Micrograms, micrograms } from '../units/units.js';
import type { PkParameters } from './pk-parameters.js';
import { type RepeatedDose, steadyStateProfile, timeToSteadyStateFractionH } from './steady-state.js';

/** What the model says about one step of a plan, for one drug, once that step's regimen has settled. */
export interface StepPkSummary {
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly days: number;
  readonly drug: string;
  /** The step's daily total of this drug (the average per day on an alternate-day step). */
  readonly dailyDoseUg: Micrograms;
  /** Css,avg = F · daily dose / (CL · 24 h), ng/mL (F = 1: CL is CL/F). */
  readonly averageNgPerMl: number;
  /** Highest and lowest levels over a day (two days on an alternate-day step) at steady state on this step's regimen, ng/mL. */
  readonly peakNgPerMl: number;
  readonly troughNgPerMl: number;
  /**
   * Fall in Css,avg from the previous step, percent (negative for a rise);
   * null for the first step or when the previous step had none of this drug.
   * The model is linear, so this is the cut in this drug's daily dose.
   */
  readonly dropPercent: number | null;
  /** Hours for the average level to get 90% of the way to this step's steady state: ln 10 / ke. */
  readonly timeTo90PercentH: number;
  /** Whether the step lasts at least that long; if not, levels are still falling when the next step begins. */
  readonly reaches90PercentWithinStep: boolean;
}

const HOURS_PER_DAY = 24;
const MINUTES_PER_HOUR = 60;
const NINETY_PERCENT = 0.9;

/**
 * Per step of `plan`: steady-state average, peak and trough of `drugId`
 * (default: the plan's drug), the fall from the previous step and the time to
 * settle. For a crossover plan, call once per drug with that drug's parameters.
 */
export const stepSummaries = (params: PkParameters, plan: TaperPlan, drugId: string = plan.drug): StepPkSummary[] => {
  const timeTo90PercentH = timeToSteadyStateFractionH(params, NINETY_PERCENT);
  let previous: number | null = null;
  return plan.steps.map((step) => {
    // An alternate-day step repeats every two days: its second day's doses 24 h after its first day's.
    const cycleDays = step.alternateDoses === undefined ? 1 : 2;
    const regimen: RepeatedDose[] = [step.doses, ...(step.alternateDoses === undefined ? [] : [step.alternateDoses])].flatMap(
      (doses, day) =>
        doses
          .filter((dose) => dose.drug === drugId)
          .map((dose) => ({
            timeOfDayH: day * HOURS_PER_DAY + minutesOfDay(dose.time) / MINUTES_PER_HOUR,
            amountUg: dose.amountUg,
          })),
    );
    const dailyDoseUg = micrograms(Math.round(regimen.reduce((total, dose) => total + dose.amountUg, 0) / cycleDays));
    const profile = steadyStateProfile(params, regimen, cycleDays * HOURS_PER_DAY);
    const dropPercent = previous === null || previous === 0 ? null : ((previous - profile.averageNgPerMl) / previous) * 100;
    previous = profile.averageNgPerMl;
    return {
      index: step.index,
      start: step.start,
      end: step.end,
      days: step.days,
      drug: drugId,
      dailyDoseUg,
      averageNgPerMl: profile.averageNgPerMl,
      peakNgPerMl: profile.peakNgPerMl,
      troughNgPerMl: profile.troughNgPerMl,
      dropPercent,
      timeTo90PercentH,
      reaches90PercentWithinStep: step.days * HOURS_PER_DAY >= timeTo90PercentH,
    };
  });
};
