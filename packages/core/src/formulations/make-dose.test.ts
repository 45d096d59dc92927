import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugById } from '../drugs/catalogue.js';
import { micrograms } from '../units/units.js';
import { makeDose } from './make-dose.js';

const clonazepam = drugById('clonazepam').formulations;
const tabletsOnly = clonazepam.filter((f) => f.kind === 'tablet');

describe('makeDose', () => {
  it('makes a dose from the fewest pieces', () => {
    expect(makeDose(micrograms(1500), tabletsOnly)).toEqual([
      { formulationId: 'clonazepam-tablet-1', kind: 'tablet', pieceUg: 1000, half: false, count: 1 },
      { formulationId: 'clonazepam-tablet-0.5', kind: 'tablet', pieceUg: 500, half: false, count: 1 },
    ]);
    expect(makeDose(micrograms(250), tabletsOnly)).toEqual([
      { formulationId: 'clonazepam-tablet-0.5', kind: 'tablet', pieceUg: 250, half: true, count: 1 },
    ]);
    expect(makeDose(micrograms(0), tabletsOnly)).toEqual([]);
  });

  it('needs an ODT for 0.125 mg steps and a liquid below that', () => {
    expect(makeDose(micrograms(125), tabletsOnly)).toBeUndefined();
    expect(makeDose(micrograms(125), clonazepam)).toMatchObject([{ kind: 'odt', pieceUg: 125, count: 1 }]);
    expect(makeDose(micrograms(100), clonazepam)).toBeUndefined();
  });

  it('always makes exactly the dose asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 160 }), (eighths) => {
        const amount = micrograms(eighths * 125);
        const pieces = makeDose(amount, clonazepam);
        expect(pieces).toBeDefined();
        expect(pieces?.reduce((sum, p) => sum + p.pieceUg * p.count, 0)).toBe(amount);
      }),
    );
  });
});
