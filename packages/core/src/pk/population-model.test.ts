import { describe, expect, it } from 'vitest';
import { drugById } from '../drugs/catalogue.js';
import type { Drug } from '../drugs/drug.js';
import { omegaFromCv, type PopulationModel, populationModel, sampleSubjects, subjectParameters } from './population-model.js';

const clonazepam = drugById('clonazepam');
const model = (): PopulationModel => {
  const result = populationModel(clonazepam, 70);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const logStats = (values: Float64Array): { mean: number; sd: number } => {
  const logs = Array.from(values, Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return { mean, sd: Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1)) };
};

describe('population model', () => {
  it('turns the catalogue’s CV into ω² = ln(1 + CV²)', () => {
    expect(omegaFromCv(20) ** 2).toBeCloseTo(Math.log(1.04), 15);
    const m = model();
    expect(m.cvPercent).toEqual({
      clearance: clonazepam.pharmacokinetics.clearance?.cvPercent,
      volume: clonazepam.pharmacokinetics.volume?.cvPercent,
    });
    expect(m.omegaClearance).toBeCloseTo(omegaFromCv(20), 15);
    expect(m.omegaVolume).toBeCloseTo(omegaFromCv(25), 15);
    expect(m.sources).toEqual({ clearance: 'greenblatt-2005', volume: 'stepdown-derived-pk' });
  });

  it('draws log-normal subjects around the typical values (the median), with the catalogue’s CV', () => {
    const m = model();
    const subjects = sampleSubjects(m, 20_000, 12345);
    const cl = logStats(subjects.clearanceLPerH);
    const v = logStats(subjects.volumeL);
    expect(Math.exp(cl.mean)).toBeCloseTo(m.typical.clearanceLPerH, 1);
    expect(Math.exp(v.mean)).toBeCloseTo(m.typical.volumeL, -1);
    expect(cl.sd).toBeCloseTo(m.omegaClearance, 2);
    expect(v.sd).toBeCloseTo(m.omegaVolume, 2);
  });

  it('is reproducible: the same seed gives the same subjects, bit for bit', () => {
    const a = sampleSubjects(model(), 100, 99);
    const b = sampleSubjects(model(), 100, 99);
    expect(a).toEqual(b);
    expect(sampleSubjects(model(), 100, 100)).not.toEqual(a);
    const first = subjectParameters(model(), a, 0);
    expect(first.clearanceLPerH).toBe(a.clearanceLPerH[0]);
    expect(first.ke).toBeCloseTo(first.clearanceLPerH / first.volumeL, 15);
  });

  it('says when the catalogue has no parameters or no variability', () => {
    expect(populationModel(drugById('diazepam'), 70)).toMatchObject({ ok: false, error: { code: 'PK_DATA_MISSING' } });
    const { cvPercent: _, ...volumeWithoutCv } = clonazepam.pharmacokinetics.volume ?? {
      value: 3,
      unit: 'L/kg',
      source: 'stepdown-derived-pk',
    };
    const noCv: Drug = { ...clonazepam, pharmacokinetics: { ...clonazepam.pharmacokinetics, volume: volumeWithoutCv } };
    expect(populationModel(noCv, 70)).toMatchObject({ ok: false, error: { code: 'PK_VARIABILITY_MISSING' } });
    expect(populationModel(clonazepam, -1)).toMatchObject({ ok: false, error: { code: 'WEIGHT_INVALID' } });
    expect(() => sampleSubjects(model(), 0, 1)).toThrow(RangeError);
  });
});
