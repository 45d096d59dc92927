import {
  drugById,
  type PopulationBand,
  planDoseEvents,
  populationBand,
  populationModel,
  REFERENCE_WEIGHT_KG,
  type TaperPlan,
} from '@stepdown/core';

/** The weight used when the record has none: core's reference adult. */
export const DEFAULT_WEIGHT_KG = REFERENCE_WEIGHT_KG;

/** One seed for every band, so the patient and the clinician see the same simulation of the same plan. */
export const BAND_SEED = 20_261_206;

/**
 * Core's population band over a whole plan for its main drug, at the resolution the caller affords
 * (the plan builder redraws it on every change; My plan draws it once). Undefined when core has no
 * variability data for the drug or the plan has no days.
 */
export const modeledBand = (
  plan: TaperPlan,
  weightKg: number,
  resolution: { readonly stepH: number; readonly subjects?: number },
): PopulationBand | undefined => {
  let drug: ReturnType<typeof drugById>;
  try {
    drug = drugById(plan.drug);
  } catch {
    return undefined;
  }
  const model = populationModel(drug, weightKg);
  if (!model.ok || plan.totalDays <= 0) return undefined;
  return populationBand(
    model.value,
    planDoseEvents(plan, drug.id),
    { startH: 0, endH: plan.totalDays * 24, stepH: resolution.stepH },
    { seed: BAND_SEED, ...(resolution.subjects === undefined ? {} : { subjects: resolution.subjects }) },
  );
};
