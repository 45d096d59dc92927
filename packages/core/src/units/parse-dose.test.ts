import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMg } from './format-dose.js';
import { parseDose } from './parse-dose.js';
import { micrograms } from './units.js';

const value = (text: string): number => {
  const result = parseDose(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.code}`);
  return result.value;
};
const code = (text: string): string | undefined => {
  const result = parseDose(text);
  return result.ok ? undefined : result.error.code;
};

describe('parseDose', () => {
  it('reads the forms people write', () => {
    expect(value('0.125mg')).toBe(125);
    expect(value('125mcg')).toBe(125);
    expect(value('125µg')).toBe(125);
    expect(value('125μg')).toBe(125); // Greek mu, as phones type it
    expect(value('2 mg')).toBe(2000);
    expect(value('.5mg')).toBe(500);
    expect(value('0,25 mg')).toBe(250);
    expect(value('0.1MG')).toBe(100);
    expect(value('1.500mg')).toBe(1500);
  });

  it('rejects what is not a dose, saying why', () => {
    expect(code('2')).toBe('DOSE_UNIT_MISSING');
    expect(code('2 tabs')).toBe('DOSE_UNIT_UNKNOWN');
    expect(code('-1mg')).toBe('DOSE_NEGATIVE');
    expect(code('0mg')).toBe('DOSE_ZERO');
    expect(code('0.0001mg')).toBe('DOSE_TOO_PRECISE');
    expect(code('1.5mcg')).toBe('DOSE_TOO_PRECISE');
    expect(code('5000mg')).toBe('DOSE_IMPLAUSIBLE');
    expect(code('99999999999999999mg')).toBe('DOSE_IMPLAUSIBLE');
    expect(code('abc')).toBe('DOSE_INVALID');
    expect(code('')).toBe('DOSE_MISSING');
    const result = parseDose('2');
    expect(result.ok ? '' : result.error.expected).toMatch(/mg/);
  });

  it('allows zero only when asked (a taper ends at zero)', () => {
    expect(parseDose('0mg', { allowZero: true })).toEqual({ ok: true, value: 0 });
  });

  it('round-trips every microgram amount through its mg text exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (ug) => {
        const text = formatMg(micrograms(ug));
        expect(value(text)).toBe(ug);
        expect(value(`${ug}mcg`)).toBe(ug);
      }),
      { numRuns: 5000 },
    );
  });
});
