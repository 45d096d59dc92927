import { describe, expect, it } from 'vitest';
import { gridLength, gridTime, gridTimes } from './time-grid.js';

describe('time grid', () => {
  it('includes the end when it falls on the grid, despite rounding', () => {
    expect(gridLength({ startH: 0, endH: 24, stepH: 1 })).toBe(25);
    expect(gridLength({ startH: 0, endH: 1, stepH: 0.1 })).toBe(11);
    expect(gridLength({ startH: 0, endH: 24.5, stepH: 1 })).toBe(25);
    expect(gridLength({ startH: 5, endH: 5, stepH: 1 })).toBe(1);
  });

  it('computes times directly, without drift', () => {
    const grid = { startH: -336, endH: 12_000, stepH: 0.1 };
    expect(gridTime(grid, 123_360)).toBeCloseTo(12_000, 9);
    expect([...gridTimes({ startH: 2, endH: 4, stepH: 0.5 })]).toEqual([2, 2.5, 3, 3.5, 4]);
  });

  it('throws on a grid no caller should build', () => {
    expect(() => gridLength({ startH: 1, endH: 0, stepH: 1 })).toThrow(RangeError);
    expect(() => gridLength({ startH: 0, endH: 1, stepH: 0 })).toThrow(RangeError);
    expect(() => gridLength({ startH: 0, endH: Number.POSITIVE_INFINITY, stepH: 1 })).toThrow(RangeError);
  });
});
