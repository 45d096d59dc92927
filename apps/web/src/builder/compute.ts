import { planTaper, type TaperPlan } from '@stepdown/core';
import { DEFAULT_WEIGHT_KG, modeledBand } from '../plans/modeled-band.js';
import { type ChartData, chartData } from './chart-data.js';
import { type PlanForm, type PlanOutcome, planField, toTaperInput } from './plan-input.js';

/**
 * The band's resolution, chosen to keep one whole update (plan + chart + band) under a frame (16 ms) for a
 * 2 mg clonazepam plan: 400 virtual people every 6 hours instead of core's 1000 hourly (bench/plan-builder.mjs
 * measures it). The spread of levels between people is what matters here, not the hour of the peak.
 */
export const BAND_OPTIONS = { subjects: 400, stepH: 6 } as const;
export { DEFAULT_WEIGHT_KG };

export interface BandData {
  readonly drug: string;
  readonly subjects: number;
  /** Day from the plan's start of each point. */
  readonly days: number[];
  /** Concentration percentiles (ng/mL) across the virtual people. */
  readonly p5: number[];
  readonly p50: number[];
  readonly p95: number[];
}

export interface BuilderUpdate {
  readonly outcome: PlanOutcome;
  readonly chart?: ChartData;
  /** Absent when core has no population model for the drug. */
  readonly band?: BandData;
}

/** The modelled spread of blood levels over the plan for its (first) drug; undefined without a model. */
export const bandFor = (plan: TaperPlan, weightKg: number = DEFAULT_WEIGHT_KG): BandData | undefined => {
  const band = modeledBand(plan, weightKg, BAND_OPTIONS);
  if (!band) return undefined;
  return {
    drug: plan.drug,
    subjects: band.subjects,
    days: Array.from(band.timesH, (h) => h / 24),
    p5: Array.from(band.p5),
    p50: Array.from(band.p50),
    p95: Array.from(band.p95),
  };
};

export const planFrom = (form: PlanForm): PlanOutcome => {
  const input = toTaperInput(form);
  if (!input.ok) return input;
  const plan = planTaper(input.value);
  return plan.ok ? { ok: true, plan: plan.value } : { ok: false, field: planField(plan.error.field), error: plan.error };
};

/** Everything one change of a parameter recomputes: the plan, the dose chart's data and the PK band. Pure. */
export const computeUpdate = (form: PlanForm, weightKg: number = DEFAULT_WEIGHT_KG): BuilderUpdate => {
  const outcome = planFrom(form);
  if (!outcome.ok) return { outcome };
  const band = bandFor(outcome.plan, weightKg);
  return { outcome, chart: chartData(outcome.plan), ...(band ? { band } : {}) };
};

export interface PlanSummary {
  readonly days: number;
  readonly steps: number;
  /** Largest cut of one reduce step, percent of the diazepam-equivalent (the final stop is not counted). */
  readonly maxCut: number | null;
}

export const summarise = (plan: TaperPlan): PlanSummary => {
  const cuts = plan.steps.filter((s) => s.kind === 'reduce' && s.cutPercent !== null).map((s) => s.cutPercent ?? 0);
  return { days: plan.totalDays, steps: plan.steps.length, maxCut: cuts.length ? Math.max(...cuts) : null };
};
