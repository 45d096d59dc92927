import { describe, expect, it } from 'vitest';
import { drugById } from '../drugs/catalogue.js';
import { mg, micrograms } from '../units/units.js';
import type { DoseEvent } from './dose-event.js';
import { concentrationSeries } from './one-compartment.js';
import { makePkParameters, type PkParameters, pkParameters } from './pk-parameters.js';
import { rk4Series } from './rk4-reference.js';

const typical = (): PkParameters => {
  const result = pkParameters(drugById('clonazepam'), 70);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Worst relative difference where the closed form is above 0.1% of its peak (near zero, relative error means nothing). */
const worstRelativeError = (closed: Float64Array, numeric: Float64Array): number => {
  const peak = Math.max(...closed);
  let worst = 0;
  for (const [i, value] of closed.entries()) {
    if (value > 1e-3 * peak) worst = Math.max(worst, Math.abs((numeric[i] ?? Number.NaN) - value) / value);
  }
  return worst;
};

describe('RK4 reference', () => {
  // A messy schedule: a lead-in before the grid, tid, a missed dose, a double dose, doses off the
  // grid and between output times, and a taper cut.
  const schedule: DoseEvent[] = [
    { timeH: -30, amountUg: mg(1) },
    { timeH: -6, amountUg: mg(1) },
    ...Array.from({ length: 7 }, (_, day) =>
      [7.5, 15.25, 23].map((hour) => ({ timeH: day * 24 + hour, amountUg: micrograms(day < 4 ? 500 : 375) })),
    ).flat(),
    { timeH: 100.1, amountUg: mg(0.5) },
    { timeH: 100.1, amountUg: mg(0.25) },
  ].filter((dose) => dose.timeH !== 2 * 24 + 15.25);
  const grid = { startH: 0, endH: 240, stepH: 0.5 };

  it('agrees with the closed form to ≤ 1e-6 relative over a multi-dose schedule (clonazepam, 70 kg)', () => {
    const p = typical();
    const closed = concentrationSeries(p, schedule, grid);
    const numeric = rk4Series(p, schedule, grid, { stepH: 0.02 });
    expect(worstRelativeError(closed, numeric)).toBeLessThanOrEqual(1e-6);
  });

  it('agrees also when ka is close to ke and when absorption is slower than elimination', () => {
    const { sources } = typical();
    for (const [ka, clearanceLPerH] of [
      [0.05, 5],
      [0.05 * (1 + 1e-9), 5],
      [0.02, 20],
    ] as const) {
      const p = makePkParameters({ ka, clearanceLPerH, volumeL: 100, sources });
      const closed = concentrationSeries(p, schedule, grid);
      const numeric = rk4Series(p, schedule, grid, { stepH: 0.05 });
      expect(worstRelativeError(closed, numeric)).toBeLessThanOrEqual(1e-6);
    }
  });

  it('converges at fourth order: halving the step cuts the error about 16-fold', () => {
    const p = typical();
    const onTheHour = Array.from({ length: 10 }, (_, i) => ({ timeH: i * 12, amountUg: mg(1) }));
    const hourly = { startH: 0, endH: 150, stepH: 1 };
    const closed = concentrationSeries(p, onTheHour, hourly);
    const coarse = worstRelativeError(closed, rk4Series(p, onTheHour, hourly, { stepH: 0.25 }));
    const fine = worstRelativeError(closed, rk4Series(p, onTheHour, hourly, { stepH: 0.125 }));
    expect(coarse / fine).toBeGreaterThan(12);
    expect(coarse / fine).toBeLessThan(20);
  });

  it('throws on a non-positive step', () => {
    expect(() => rk4Series(typical(), schedule, grid, { stepH: 0 })).toThrow(RangeError);
  });
});
