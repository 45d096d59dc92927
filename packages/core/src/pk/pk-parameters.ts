import type { Drug, PopulationParameter } from '../drugs/drug.js';
import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';

/**
 * The parameters of a one-compartment model with first-order oral absorption
 * for one person. Clearance and volume are the catalogue's *apparent* oral
 * values (CL/F, V/F), so the dose enters unscaled: `bioavailability` is 1 by
 * construction, not the drug's measured F (which is already folded into CL/F
 * and V/F).
 */
export interface PkParameters {
  /** First-order absorption rate constant ka, 1/h. */
  readonly ka: number;
  /** Elimination rate constant ke = CL/V, 1/h. */
  readonly ke: number;
  /** Apparent oral clearance CL/F, L/h. */
  readonly clearanceLPerH: number;
  /** Apparent volume of distribution V/F, L (per-kg value × body weight). */
  readonly volumeL: number;
  /** Elimination half-life ln 2 / ke, h. */
  readonly halfLifeH: number;
  /** Fraction of each dose the model adds: 1, because CL and V are apparent (CL/F, V/F). */
  readonly bioavailability: 1;
  /** Where each catalogue value came from. */
  readonly sources: {
    readonly clearance: SourceId;
    readonly volume: SourceId;
    readonly absorptionRate: SourceId;
  };
}

/** The model's inputs as raw numbers, for virtual subjects and tests. */
export interface PkValues {
  readonly ka: number;
  readonly clearanceLPerH: number;
  readonly volumeL: number;
  readonly sources: PkParameters['sources'];
}

const positive = (value: number): boolean => Number.isFinite(value) && value > 0;

/** Builds parameters from raw values; throws on a non-positive or non-finite value (a bug, not user input). */
export const makePkParameters = (values: PkValues): PkParameters => {
  const { ka, clearanceLPerH, volumeL } = values;
  if (!(positive(ka) && positive(clearanceLPerH) && positive(volumeL))) {
    throw new RangeError(`PK values must be positive and finite: ka=${ka}, CL=${clearanceLPerH}, V=${volumeL}`);
  }
  const ke = clearanceLPerH / volumeL;
  return {
    ka,
    ke,
    clearanceLPerH,
    volumeL,
    halfLifeH: Math.LN2 / ke,
    bioavailability: 1,
    sources: values.sources,
  };
};

/** The catalogue parameters the model needs, checked for presence and units. */
export interface CataloguePk {
  readonly clearance: PopulationParameter;
  readonly volume: PopulationParameter;
  readonly absorptionRate: PopulationParameter;
}

const EXPECTED_UNITS = { clearance: 'L/h', volume: 'L/kg', absorptionRate: '1/h' } as const;

/** The drug's CL/F, V/F and ka from the catalogue, or why the model cannot run for it. */
export const cataloguePk = (drug: Drug): Result<CataloguePk> => {
  const { clearance, volume, absorptionRate } = drug.pharmacokinetics;
  if (!(clearance && volume && absorptionRate)) {
    const missing = [
      clearance ? undefined : 'clearance',
      volume ? undefined : 'volume',
      absorptionRate ? undefined : 'absorptionRate',
    ].filter((name) => name !== undefined);
    return err('PK_DATA_MISSING', `The catalogue has no ${missing.join(', ')} for ${drug.name}, so the model cannot run.`, {
      field: 'drug',
      expected: 'a drug whose catalogue entry gives clearance (L/h), volume (L/kg) and absorptionRate (1/h)',
    });
  }
  for (const [name, parameter] of [
    ['clearance', clearance],
    ['volume', volume],
    ['absorptionRate', absorptionRate],
  ] as const) {
    if (parameter.unit !== EXPECTED_UNITS[name] || !positive(parameter.value)) {
      return err('PK_DATA_UNSUPPORTED', `${drug.name} ${name} is ${parameter.value} ${parameter.unit}.`, {
        field: 'drug',
        expected: `${name} as a positive number in ${EXPECTED_UNITS[name]}`,
      });
    }
  }
  return ok({ clearance, volume, absorptionRate });
};

/**
 * The weight a model assumes when none is known: the conventional 70 kg reference adult of pharmacokinetics
 * (docs/pk-model.md derives its clonazepam figures at 70 kg). Screens say when it was assumed.
 */
export const REFERENCE_WEIGHT_KG = 70;

/** Checks a body weight given by a caller. */
export const checkWeight = (weightKg: number): Result<number> =>
  positive(weightKg)
    ? ok(weightKg)
    : err('WEIGHT_INVALID', `Body weight ${weightKg} kg is not a positive number.`, {
        field: 'weightKg',
        expected: 'a body weight in kg greater than 0, e.g. 70',
      });

/**
 * One typical person's parameters from the catalogue (`drug.pharmacokinetics`):
 * CL/F in L/h as given, V/F = (L/kg) × body weight, ka as given.
 */
export const pkParameters = (drug: Drug, weightKg: number): Result<PkParameters> => {
  const weight = checkWeight(weightKg);
  if (!weight.ok) return weight;
  const pk = cataloguePk(drug);
  if (!pk.ok) return pk;
  const { clearance, volume, absorptionRate } = pk.value;
  return ok(
    makePkParameters({
      ka: absorptionRate.value,
      clearanceLPerH: clearance.value,
      volumeL: volume.value * weight.value,
      sources: { clearance: clearance.source, volume: volume.source, absorptionRate: absorptionRate.source },
    }),
  );
};
