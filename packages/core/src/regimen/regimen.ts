import type { LocalTime } from '../units/local-time.js';
import { type Micrograms, sumMicrograms } from '../units/units.js';

/** One dose in a day's regimen. `time` is absent when only a count per day was given. */
export interface RegimenDose {
  readonly amountUg: Micrograms;
  readonly time?: LocalTime;
}

/** The doses a person takes each day. */
export type Regimen = readonly RegimenDose[];

export const dailyTotal = (regimen: Regimen): Micrograms => sumMicrograms(regimen.map((dose) => dose.amountUg));
