import type { Drug } from '../drugs/drug.js';
import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';
import { cataloguePk, makePkParameters, type PkParameters, pkParameters } from './pk-parameters.js';
import { mulberry32, standardNormals } from './random.js';

/**
 * Between-subject variability around a typical person: each virtual subject's
 * CL/F and V/F are the typical values times e^η, η ~ N(0, ω²), with
 * ω² = ln(1 + CV²) from the catalogue's coefficient of variation, so CL and V
 * are log-normal with that CV and the typical value as their median. CL and V
 * vary independently; ka is the same for everyone (the catalogue gives no CV).
 */
export interface PopulationModel {
  readonly typical: PkParameters;
  readonly omegaClearance: number;
  readonly omegaVolume: number;
  readonly cvPercent: { readonly clearance: number; readonly volume: number };
  readonly sources: { readonly clearance: SourceId; readonly volume: SourceId };
}

/** ω, the standard deviation of log(parameter), for a log-normal with this CV (percent). */
export const omegaFromCv = (cvPercent: number): number => Math.sqrt(Math.log1p((cvPercent / 100) ** 2));

export const populationModel = (drug: Drug, weightKg: number): Result<PopulationModel> => {
  const typical = pkParameters(drug, weightKg);
  if (!typical.ok) return typical;
  const pk = cataloguePk(drug);
  if (!pk.ok) return pk;
  const { clearance, volume } = pk.value;
  if (clearance.cvPercent === undefined || volume.cvPercent === undefined) {
    return err(
      'PK_VARIABILITY_MISSING',
      `The catalogue gives no between-person variability of clearance and volume for ${drug.name}.`,
      {
        field: 'drug',
        expected: 'a drug whose clearance and volume carry cvPercent',
      },
    );
  }
  return ok({
    typical: typical.value,
    omegaClearance: omegaFromCv(clearance.cvPercent),
    omegaVolume: omegaFromCv(volume.cvPercent),
    cvPercent: { clearance: clearance.cvPercent, volume: volume.cvPercent },
    sources: { clearance: clearance.source, volume: volume.source },
  });
};

/** Each virtual subject's CL/F (L/h) and V/F (L). */
export interface VirtualSubjects {
  readonly clearanceLPerH: Float64Array;
  readonly volumeL: Float64Array;
}

/** Draws `count` subjects from a seeded generator: the same seed gives the same subjects, bit for bit. */
export const sampleSubjects = (model: PopulationModel, count: number, seed: number): VirtualSubjects => {
  if (!(Number.isSafeInteger(count) && count > 0)) throw new RangeError(`subject count must be a positive integer, got ${count}`);
  const normal = standardNormals(mulberry32(seed));
  const clearanceLPerH = new Float64Array(count);
  const volumeL = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    clearanceLPerH[s] = model.typical.clearanceLPerH * Math.exp(model.omegaClearance * normal());
    volumeL[s] = model.typical.volumeL * Math.exp(model.omegaVolume * normal());
  }
  return { clearanceLPerH, volumeL };
};

/** One virtual subject's parameters, for simulating them on their own. */
export const subjectParameters = (model: PopulationModel, subjects: VirtualSubjects, index: number): PkParameters =>
  makePkParameters({
    ka: model.typical.ka,
    clearanceLPerH: subjects.clearanceLPerH[index] ?? Number.NaN,
    volumeL: subjects.volumeL[index] ?? Number.NaN,
    sources: model.typical.sources,
  });
