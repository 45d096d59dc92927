import { DRUGS } from '../drugs/catalogue.js';
import type { Drug, Formulation } from '../drugs/drug.js';

export interface Product {
  readonly drug: Drug;
  readonly formulation: Formulation;
}

const byId = new Map<string, Product>();
for (const drug of DRUGS) {
  for (const formulation of drug.formulations) byId.set(formulation.id, { drug, formulation });
}

/** The catalogue formulation a plan names by id, with its drug; an unknown id is a bug, so it throws. */
export const productById = (formulationId: string): Product => {
  const product = byId.get(formulationId);
  if (!product) throw new RangeError(`unknown formulation id ${formulationId}`);
  return product;
};
