import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRUGS } from '../drugs/catalogue.js';
import { micrograms } from '../units/units.js';
import { type Conversion, convertDose, diazepamEquivalent } from './convert.js';
import { EQUIVALENCE_TABLE_IDS, EQUIVALENCE_TABLES } from './tables.js';

const convert = (input: Parameters<typeof convertDose>[0]): Conversion => {
  const result = convertDose(input);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('convertDose', () => {
  // Joint CPG 2025 Table 7: clonazepam 0.5 mg (Ashton) or 1 mg (VA/DoD 2021) ≈ diazepam 10 mg.
  it('clonazepam 1 mg/day is 20 mg diazepam under Ashton and 10 mg under VA/DoD, and shows the range', () => {
    const c = convert({ from: 'clonazepam', doseUg: micrograms(1000), to: 'diazepam' });
    expect(c.table).toBe('ashton');
    expect(c.estimateUg).toBe(20000);
    expect(c.rangeUg).toEqual([10000, 20000]);
    expect(c.bySource.map((s) => [s.table, s.doseUg])).toEqual([
      ['ashton', 20000],
      ['va-dod-2021', 10000],
      ['nhs-scotland', 20000],
    ]);
    expect(c.diazepamEquivalentUg).toBe(20000);
    expect(c.band).toBe('high');
    expect(c.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['EQUIVALENCE_APPROXIMATE', 'SWITCH_GRADUALLY', 'SOURCES_DISAGREE']),
    );
  });

  it('uses the table asked for', () => {
    const c = convert({ from: 'Klonopin', doseUg: micrograms(1000), to: 'Valium', table: 'va-dod-2021' });
    expect(c.estimateUg).toBe(10000);
    expect(c.band).toBe('low'); // 10 mg diazepam-equivalent is the top of the low band
  });

  it('bands the diazepam equivalent as the Joint CPG does', () => {
    // Table 2 footnotes: ≤0.5 mg clonazepam is low (≤10 mg DE), >1.5 mg is high.
    expect(convert({ from: 'clonazepam', doseUg: micrograms(500), to: 'diazepam' }).band).toBe('low');
    expect(convert({ from: 'clonazepam', doseUg: micrograms(750), to: 'diazepam' }).band).toBe('moderate');
    expect(convert({ from: 'clonazepam', doseUg: micrograms(2000), to: 'diazepam' }).band).toBe('high');
  });

  it('warns about half-life, older age and Z-drugs when they apply', () => {
    const toLong = convert({ from: 'alprazolam', doseUg: micrograms(1000), to: 'diazepam', ageYears: 70 });
    expect(toLong.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['HALF_LIFE_DIFFERS', 'ELDERLY_OR_HEPATIC']));
    const z = convert({ from: 'zolpidem', doseUg: micrograms(10000), to: 'diazepam' });
    expect(z.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['Z_DRUG_EQUIVALENCE', 'LOW_CONFIDENCE_VALUE']));
  });

  it('explains failures with a code and the field', () => {
    expect(convertDose({ from: 'clonazepam', doseUg: micrograms(1000), to: 'zopiclone', table: 'va-dod-2021' })).toMatchObject({
      ok: false,
      error: { code: 'EQUIVALENCE_NOT_IN_TABLE', field: 'source', expected: /ashton/ },
    });
    expect(convertDose({ from: 'clonazepan', doseUg: micrograms(1000), to: 'diazepam' })).toMatchObject({
      ok: false,
      error: { code: 'DRUG_UNKNOWN', field: 'from' },
    });
  });

  const pairs = EQUIVALENCE_TABLES.flatMap((table) =>
    Object.keys(table.per10MgDiazepam).flatMap((from) =>
      Object.keys(table.per10MgDiazepam).map((to) => ({ table: table.id, from, to })),
    ),
  );

  it('A → B → A returns the original dose within rounding', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.integer({ min: 1, max: 200_000 }), ({ table, from, to }, dose) => {
        const there = convert({ from, to, doseUg: micrograms(dose), table });
        const back = convert({ from: to, to: from, doseUg: there.estimateUg, table });
        // Half a microgram of rounding on the way there is scaled by the from/to ratio on the way back.
        const ratio = 1_000_000 / convert({ from, to, doseUg: micrograms(1_000_000), table }).estimateUg;
        expect(Math.abs(back.estimateUg - dose)).toBeLessThanOrEqual(Math.ceil(ratio / 2) + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('the range always contains every table’s value', () => {
    const ids = DRUGS.map((d) => d.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.integer({ min: 1, max: 100_000 }), (from, to, dose) => {
        const result = convertDose({ from, to, doseUg: micrograms(dose) });
        if (!result.ok) return; // Ashton does not list the pair: covered above
        const [low, high] = result.value.rangeUg;
        for (const s of result.value.bySource) {
          expect(s.doseUg).toBeGreaterThanOrEqual(low);
          expect(s.doseUg).toBeLessThanOrEqual(high);
        }
        expect(result.value.estimateUg).toBeGreaterThanOrEqual(low);
        expect(result.value.estimateUg).toBeLessThanOrEqual(high);
      }),
      { numRuns: 3000 },
    );
  });

  it('every table lists diazepam at 10 mg, so every listed drug has an equivalent', () => {
    for (const table of EQUIVALENCE_TABLES) expect(table.per10MgDiazepam.diazepam?.mg).toBe(10);
    for (const id of EQUIVALENCE_TABLE_IDS) expect(diazepamEquivalent('clonazepam', micrograms(500), id)).toBeDefined();
  });
});
