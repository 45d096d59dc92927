import { describe, expect, it } from 'vitest';
import { productById } from './products.js';

describe('productById', () => {
  it('finds a formulation and its drug', () => {
    const { drug, formulation } = productById('clonazepam-odt-0.25');
    expect(drug.id).toBe('clonazepam');
    expect(formulation).toMatchObject({ kind: 'odt', strengthUg: 250 });
    expect(productById('diazepam-tablet-5').formulation.rxnorm?.code).toBe('197591');
  });

  it('throws on an id the catalogue does not hold (a bug, not input)', () => {
    expect(() => productById('clonazepam-tablet-7')).toThrow(RangeError);
  });
});
