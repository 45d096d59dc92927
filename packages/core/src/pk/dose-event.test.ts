import { describe, expect, it } from 'vitest';
import { micrograms } from '../units/units.js';
import { assertDoseEvent, type DoseEvent, sortDoseEvents } from './dose-event.js';

const dose = (timeH: number, amount: number): DoseEvent => ({ timeH, amountUg: micrograms(amount) });

describe('dose events', () => {
  it('sorts by time, keeping the order of doses at the same time', () => {
    const a = dose(8, 500);
    const b = dose(8, 250);
    expect(sortDoseEvents([dose(20, 1), a, b, dose(-4, 2)]).map((d) => d.amountUg)).toEqual([2, 500, 250, 1]);
  });

  it('returns sorted input as it is', () => {
    const doses = [dose(0, 1), dose(1, 1)];
    expect(sortDoseEvents(doses)).toBe(doses);
  });

  it('throws on a dose no caller should build', () => {
    expect(() => assertDoseEvent(dose(Number.NaN, 1))).toThrow(RangeError);
    expect(() => assertDoseEvent({ timeH: 0, amountUg: 0.5 as DoseEvent['amountUg'] })).toThrow(RangeError);
    expect(() => assertDoseEvent({ timeH: 0, amountUg: -1 as DoseEvent['amountUg'] })).toThrow(RangeError);
  });
});
