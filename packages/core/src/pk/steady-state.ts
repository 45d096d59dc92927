import type { Micrograms } from '../units/units.js';
import { batemanKernel, propagator } from './bateman.js';
import type { PkParameters } from './pk-parameters.js';

/** One dose of a regimen repeated every day (or every `periodH`). */
export interface RepeatedDose {
  /** Hours after the start of the period (time of day), in [0, periodH). */
  readonly timeOfDayH: number;
  readonly amountUg: Micrograms;
}

/** Concentrations over one dosing period once a regimen has been taken long enough to stop accumulating. */
export interface SteadyStateProfile {
  /** Css,avg = F · dose per period / (CL · period), ng/mL. */
  readonly averageNgPerMl: number;
  readonly peakNgPerMl: number;
  readonly peakTimeOfDayH: number;
  readonly troughNgPerMl: number;
  readonly troughTimeOfDayH: number;
}

interface State {
  gut: number;
  body: number;
}

const advance = (params: PkParameters, state: State, h: number): State => {
  if (h <= 0) return { ...state };
  const { gutDecay, bodyDecay, gutToBody } = propagator(params, h);
  return { gut: gutDecay * state.gut, body: bodyDecay * state.body + gutToBody * state.gut };
};

/**
 * The highest concentration in a dose-free stretch of `lengthH` hours from
 * `start`. The body amount rises while ka·gut > ke·body and that difference
 * only ever crosses zero downwards, so the peak is at the start, at the end,
 * or at the single crossing, found by bisection.
 */
const segmentPeak = (params: PkParameters, start: State, lengthH: number): { readonly atH: number; readonly bodyUg: number } => {
  const rising = (s: State): number => params.ka * s.gut - params.ke * s.body;
  if (rising(start) <= 0) return { atH: 0, bodyUg: start.body };
  const end = advance(params, start, lengthH);
  if (rising(end) >= 0) return { atH: lengthH, bodyUg: end.body };
  let low = 0;
  let high = lengthH;
  for (let i = 0; i < 200 && high - low > 1e-12 * lengthH; i++) {
    const middle = (low + high) / 2;
    if (rising(advance(params, start, middle)) > 0) low = middle;
    else high = middle;
  }
  const atH = (low + high) / 2;
  return { atH, bodyUg: advance(params, start, atH).body };
};

const HOURS_PER_DAY = 24;

/**
 * Steady state of a regimen repeated every `periodH` hours, exactly: the state
 * at the start of the period is the fixed point of one period's propagation
 * plus that period's doses (a geometric series, summed in closed form with
 * every term positive), then the period is walked dose by dose. The trough
 * falls at a dose time (doses enter the gut, so the body amount is continuous
 * and can only start rising there).
 */
export const steadyStateProfile = (
  params: PkParameters,
  regimen: readonly RepeatedDose[],
  periodH: number = HOURS_PER_DAY,
): SteadyStateProfile => {
  if (!(Number.isFinite(periodH) && periodH > 0)) throw new RangeError(`period must be positive, got ${periodH}`);
  for (const dose of regimen) {
    if (!(dose.timeOfDayH >= 0 && dose.timeOfDayH < periodH)) {
      throw new RangeError(`dose time ${dose.timeOfDayH} h is outside the period [0, ${periodH})`);
    }
  }
  const { ka, ke, bioavailability, clearanceLPerH, volumeL } = params;
  // Doses at the same time of day act as one.
  const byTime = new Map<number, number>();
  for (const dose of regimen) byTime.set(dose.timeOfDayH, (byTime.get(dose.timeOfDayH) ?? 0) + bioavailability * dose.amountUg);
  const groups = [...byTime].filter(([, amountUg]) => amountUg > 0).sort(([a], [b]) => a - b);
  const perPeriodUg = groups.reduce((total, [, amountUg]) => total + amountUg, 0);
  const averageNgPerMl = perPeriodUg / (clearanceLPerH * periodH);
  const firstH = groups[0]?.[0];
  if (firstH === undefined) {
    return { averageNgPerMl: 0, peakNgPerMl: 0, peakTimeOfDayH: 0, troughNgPerMl: 0, troughTimeOfDayH: 0 };
  }

  // State just after the first dose of the period: the fixed point of one period.
  let newGut = 0;
  let newBody = 0;
  for (const [timeH, amountUg] of groups) {
    const age = (firstH + periodH - timeH) % periodH;
    newGut += amountUg * Math.exp(-ka * age);
    newBody += amountUg * ka * batemanKernel(ka, ke, age);
  }
  const gut = newGut / -Math.expm1(-ka * periodH);
  const body = (propagator(params, periodH).gutToBody * gut + newBody) / -Math.expm1(-ke * periodH);

  let state: State = { gut, body };
  let peak = { atH: firstH, bodyUg: body };
  let trough = { atH: firstH, bodyUg: body };
  for (const [k, [timeH]] of groups.entries()) {
    const next = groups[k + 1];
    const nextH = next ? next[0] : firstH + periodH;
    const top = segmentPeak(params, state, nextH - timeH);
    if (top.bodyUg > peak.bodyUg) peak = { atH: timeH + top.atH, bodyUg: top.bodyUg };
    state = advance(params, state, nextH - timeH);
    if (state.body < trough.bodyUg) trough = { atH: nextH, bodyUg: state.body };
    if (next) state.gut += next[1];
  }
  return {
    averageNgPerMl,
    peakNgPerMl: peak.bodyUg / volumeL,
    peakTimeOfDayH: peak.atH % periodH,
    troughNgPerMl: trough.bodyUg / volumeL,
    troughTimeOfDayH: trough.atH % periodH,
  };
};

/**
 * Hours for the average level to reach `fraction` of a new steady state after
 * a change of regimen: −ln(1 − fraction) / ke (ln 10 / ke for 90%). Elimination
 * sets the pace; absorption, minutes against a half-life of days, is ignored.
 */
export const timeToSteadyStateFractionH = (params: PkParameters, fraction = 0.9): number => {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`fraction must be in (0, 1), got ${fraction}`);
  return -Math.log1p(-fraction) / params.ke;
};
