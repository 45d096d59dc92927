import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMg } from './format-dose.js';
import { micrograms } from './units.js';

describe('formatMg', () => {
  it('prints mg without float noise', () => {
    expect(formatMg(micrograms(125))).toBe('0.125 mg');
    expect(formatMg(micrograms(2000))).toBe('2 mg');
    expect(formatMg(micrograms(1500))).toBe('1.5 mg');
    expect(formatMg(micrograms(10))).toBe('0.01 mg');
    expect(formatMg(micrograms(0))).toBe('0 mg');
    expect(formatMg(micrograms(-250))).toBe('-0.25 mg');
    expect(formatMg(micrograms(250), { unit: false })).toBe('0.25');
  });

  it('never prints more than three decimals or a trailing zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (ug) => {
        expect(formatMg(micrograms(ug))).toMatch(/^\d+(\.\d{0,2}[1-9])? mg$/);
      }),
    );
  });
});
