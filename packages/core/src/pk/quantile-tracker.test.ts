import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_PERCENTILES, createQuantileTracker } from './quantile-tracker.js';

/** The definition: sort, then interpolate linearly at position p·(n − 1). */
const bruteForce = (values: Float64Array): number[] => {
  const sorted = Float64Array.from(values).sort();
  return BAND_PERCENTILES.map((p) => {
    const position = p * (sorted.length - 1);
    const lo = Math.floor(position);
    const hi = Math.min(lo + 1, sorted.length - 1);
    const low = sorted[lo] ?? Number.NaN;
    const high = sorted[hi] ?? Number.NaN;
    return low + (position - lo) * (high - low);
  });
};

/** Runs the tracker over a sequence of value sets and checks every step against the definition. */
const agreesThroughout = (steps: readonly Float64Array[], phases: number): void => {
  const first = steps[0];
  if (!first) return;
  const tracker = createQuantileTracker(first.length, phases);
  const into = new Float64Array(3);
  tracker.start(first);
  for (const [j, values] of steps.entries()) {
    tracker.select(j % phases, values, into);
    expect([...into]).toEqual(bruteForce(values));
  }
};

describe('quantile tracker', () => {
  it('gives exactly the sorted-array percentiles when values drift slowly (its fast path)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (count, phases, seed, drift) => {
          // A small deterministic generator so each case is reproducible from its seed.
          let state = seed;
          const uniform = (): number => {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            return state / 2 ** 32;
          };
          let values = Float64Array.from({ length: count }, () => 1 + uniform());
          const steps: Float64Array[] = [];
          for (let j = 0; j < 40; j++) {
            steps.push(values);
            values = values.map((x) => x * (1 + drift * (uniform() - 0.5)));
          }
          agreesThroughout(steps, phases);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('gives exactly the sorted-array percentiles when values jump (its fallback), with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 30, maxLength: 30 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, phases) => {
          agreesThroughout(
            rows.map((row) => Float64Array.from(row)),
            phases,
          );
        },
      ),
    );
  });

  it('handles one and two items', () => {
    agreesThroughout([Float64Array.of(3), Float64Array.of(1)], 2);
    agreesThroughout([Float64Array.of(3, 1), Float64Array.of(1, 3), Float64Array.of(2, 2)], 1);
  });

  it('throws on sizes no caller should ask for', () => {
    expect(() => createQuantileTracker(0, 1)).toThrow(RangeError);
    expect(() => createQuantileTracker(10, 0)).toThrow(RangeError);
  });
});
