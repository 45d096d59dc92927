import { drugName } from './dose-text.js';
import type { FhirCodeableConcept } from './fhir-types.js';
import { productById } from './products.js';

export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

/**
 * RxNorm ingredient concepts (term type IN), from RxNorm (NLM RxNav):
 * clonazepam RXCUI 2598, diazepam RXCUI 3322. Identifiers, not clinical
 * numbers; check against RxNav before clinical exchange, like the product codes.
 */
export const RXNORM_INGREDIENTS: Readonly<Record<string, string>> = {
  clonazepam: '2598',
  diazepam: '3322',
};

/**
 * How a MedicationRequest names a drug: the RxNorm clinical drug (SCD) when
 * the plan uses a single coded product of it, else the RxNorm ingredient when
 * known, else text only. The text is always there.
 */
export const medicationConcept = (drug: string, formulationIds: readonly string[]): FhirCodeableConcept => {
  const ids = [...new Set(formulationIds)];
  const only = ids.length === 1 && ids[0] !== undefined ? productById(ids[0]).formulation : undefined;
  if (only?.rxnorm) {
    return {
      coding: [{ system: RXNORM_SYSTEM, code: only.rxnorm.code, display: only.rxnorm.display }],
      text: only.rxnorm.display,
    };
  }
  const name = drugName(drug);
  const ingredient = RXNORM_INGREDIENTS[drug];
  return ingredient ? { coding: [{ system: RXNORM_SYSTEM, code: ingredient, display: name }], text: name } : { text: name };
};
