import type { SourceId } from '../sources/registry.js';
import { type Micrograms, mg } from '../units/units.js';

export type DoseBand = 'low' | 'moderate' | 'high';

/** Joint CPG 2025, Table 2 footnotes: low ≤ 10 mg, moderate 10–15 mg, high > 15 mg diazepam-equivalent a day. */
export const DOSE_BAND_LIMITS = { lowMaxUg: mg(10), moderateMaxUg: mg(15), source: 'joint-cpg-2025' as SourceId } as const;

export const doseBand = (diazepamEquivalentDailyUg: Micrograms): DoseBand => {
  if (diazepamEquivalentDailyUg <= DOSE_BAND_LIMITS.lowMaxUg) return 'low';
  return diazepamEquivalentDailyUg <= DOSE_BAND_LIMITS.moderateMaxUg ? 'moderate' : 'high';
};
