import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDose, describeUnits, doseTitle, formatMl, kindName, listWithAnd } from './dose-text.js';
import { dose, liquid, piece } from './test-support.js';

describe('dose text', () => {
  it('says what to take in plain words', () => {
    expect(describeUnits([piece('clonazepam-tablet-0.5', 1)])).toBe('1 × 0.5 mg tablet');
    expect(describeUnits([piece('clonazepam-tablet-1', 2)])).toBe('2 × 1 mg tablets');
    expect(describeUnits([piece('clonazepam-tablet-0.5', 1), piece('clonazepam-tablet-0.5', 1, true)])).toBe(
      '1 × 0.5 mg tablet + half of a 0.5 mg tablet',
    );
    expect(describeUnits([piece('diazepam-tablet-2', 3, true)])).toBe('3 halves of 2 mg tablets');
    expect(describeUnits([piece('clonazepam-odt-0.25', 1)])).toBe('1 × 0.25 mg ODT');
    expect(describeUnits([liquid('clonazepam-solution-0.1', 2250)])).toBe('2.25 mL of 0.1 mg/mL oral solution');
    expect(describeUnits([])).toBe('nothing');
  });

  it('names a dose and titles its reminder', () => {
    const d = dose('22:00', 'clonazepam', [piece('clonazepam-tablet-0.5', 1), piece('clonazepam-odt-0.25', 1)]);
    expect(describeDose(d)).toBe('0.75 mg clonazepam (1 × 0.5 mg tablet + 1 × 0.25 mg ODT)');
    expect(doseTitle(d)).toBe('Clonazepam 0.75 mg — 1 × 0.5 mg tablet + 1 × 0.25 mg ODT');
  });

  it('formats millilitres exactly from microlitres', () => {
    expect(formatMl(2500)).toBe('2.5 mL');
    expect(formatMl(125)).toBe('0.125 mL');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (ul) => {
        expect(Number(formatMl(ul).replace(' mL', ''))).toBe(ul / 1000);
      }),
    );
    expect(kindName('odt', 2)).toBe('ODTs');
  });

  it('joins lists with "and"', () => {
    expect(listWithAnd([])).toBe('');
    expect(listWithAnd(['clonazepam'])).toBe('clonazepam');
    expect(listWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
