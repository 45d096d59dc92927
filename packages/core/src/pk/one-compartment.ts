import type { Micrograms } from '../units/units.js';
import { batemanKernel, propagator } from './bateman.js';
import { assertDoseEvent, type DoseEvent } from './dose-event.js';
import { type DoseGrid, prepareDoseGrid } from './dose-grid.js';
import type { PkParameters } from './pk-parameters.js';
import type { TimeGrid } from './time-grid.js';

/**
 * One-compartment model, first-order oral absorption, linear elimination:
 *
 *   d gut/dt  = −ka · gut                  (a dose D adds D to gut)
 *   d body/dt =  ka · gut − ke · body      C = body / V   (µg/L = ng/mL)
 *
 * Every dose's contribution is closed-form (the Bateman function) and doses
 * superpose because the model is linear:
 *
 *   C(t) = Σ_{tᵢ ≤ t} F · Dᵢ · ka / V · (e^(−ke·τ) − e^(−ka·τ)) / (ka − ke),   τ = t − tᵢ,
 *
 * with F = 1 because V and CL are apparent (V/F, CL/F); see `batemanKernel`
 * for the ka ≈ ke limit. No numerical integration anywhere.
 */

/** Amounts in the gut and in the body at `tH`, µg, from every dose taken at or before `tH`. */
export const amountsAt = (
  params: PkParameters,
  doses: readonly DoseEvent[],
  tH: number,
): { readonly gutUg: number; readonly bodyUg: number } => {
  const { ka, ke, bioavailability } = params;
  let gutUg = 0;
  let bodyUg = 0;
  for (const dose of doses) {
    assertDoseEvent(dose);
    const age = tH - dose.timeH;
    if (age < 0) continue;
    const amount = bioavailability * dose.amountUg;
    gutUg += amount * Math.exp(-ka * age);
    bodyUg += amount * ka * batemanKernel(ka, ke, age);
  }
  return { gutUg, bodyUg };
};

/** Plasma concentration (ng/mL) at `tH` hours: direct superposition over the doses, O(D). */
export const concentrationAt = (params: PkParameters, doses: readonly DoseEvent[], tH: number): number =>
  amountsAt(params, doses, tH).bodyUg / params.volumeL;

/** Longest dose-free stretch, in grid steps, evaluated from one state (longer ones are taken in pieces). */
const MAX_STRETCH = 48;

/**
 * Concentrations (ng/mL) on a prepared dose grid in O(T + D). Between two
 * dose arrivals nothing enters the gut, so every grid time in the stretch is
 * the closed form from the state at its start: body(k·h) = e^(−ke·k·h)·body +
 * ka·b(k·h)·gut, with the coefficients tabulated once per call. The grid
 * times are therefore independent of one another (no step-to-step
 * recurrence), and each dose joins the state at the first grid time at or
 * after it, already `offsetH` old. Equal to `concentrationAt` at every grid
 * time up to rounding.
 */
export const seriesOnDoseGrid = (params: PkParameters, doseGrid: DoseGrid): Float64Array => {
  const { ka, ke, bioavailability, volumeL } = params;
  const length = doseGrid.length;
  const out = new Float64Array(length);
  const perLitre = 1 / volumeL;
  let gut = 0;
  let body = 0;
  for (let k = 0; k < doseGrid.priorAmounts.length; k++) {
    const amount = bioavailability * (doseGrid.priorAmounts[k] ?? 0);
    const age = doseGrid.priorAgesH[k] ?? 0;
    gut += amount * Math.exp(-ka * age);
    body += amount * ka * batemanKernel(ka, ke, age);
  }
  out[0] = body * perLitre;

  // Coefficients for 1…stretch steps, by composing the one-step propagator (exact algebra;
  // rounding grows by about one ulp a step). No stretch is longer than the longest gap between arrivals.
  const { joinIndex, joinAmounts, joinOffset } = doseGrid;
  let longestGap = 0;
  let previous = 0;
  for (const j of joinIndex) {
    longestGap = Math.max(longestGap, j - previous);
    previous = j;
  }
  longestGap = Math.max(longestGap, length - 1 - previous);
  const stretch = Math.max(1, Math.min(MAX_STRETCH, longestGap));
  const one = propagator(params, doseGrid.grid.stepH);
  const bodyDecay = new Float64Array(stretch + 1);
  const gutDecay = new Float64Array(stretch + 1);
  const gutToBody = new Float64Array(stretch + 1);
  bodyDecay[0] = 1;
  gutDecay[0] = 1;
  for (let k = 1; k <= stretch; k++) {
    bodyDecay[k] = one.bodyDecay * (bodyDecay[k - 1] ?? 0);
    gutDecay[k] = one.gutDecay * (gutDecay[k - 1] ?? 0);
    gutToBody[k] = one.bodyDecay * (gutToBody[k - 1] ?? 0) + one.gutToBody * (gutDecay[k - 1] ?? 0);
  }

  const offsets = doseGrid.offsetsH;
  const joinGut = Float64Array.from(offsets, (offset) => bioavailability * Math.exp(-ka * offset));
  const joinBody = Float64Array.from(offsets, (offset) => bioavailability * ka * batemanKernel(ka, ke, offset));
  let next = 0;
  let base = 0;
  while (base < length - 1) {
    const nextJoin = next < joinIndex.length ? (joinIndex[next] ?? length) : length;
    const end = Math.min(nextJoin, base + stretch, length - 1);
    const steps = end - base;
    for (let k = 1; k < steps; k++) {
      out[base + k] = ((bodyDecay[k] as number) * body + (gutToBody[k] as number) * gut) * perLitre;
    }
    body = (bodyDecay[steps] ?? 0) * body + (gutToBody[steps] ?? 0) * gut;
    gut *= gutDecay[steps] ?? 0;
    base = end;
    while (next < joinIndex.length && joinIndex[next] === base) {
      const amount = joinAmounts[next] ?? 0;
      const slot = joinOffset[next] ?? 0;
      gut += amount * (joinGut[slot] ?? 0);
      body += amount * (joinBody[slot] ?? 0);
      next++;
    }
    out[base] = body * perLitre;
  }
  return out;
};

/** Concentrations (ng/mL) at every time of `grid`, from doses at any time (earlier ones included). */
export const concentrationSeries = (params: PkParameters, doses: readonly DoseEvent[], grid: TimeGrid): Float64Array =>
  seriesOnDoseGrid(params, prepareDoseGrid(doses, grid));

/**
 * Peak after one dose into an empty body: Tmax = ln(ka/ke)/(ka − ke) (→ 1/k
 * when ka = ke, computed with log1p so the limit is smooth), Cmax = C(Tmax).
 */
export const singleDosePeak = (
  params: PkParameters,
  amountUg: Micrograms,
): { readonly tmaxH: number; readonly cmaxNgPerMl: number } => {
  const { ka, ke } = params;
  const gap = ka - ke;
  const tmaxH = gap === 0 ? 1 / ke : Math.log1p(gap / ke) / gap;
  return { tmaxH, cmaxNgPerMl: concentrationAt(params, [{ timeH: 0, amountUg }], tmaxH) };
};
