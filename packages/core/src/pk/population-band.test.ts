import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugById } from '../drugs/catalogue.js';
import { mg, micrograms } from '../units/units.js';
import type { DoseEvent } from './dose-event.js';
import { concentrationSeries } from './one-compartment.js';
import { populationBand } from './population-band.js';
import { type PopulationModel, populationModel, sampleSubjects, subjectParameters } from './population-model.js';

const model = (): PopulationModel => {
  const result = populationModel(drugById('clonazepam'), 70);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** 1 mg twice daily for 14 days before hour 0, then a 25% cut every 7 days to zero. */
const taper = (): DoseEvent[] => {
  const doses: DoseEvent[] = [];
  for (let day = -14; day < 28; day++) {
    const dose = day < 0 ? 1000 : ([750, 500, 250, 0][Math.floor(day / 7)] ?? 0);
    if (dose > 0)
      doses.push({ timeH: day * 24 + 8, amountUg: micrograms(dose) }, { timeH: day * 24 + 20, amountUg: micrograms(dose) });
  }
  return doses;
};
const grid = { startH: 0, endH: 35 * 24, stepH: 1 };

const bytes = (array: Float64Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

describe('population band', () => {
  it('is byte-for-byte reproducible from its seed', () => {
    const a = populationBand(model(), taper(), grid, { seed: 2026 });
    const b = populationBand(model(), taper(), grid, { seed: 2026 });
    for (const key of ['timesH', 'p5', 'p50', 'p95'] as const) expect(bytes(a[key])).toEqual(bytes(b[key]));
    expect(a.subjects).toBe(1000);
    const other = populationBand(model(), taper(), grid, { seed: 2027 });
    expect(bytes(other.p50)).not.toEqual(bytes(a.p50));
  });

  it('equals the percentiles of each virtual subject simulated on their own', () => {
    const m = model();
    const subjects = 200;
    const seed = 5;
    const band = populationBand(m, taper(), grid, { subjects, seed });
    const drawn = sampleSubjects(m, subjects, seed);
    const curves = Array.from({ length: subjects }, (_, s) => concentrationSeries(subjectParameters(m, drawn, s), taper(), grid));
    for (const [j, t] of band.timesH.entries()) {
      const sorted = Float64Array.from(curves, (curve) => curve[j] ?? Number.NaN).sort();
      const at = (p: number): number => {
        const position = p * (subjects - 1);
        const lo = Math.floor(position);
        return (sorted[lo] ?? 0) + (position - lo) * ((sorted[lo + 1] ?? 0) - (sorted[lo] ?? 0));
      };
      expect(band.p5[j], `p5 at ${t} h`).toBeCloseTo(at(0.05), 9);
      expect(band.p50[j], `p50 at ${t} h`).toBeCloseTo(at(0.5), 9);
      expect(band.p95[j], `p95 at ${t} h`).toBeCloseTo(at(0.95), 9);
    }
  });

  it('keeps p5 ≤ p50 ≤ p95 at every time, for any schedule and seed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            timeH: fc.double({ min: -100, max: 200, noNaN: true }),
            amountUg: fc.integer({ min: 0, max: 3000 }).map(micrograms),
          }),
          {
            maxLength: 15,
          },
        ),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(0.25, 0.5, 1, 1.5),
        (doses, seed, subjects, stepH) => {
          const band = populationBand(model(), doses, { startH: -20, endH: 220, stepH }, { seed, subjects });
          for (let j = 0; j < band.timesH.length; j++) {
            expect(band.p5[j]).toBeGreaterThanOrEqual(0);
            expect(band.p5[j]).toBeLessThanOrEqual(band.p50[j] ?? Number.NaN);
            expect(band.p50[j]).toBeLessThanOrEqual(band.p95[j] ?? Number.NaN);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('brackets the typical person, and widens with the variability', () => {
    const m = model();
    const band = populationBand(m, taper(), grid, { seed: 1 });
    const typical = concentrationSeries(m.typical, taper(), grid);
    for (const [j, value] of typical.entries()) {
      expect(value).toBeGreaterThan(band.p5[j] ?? Number.NaN);
      expect(value).toBeLessThan(band.p95[j] ?? Number.NaN);
    }
    // At the starting steady state (1 mg bid), the spread is driven by CL: CV 20% gives a
    // 90% range of about e^(±1.645·0.198) ≈ 0.72–1.38 × the median.
    const start = 0;
    expect((band.p95[start] ?? 0) / (band.p50[start] ?? 1)).toBeGreaterThan(1.25);
    expect((band.p95[start] ?? 0) / (band.p50[start] ?? 1)).toBeLessThan(1.5);
    expect((band.p5[start] ?? 0) / (band.p50[start] ?? 1)).toBeGreaterThan(0.65);
    expect((band.p5[start] ?? 0) / (band.p50[start] ?? 1)).toBeLessThan(0.8);
  });

  it('tracks a dose given off the grid (between output times)', () => {
    const m = model();
    const doses = [{ timeH: 0.4, amountUg: mg(2) }];
    const band = populationBand(m, doses, { startH: 0, endH: 48, stepH: 1 }, { seed: 3, subjects: 1 });
    const alone = concentrationSeries(subjectParameters(m, sampleSubjects(m, 1, 3), 0), doses, { startH: 0, endH: 48, stepH: 1 });
    for (const [j, value] of alone.entries()) expect(band.p50[j]).toBeCloseTo(value, 10);
  });
});
