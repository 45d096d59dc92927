import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, standardNormals } from './random.js';

const take = (next: () => number, count: number): number[] => Array.from({ length: count }, () => next());

describe('seeded random numbers', () => {
  it('mulberry32 gives the same sequence for the same seed, and a different one for another', () => {
    expect(take(mulberry32(42), 5)).toEqual(take(mulberry32(42), 5));
    expect(take(mulberry32(42), 5)).not.toEqual(take(mulberry32(43), 5));
  });

  it('mulberry32 matches the reference implementation’s first outputs', () => {
    // Reference values from the canonical JavaScript mulberry32 (`var t = a += 0x6D2B79F5; …`), seeds 0 and 1.
    expect(take(mulberry32(0), 3).map((u) => Math.round(u * 4294967296))).toEqual([1144304738, 1416247, 958946056]);
    expect(Math.round((mulberry32(1)() ?? 0) * 4294967296)).toBe(2693262067);
  });

  it('mulberry32 stays in [0, 1) with a uniform mean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const values = take(mulberry32(seed), 2000);
        for (const u of values) {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
        }
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
      }),
      { numRuns: 20 },
    );
  });

  it('standardNormals has mean 0 and variance 1', () => {
    const values = take(standardNormals(mulberry32(7)), 100_000);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it('refuses a seed that is not a 32-bit unsigned integer', () => {
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN]) expect(() => mulberry32(seed)).toThrow(RangeError);
  });
});
