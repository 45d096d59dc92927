import { daysBetween, type PlanStep, type TaperPlan } from '@stepdown/core';
import { DEFAULT_WEIGHT_KG, modeledBand } from '../plans/modeled-band.js';
import { stepTotalUg } from './plan-position.js';

const HOURS_PER_DAY = 24;
/** Enough points for a smooth line on any screen, few enough to draw at once. */
const MAX_POINTS = 3000;

export interface StepLevel {
  readonly step: PlanStep;
  readonly doseUg: number;
  /** Mean over the step's last day, ng/mL: 5th, 50th and 95th percentile across virtual people. */
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

export interface LevelModel {
  readonly weightKg: number;
  readonly assumedWeight: boolean;
  /** Days from the plan's start. */
  readonly x: number[];
  /** Daily dose in mg at each point (display only). */
  readonly doseMg: number[];
  readonly p5: number[];
  readonly p50: number[];
  readonly p95: number[];
  readonly steps: readonly StepLevel[];
}

const mean = (values: Float64Array, from: number, to: number): number => {
  let sum = 0;
  let n = 0;
  for (let i = Math.max(0, from); i <= Math.min(values.length - 1, to); i++) {
    sum += values[i] ?? 0;
    n++;
  }
  return n === 0 ? 0 : sum / n;
};

/**
 * Core's population model over the plan for its main drug: the band of
 * modeled concentrations across 1000 virtual people (a seeded simulation, so
 * the same plan always draws the same band, the one the clinician saw). Undefined when core has no
 * variability data for the drug. Costs tens of milliseconds: call it lazily.
 */
export const modelLevels = (plan: TaperPlan, weightKg: number | null | undefined): LevelModel | undefined => {
  const weight = weightKg && weightKg > 0 ? weightKg : DEFAULT_WEIGHT_KG;
  const stepH = Math.max(1, Math.ceil((plan.totalDays * HOURS_PER_DAY) / MAX_POINTS));
  const band = modeledBand(plan, weight, { stepH });
  if (!band) return undefined;
  const x: number[] = [];
  const doseMg: number[] = [];
  let stepIndex = 0;
  for (const t of band.timesH) {
    const day = Math.floor(t / HOURS_PER_DAY);
    while (stepIndex < plan.steps.length - 1 && daysBetween(plan.start, plan.steps[stepIndex]?.end ?? plan.start) < day)
      stepIndex++;
    const step = plan.steps[stepIndex];
    x.push(t / HOURS_PER_DAY);
    doseMg.push(step ? stepTotalUg(step) / 1000 : 0);
  }
  const steps = plan.steps.map((step): StepLevel => {
    const lastDayEndH = (daysBetween(plan.start, step.end) + 1) * HOURS_PER_DAY;
    const to = Math.round(lastDayEndH / stepH) - 1;
    const from = Math.round((lastDayEndH - HOURS_PER_DAY) / stepH);
    return {
      step,
      doseUg: stepTotalUg(step),
      p5: mean(band.p5, from, to),
      p50: mean(band.p50, from, to),
      p95: mean(band.p95, from, to),
    };
  });
  return {
    weightKg: weight,
    assumedWeight: !(weightKg && weightKg > 0),
    x,
    doseMg,
    p5: Array.from(band.p5),
    p50: Array.from(band.p50),
    p95: Array.from(band.p95),
    steps,
  };
};
