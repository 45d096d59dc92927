import type { DoseEvent } from './dose-event.js';
import { amountsAt } from './one-compartment.js';
import type { PkParameters } from './pk-parameters.js';

/**
 * Amount eliminated by `tH` (µg): everything taken minus what is still in the
 * gut and the body. Elimination runs at CL·C, so this is CL × AUC(−∞, t).
 */
const eliminatedUg = (params: PkParameters, doses: readonly DoseEvent[], tH: number): number => {
  let takenUg = 0;
  for (const dose of doses) if (dose.timeH <= tH) takenUg += params.bioavailability * dose.amountUg;
  const { gutUg, bodyUg } = amountsAt(params, doses, tH);
  return takenUg - gutUg - bodyUg;
};

/**
 * Area under the concentration curve from `fromH` to `toH`, ng·h/mL, in closed
 * form by mass balance: AUC = (eliminated(to) − eliminated(from)) / CL.
 */
export const aucBetween = (params: PkParameters, doses: readonly DoseEvent[], fromH: number, toH: number): number => {
  if (!(Number.isFinite(fromH) && Number.isFinite(toH) && toH >= fromH)) {
    throw new RangeError(`AUC needs finite fromH ≤ toH, got ${fromH}..${toH}`);
  }
  return (eliminatedUg(params, doses, toH) - eliminatedUg(params, doses, fromH)) / params.clearanceLPerH;
};
