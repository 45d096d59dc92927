import { type DoseEvent, sortDoseEvents } from './dose-event.js';
import type { PkParameters } from './pk-parameters.js';
import { gridLength, gridTime, type TimeGrid } from './time-grid.js';

/**
 * An independent check on the closed form: the same two ODEs,
 *
 *   d gut/dt = −ka · gut,   d body/dt = ka · gut − ke · body,   C = body / V,
 *
 * integrated numerically with the classical fourth-order Runge–Kutta method.
 * Each dose is a bolus added to the gut at its time; integration stops exactly
 * at every dose and output time and takes equal steps of at most `stepH` in
 * between. Slow by design (it is the reference, and the benchmark's baseline);
 * not for product use.
 */
export interface Rk4Options {
  /** Largest integration step, hours. */
  readonly stepH: number;
}

export const rk4Series = (
  params: PkParameters,
  doses: readonly DoseEvent[],
  grid: TimeGrid,
  options: Rk4Options,
): Float64Array => {
  const { stepH } = options;
  if (!(Number.isFinite(stepH) && stepH > 0)) throw new RangeError(`RK4 stepH must be positive, got ${stepH}`);
  const { ka, ke, bioavailability, volumeL } = params;
  const sorted = sortDoseEvents(doses);
  const out = new Float64Array(gridLength(grid));

  let t = Math.min(grid.startH, sorted[0]?.timeH ?? grid.startH);
  let gut = 0;
  let body = 0;
  const integrateTo = (target: number): void => {
    const span = target - t;
    if (span <= 0) return;
    const steps = Math.ceil(span / stepH);
    const h = span / steps;
    for (let i = 0; i < steps; i++) {
      const g1 = -ka * gut;
      const b1 = ka * gut - ke * body;
      const gut2 = gut + (h / 2) * g1;
      const body2 = body + (h / 2) * b1;
      const g2 = -ka * gut2;
      const b2 = ka * gut2 - ke * body2;
      const gut3 = gut + (h / 2) * g2;
      const body3 = body + (h / 2) * b2;
      const g3 = -ka * gut3;
      const b3 = ka * gut3 - ke * body3;
      const gut4 = gut + h * g3;
      const body4 = body + h * b3;
      const g4 = -ka * gut4;
      const b4 = ka * gut4 - ke * body4;
      gut += (h / 6) * (g1 + 2 * g2 + 2 * g3 + g4);
      body += (h / 6) * (b1 + 2 * b2 + 2 * b3 + b4);
    }
    t = target;
  };

  let next = 0;
  for (let j = 0; j < out.length; j++) {
    const outputH = gridTime(grid, j);
    for (let dose = sorted[next]; dose !== undefined && dose.timeH <= outputH; dose = sorted[++next]) {
      integrateTo(dose.timeH);
      gut += bioavailability * dose.amountUg;
    }
    integrateTo(outputH);
    out[j] = body / volumeL;
  }
  return out;
};
