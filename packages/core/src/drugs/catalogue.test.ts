import { describe, expect, it } from 'vitest';
import { DRUGS, drugById, findDrug } from './catalogue.js';

const REQUIRED = [
  'clonazepam',
  'diazepam',
  'alprazolam',
  'lorazepam',
  'chlordiazepoxide',
  'oxazepam',
  'temazepam',
  'nitrazepam',
  'bromazepam',
  'clobazam',
  'clorazepate',
  'estazolam',
  'flurazepam',
  'triazolam',
  'zolpidem',
  'zopiclone',
];

describe('drug catalogue', () => {
  it('knows every drug a patient may switch from or to', () => {
    expect(DRUGS.map((d) => d.id).sort()).toEqual([...REQUIRED].sort());
  });

  it('resolves generic and brand names in any case', () => {
    expect(findDrug('Klonopin')).toMatchObject({ ok: true, value: { id: 'clonazepam' } });
    expect(findDrug('RIVOTRIL')).toMatchObject({ ok: true, value: { id: 'clonazepam' } });
    expect(findDrug(' valium ')).toMatchObject({ ok: true, value: { id: 'diazepam' } });
    expect(findDrug('xanax')).toMatchObject({ ok: true, value: { id: 'alprazolam' } });
    expect(findDrug('Ativan')).toMatchObject({ ok: true, value: { id: 'lorazepam' } });
  });

  it('suggests the right name for a typo', () => {
    const result = findDrug('clonazepan');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/Did you mean clonazepam/);
    expect(findDrug('Klonopn')).toMatchObject({ ok: false, error: { code: 'DRUG_UNKNOWN', message: /Klonopin/ } });
    expect(findDrug('aspirin')).toMatchObject({ ok: false, error: { code: 'DRUG_UNKNOWN' } });
  });

  // Klonopin label (fda-klonopin-label): panic max 4 mg/day, seizure max 20 mg/day, start ≤1.5 mg/day.
  it('carries the clonazepam label limits', () => {
    const clonazepam = drugById('clonazepam');
    const panic = clonazepam.indications.find((i) => i.indication === 'panic');
    const seizure = clonazepam.indications.find((i) => i.indication === 'seizure');
    expect(panic).toMatchObject({ startDailyUg: 500, usualDailyUg: 1000, maxDailyUg: 4000 });
    expect(seizure).toMatchObject({ startDailyUg: 1500, maxDailyUg: 20000 });
    expect(seizure?.pediatric).toMatchObject({ initialMaxUgPerKgPerDay: 50, maintenanceUgPerKgPerDay: { low: 100, high: 200 } });
  });

  // Klonopin label and Par ODT label (dailymed-clonazepam-odt).
  it('lists the clonazepam strengths: scored 0.5 mg tablet, ODT down to 0.125 mg that may not be split', () => {
    const forms = drugById('clonazepam').formulations;
    const tablets = forms.filter((f) => f.kind === 'tablet' && f.markets.includes('US'));
    expect(tablets.map((f) => [f.strengthUg, f.split])).toEqual([
      [500, 'halves'],
      [1000, 'none'],
      [2000, 'none'],
    ]);
    const odt = forms.filter((f) => f.kind === 'odt');
    expect(odt.map((f) => f.strengthUg)).toEqual([125, 250, 500, 1000, 2000]);
    expect(odt.every((f) => f.split === 'none')).toBe(true);
  });

  it('has the full label detail for clonazepam: boxed warnings, interactions, side effects', () => {
    const clonazepam = drugById('clonazepam');
    expect(clonazepam.schedule?.us).toBe('C-IV');
    expect(clonazepam.boxedWarnings?.map((w) => w.since)).toEqual(['2016-08-31', '2020-09-23']);
    expect(clonazepam.interactions?.map((i) => i.id)).toEqual(expect.arrayContaining(['opioids', 'alcohol', 'cns-depressants']));
    expect(clonazepam.sideEffects?.serious.length).toBeGreaterThan(0);
    expect(clonazepam.pharmacokinetics.clearance?.cvPercent).toBe(20);
  });

  it('throws on an id that is not in the catalogue (a programming error)', () => {
    expect(() => drugById('nope')).toThrow(RangeError);
  });
});
