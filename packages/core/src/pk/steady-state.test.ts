import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugById } from '../drugs/catalogue.js';
import { mg, micrograms } from '../units/units.js';
import { aucBetween } from './auc.js';
import type { DoseEvent } from './dose-event.js';
import { concentrationSeries } from './one-compartment.js';
import { makePkParameters, type PkParameters, pkParameters } from './pk-parameters.js';
import { type RepeatedDose, steadyStateProfile, timeToSteadyStateFractionH } from './steady-state.js';

const typical = (): PkParameters => {
  const result = pkParameters(drugById('clonazepam'), 70);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const repeat = (regimen: readonly RepeatedDose[], days: number): DoseEvent[] =>
  Array.from({ length: days }, (_, day) =>
    regimen.map((dose) => ({ timeH: day * 24 + dose.timeOfDayH, amountUg: dose.amountUg })),
  ).flat();

describe('steadyStateProfile', () => {
  it('average is F·dose/(CL·24); peak and trough match a long simulation’s last day', () => {
    const sources = typical().sources;
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 2, max: 15, noNaN: true }),
        fc.array(
          fc.record({
            timeOfDayH: fc.integer({ min: 0, max: 95 }).map((q) => q / 4),
            amountUg: fc.integer({ min: 1, max: 2000 }).map(micrograms),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (ka, clearanceLPerH, regimen) => {
          const p = makePkParameters({ ka, clearanceLPerH, volumeL: 100, sources });
          const profile = steadyStateProfile(p, regimen);
          const daily = regimen.reduce((total, dose) => total + dose.amountUg, 0);
          expect(profile.averageNgPerMl).toBeCloseTo(daily / (clearanceLPerH * 24), 12);
          // 100 L at ≥ 2 L/h: half-life ≤ 35 h, so 60 days is > 40 half-lives.
          const days = 60;
          const last = concentrationSeries(p, repeat(regimen, days), { startH: (days - 1) * 24, endH: days * 24, stepH: 0.01 });
          const peak = Math.max(...last);
          const trough = Math.min(...last);
          expect(profile.peakNgPerMl).toBeGreaterThanOrEqual(peak * (1 - 1e-9));
          expect(profile.peakNgPerMl).toBeLessThanOrEqual(peak * (1 + 1e-4));
          expect(profile.troughNgPerMl).toBeCloseTo(trough, 9);
          expect(profile.troughNgPerMl).toBeLessThanOrEqual(profile.averageNgPerMl);
          expect(profile.peakNgPerMl).toBeGreaterThanOrEqual(profile.averageNgPerMl);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('treats doses at the same time as one, and an empty regimen as nothing', () => {
    const p = typical();
    const split = steadyStateProfile(p, [
      { timeOfDayH: 8, amountUg: mg(0.25) },
      { timeOfDayH: 8, amountUg: mg(0.25) },
    ]);
    expect(split).toEqual(steadyStateProfile(p, [{ timeOfDayH: 8, amountUg: mg(0.5) }]));
    expect(steadyStateProfile(p, [])).toEqual({
      averageNgPerMl: 0,
      peakNgPerMl: 0,
      peakTimeOfDayH: 0,
      troughNgPerMl: 0,
      troughTimeOfDayH: 0,
    });
    expect(() => steadyStateProfile(p, [{ timeOfDayH: 24, amountUg: mg(1) }])).toThrow(RangeError);
  });

  it('1 mg twice daily at 70 kg: about 19.4 ng/mL on average, 17.3–21.1 over the day', () => {
    const profile = steadyStateProfile(typical(), [
      { timeOfDayH: 8, amountUg: mg(1) },
      { timeOfDayH: 20, amountUg: mg(1) },
    ]);
    expect(profile.averageNgPerMl).toBeCloseTo(19.38, 2);
    expect(profile.troughNgPerMl).toBeCloseTo(17.3, 1);
    expect(profile.troughTimeOfDayH).toBe(8);
    expect(profile.peakNgPerMl).toBeCloseTo(21.1, 1);
    expect(profile.peakTimeOfDayH).toBeGreaterThan(8);
    expect(profile.peakTimeOfDayH).toBeLessThan(12);
  });
});

describe('time to steady state', () => {
  it('is ln 10 / ke for 90%', () => {
    const p = typical();
    expect(timeToSteadyStateFractionH(p)).toBeCloseTo(Math.LN10 / p.ke, 12);
    expect(timeToSteadyStateFractionH(p, 0.5)).toBeCloseTo(p.halfLifeH, 12);
    expect(() => timeToSteadyStateFractionH(p, 1)).toThrow(RangeError);
  });

  // Label half-life 30–40 h (fda-klonopin-label): five half-lives, the usual rule for steady
  // state, is about 6–8 days. Starting 1 mg twice daily from nothing, the model's daily average
  // passes 90% of its steady state on day 6 (ln 10 / ke ≈ 4.7 days, plus the first day's ramp).
  it('a constant regimen started from nothing reaches 90% of steady state within 6–8 days', () => {
    const p = typical();
    const regimen = [
      { timeOfDayH: 8, amountUg: mg(1) },
      { timeOfDayH: 20, amountUg: mg(1) },
    ];
    const doses = repeat(regimen, 30);
    const target = steadyStateProfile(p, regimen).averageNgPerMl;
    const dayAverage = (day: number): number => aucBetween(p, doses, (day - 1) * 24, day * 24) / 24;
    let day = 1;
    while (dayAverage(day) < 0.9 * target) day++;
    expect(day).toBe(6);
    expect(day).toBeLessThanOrEqual(8);
    expect(timeToSteadyStateFractionH(p) / 24).toBeCloseTo(4.69, 2);
  });
});
