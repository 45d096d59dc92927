import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mg, micrograms, roundDiv, sumMicrograms, toMilligrams } from './units.js';

describe('units', () => {
  it('refuses a fractional microgram (a bug, not user input)', () => {
    expect(() => micrograms(0.5)).toThrow(RangeError);
    expect(mg(0.125)).toBe(125);
  });

  it('sums doses without drift: ten 0.1 mg doses make exactly 1 mg', () => {
    expect(sumMicrograms(Array.from({ length: 10 }, () => mg(0.1)))).toBe(1000);
    expect(toMilligrams(sumMicrograms(Array.from({ length: 10 }, () => mg(0.1))))).toBe(1);
  });

  it('roundDiv rounds half away from zero, exactly', () => {
    expect(roundDiv(5, 2)).toBe(3);
    expect(roundDiv(-5, 2)).toBe(-3);
    expect(roundDiv(4, 3)).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = roundDiv(n, d);
        expect(Math.abs(q * d - n) * 2).toBeLessThanOrEqual(d);
      }),
    );
  });

  it('prints mg values exactly in JSON', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (ug) => {
        const [whole, fraction = ''] = String(toMilligrams(micrograms(ug))).split('.');
        expect(Number(whole) * 1000 + Number(fraction.padEnd(3, '0'))).toBe(ug);
      }),
    );
  });
});
