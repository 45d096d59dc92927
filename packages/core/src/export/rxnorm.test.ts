import { describe, expect, it } from 'vitest';
import { medicationConcept, RXNORM_SYSTEM } from './rxnorm.js';

describe('medicationConcept', () => {
  it('codes the one product a plan uses as an RxNorm clinical drug', () => {
    expect(medicationConcept('clonazepam', ['clonazepam-tablet-0.5', 'clonazepam-tablet-0.5'])).toEqual({
      coding: [{ system: RXNORM_SYSTEM, code: '197527', display: 'clonazepam 0.5 MG Oral Tablet' }],
      text: 'clonazepam 0.5 MG Oral Tablet',
    });
  });

  it('falls back to the RxNorm ingredient for several products, or to text', () => {
    expect(medicationConcept('clonazepam', ['clonazepam-tablet-0.5', 'clonazepam-odt-0.25'])).toEqual({
      coding: [{ system: RXNORM_SYSTEM, code: '2598', display: 'clonazepam' }],
      text: 'clonazepam',
    });
    expect(medicationConcept('diazepam', ['diazepam-tablet-5', 'diazepam-tablet-2'])).toMatchObject({
      coding: [{ code: '3322' }],
    });
    // A single product with no RxNorm code (a UK liquid) is named by its ingredient.
    expect(medicationConcept('clonazepam', ['clonazepam-solution-0.1'])).toMatchObject({ coding: [{ code: '2598' }] });
    expect(medicationConcept('lorazepam', [])).toEqual({ text: 'lorazepam' });
  });
});
