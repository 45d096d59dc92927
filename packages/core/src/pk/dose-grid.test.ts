import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { micrograms } from '../units/units.js';
import { prepareDoseGrid } from './dose-grid.js';
import { gridTime } from './time-grid.js';

describe('prepareDoseGrid', () => {
  it('splits doses into the starting state, arrivals on the grid, and doses after the end', () => {
    const grid = { startH: 0, endH: 24, stepH: 1 };
    const prepared = prepareDoseGrid(
      [
        { timeH: -16, amountUg: micrograms(500) },
        { timeH: 0, amountUg: micrograms(250) },
        { timeH: 8, amountUg: micrograms(500) },
        { timeH: 8.5, amountUg: micrograms(125) },
        { timeH: 20.5, amountUg: micrograms(125) },
        { timeH: 30, amountUg: micrograms(500) },
      ],
      grid,
    );
    expect(prepared.length).toBe(25);
    expect([...prepared.priorAmounts]).toEqual([500, 250]);
    expect([...prepared.priorAgesH]).toEqual([16, 0]);
    expect([...prepared.joinIndex]).toEqual([8, 9, 21]);
    expect([...prepared.joinAmounts]).toEqual([500, 125, 125]);
    expect([...prepared.offsetsH]).toEqual([0, 0.5]);
    expect([...prepared.joinOffset]).toEqual([0, 1, 1]);
  });

  it('joins each dose at the first grid time at or after it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.array(fc.double({ min: -60, max: 160, noNaN: true }), { maxLength: 30 }),
        (startH, stepH, times) => {
          const grid = { startH, endH: startH + 100, stepH };
          const prepared = prepareDoseGrid(
            times.map((timeH) => ({ timeH, amountUg: micrograms(1) })),
            grid,
          );
          const lastH = gridTime(grid, prepared.length - 1);
          expect(prepared.priorAmounts.length + prepared.joinIndex.length).toBe(times.filter((t) => t <= lastH).length);
          for (const [k, j] of prepared.joinIndex.entries()) {
            const offset = prepared.offsetsH[prepared.joinOffset[k] ?? -1] ?? Number.NaN;
            const doseH = gridTime(grid, j) - offset;
            expect(offset).toBeGreaterThanOrEqual(0);
            expect(gridTime(grid, j - 1)).toBeLessThan(doseH + 1e-9);
          }
        },
      ),
    );
  });
});
