import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegimen } from '../regimen/parse-regimen.js';
import type { Regimen } from '../regimen/regimen.js';
import { micrograms } from '../units/units.js';
import { checkDose, type DoseCheck, type DoseCheckInput } from './check-dose.js';
import { SEVERITY_RANK } from './finding.js';

const regimen = (...entries: string[]): Regimen => {
  const result = parseRegimen(entries);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const check = (input: Partial<DoseCheckInput> & Pick<DoseCheckInput, 'regimen'>): DoseCheck => {
  const result = checkDose({ drug: 'clonazepam', indication: 'panic', durationDays: 365, ...input });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const codes = (c: DoseCheck): string[] => c.findings.map((f) => f.code);

describe('checkDose', () => {
  // Klonopin label: panic disorder maximum 4 mg/day; seizure disorders maximum 20 mg/day.
  it('flags a dose above the labelled maximum as an error', () => {
    const c = check({ regimen: regimen('2mg@08:00', '2.5mg@22:00') });
    expect(c.dailyTotalUg).toBe(4500);
    expect(c.findings[0]).toMatchObject({ code: 'ABOVE_LABEL_MAX', severity: 'error', source: 'fda-klonopin-label' });
    expect(codes(check({ regimen: regimen('2mg@08:00', '2mg@22:00') }))).not.toContain('ABOVE_LABEL_MAX');
    expect(codes(check({ indication: 'seizure', regimen: regimen('4.5mg tid') }))).not.toContain('ABOVE_LABEL_MAX');
    expect(codes(check({ indication: 'seizure', regimen: regimen('7mg tid') }))).toContain('ABOVE_LABEL_MAX');
  });

  // Label: panic target 1 mg/day; start 0.25 mg twice daily.
  it('warns above the usual target and, for a new prescription, above the starting dose', () => {
    expect(codes(check({ regimen: regimen('0.5mg@08:00', '1mg@22:00') }))).toContain('ABOVE_USUAL_DOSE');
    expect(codes(check({ regimen: regimen('0.5mg bid') }))).not.toContain('ABOVE_USUAL_DOSE');
    expect(codes(check({ regimen: regimen('0.5mg bid'), starting: true }))).toContain('ABOVE_STARTING_DOSE');
    expect(codes(check({ regimen: regimen('0.25mg bid'), starting: true }))).not.toContain('ABOVE_STARTING_DOSE');
  });

  // Label, geriatric use: start at the low end and observe closely.
  it('cautions for older adults, more strongly above the low end', () => {
    expect(codes(check({ regimen: regimen('1mg'), ageYears: 70 }))).toContain('ELDERLY_ABOVE_LOW_END');
    expect(codes(check({ regimen: regimen('0.25mg bid'), ageYears: 70 }))).toContain('ELDERLY_START_LOW');
    expect(codes(check({ regimen: regimen('1mg'), ageYears: 50 })).join()).not.toMatch(/ELDERLY/);
  });

  // Label: children ≤10 y or <30 kg, maintenance 0.1–0.2 mg/kg/day, start ≤0.05 mg/kg/day.
  it('checks children by weight', () => {
    const child = { indication: 'seizure' as const, ageYears: 8 };
    expect(codes(check({ ...child, regimen: regimen('1mg tid'), weightKg: 12 }))).toContain('ABOVE_PEDIATRIC_MAINTENANCE'); // 0.25 mg/kg
    expect(codes(check({ ...child, regimen: regimen('1mg bid'), weightKg: 20 }))).not.toContain('ABOVE_PEDIATRIC_MAINTENANCE'); // 0.1
    expect(codes(check({ ...child, regimen: regimen('0.5mg bid'), weightKg: 15, starting: true }))).toContain(
      'ABOVE_PEDIATRIC_INITIAL',
    ); // 0.067 mg/kg
    expect(codes(check({ ...child, regimen: regimen('0.5mg bid'), weightKg: 20, starting: true }))).not.toContain(
      'ABOVE_PEDIATRIC_INITIAL',
    ); // 0.05 mg/kg
    expect(codes(check({ ...child, regimen: regimen('0.5mg bid') }))).toContain('PEDIATRIC_WEIGHT_NEEDED');
    expect(codes(check({ regimen: regimen('0.5mg bid'), ageYears: 15 }))).toContain('PEDIATRIC_NOT_ESTABLISHED');
  });

  // FDA 2016 boxed warning; Joint CPG 2025: offer naloxone with co-prescribed opioids.
  it('warns about opioids with naloxone advice, and about alcohol and other sedatives', () => {
    const c = check({ regimen: regimen('0.5mg bid'), coUse: ['opioids', 'alcohol', 'sedatives', 'opioids'] });
    expect(codes(c)).toEqual(expect.arrayContaining(['OPIOID_CO_USE', 'NALOXONE_ADVICE', 'ALCOHOL_CO_USE', 'SEDATIVE_CO_USE']));
    expect(codes(c).filter((code) => code === 'OPIOID_CO_USE')).toHaveLength(1);
  });

  // Joint CPG 2025 Table 2.
  it('rates dependence risk by frequency, duration and dose', () => {
    expect(codes(check({ regimen: regimen('0.5mg'), durationDays: 400 }))).toContain('DEPENDENCE_LIKELY');
    expect(codes(check({ regimen: regimen('0.5mg'), durationDays: 400, daysPerWeek: 2 }))).toContain('DEPENDENCE_RISK_RARE');
    expect(codes(check({ regimen: regimen('0.25mg'), durationDays: 45 }))).toContain('DEPENDENCE_RISK_POSSIBLE');
    expect(codes(check({ regimen: regimen('1mg'), durationDays: 45 }))).toContain('DEPENDENCE_LIKELY');
    expect(codes(check({ regimen: regimen('1mg'), durationDays: 10 }))).toContain('DEPENDENCE_RISK_POSSIBLE');
    const unknown = checkDose({ drug: 'clonazepam', indication: 'panic', regimen: regimen('1mg') });
    expect(unknown.ok && unknown.value.findings.map((f) => f.code)).toContain('DEPENDENCE_RISK_UNKNOWN_DURATION');
  });

  it('says when no product can make a dose', () => {
    expect(codes(check({ regimen: regimen('0.1mg@08:00') }))).toContain('DOSE_NOT_MAKEABLE');
    expect(codes(check({ regimen: regimen('0.125mg@08:00') }))).not.toContain('DOSE_NOT_MAKEABLE');
  });

  it('covers pregnancy, liver impairment and off-label use', () => {
    expect(codes(check({ regimen: regimen('0.5mg'), pregnant: true, hepaticImpairment: true }))).toEqual(
      expect.arrayContaining(['PREGNANCY', 'HEPATIC_IMPAIRMENT']),
    );
    const anxiety = check({ indication: 'anxiety', regimen: regimen('25mg') });
    expect(codes(anxiety)).toEqual(expect.arrayContaining(['OFF_LABEL_INDICATION', 'ABOVE_LABEL_MAX']));
  });

  it('rejects bad input with the field at fault', () => {
    expect(checkDose({ drug: 'clonazepam', indication: 'panic', regimen: regimen('1mg'), ageYears: 200 })).toMatchObject({
      ok: false,
      error: { code: 'INPUT_OUT_OF_RANGE', field: 'ageYears' },
    });
    expect(checkDose({ drug: 'klonopine', indication: 'panic', regimen: regimen('1mg') })).toMatchObject({
      ok: false,
      error: { code: 'DRUG_UNKNOWN', field: 'drug' },
    });
  });

  it('lists findings worst first', () => {
    const c = check({ regimen: regimen('5mg'), coUse: ['opioids'] });
    const ranks = c.findings.map((f) => SEVERITY_RANK[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  const LIMIT_CODES = new Set([
    'ABOVE_LABEL_MAX',
    'ABOVE_USUAL_DOSE',
    'ABOVE_STARTING_DOSE',
    'ELDERLY_ABOVE_LOW_END',
    'ABOVE_PEDIATRIC_MAINTENANCE',
    'ABOVE_PEDIATRIC_INITIAL',
    'DEPENDENCE_LIKELY',
  ]);

  it('is monotone: a larger dose never gives fewer or milder limit findings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('clonazepam', 'diazepam', 'alprazolam', 'lorazepam', 'temazepam'),
        fc.constantFrom('panic', 'seizure', 'anxiety', 'insomnia') as fc.Arbitrary<DoseCheckInput['indication']>,
        fc.integer({ min: 1, max: 40_000 }),
        fc.integer({ min: 1, max: 40_000 }),
        fc.record({
          ageYears: fc.option(fc.integer({ min: 2, max: 95 }), { nil: undefined }),
          weightKg: fc.option(fc.integer({ min: 10, max: 120 }), { nil: undefined }),
          durationDays: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
          starting: fc.boolean(),
        }),
        (drug, indication, a, b, context) => {
          const run = (dose: number) => {
            const result = checkDose({
              drug,
              indication,
              regimen: [{ amountUg: micrograms(dose) }],
              starting: context.starting,
              ...(context.ageYears === undefined ? {} : { ageYears: context.ageYears }),
              ...(context.weightKg === undefined ? {} : { weightKg: context.weightKg }),
              ...(context.durationDays === undefined ? {} : { durationDays: context.durationDays }),
            });
            if (!result.ok) throw new Error(result.error.code);
            return result.value.findings.filter((f) => LIMIT_CODES.has(f.code));
          };
          const smaller = run(Math.min(a, b));
          const larger = run(Math.max(a, b));
          const largerCodes = new Set(larger.map((f) => f.code));
          for (const finding of smaller) expect(largerCodes).toContain(finding.code);
          const worst = (fs: typeof smaller) => Math.max(-1, ...fs.map((f) => SEVERITY_RANK[f.severity]));
          expect(worst(larger)).toBeGreaterThanOrEqual(worst(smaller));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
