import type { Drug, Formulation, Market } from '../drugs/drug.js';
import { makeDose } from '../formulations/make-dose.js';
import { err, ok, type Result } from '../result.js';
import { type Micrograms, micrograms } from '../units/units.js';
import type { DoseUnits, LiquidMeasure } from './plan.js';

/** Which products a plan may use. Defaults: labelled tablets and ODTs; a liquid only when asked. */
export interface FormulationChoice {
  readonly tablets?: boolean;
  readonly odt?: boolean;
  /** An oral liquid: concentration in µg/mL and the smallest volume that can be measured (the syringe's step). */
  readonly liquid?: { readonly concentrationUgPerMl: number; readonly stepUl: number };
  /** Products marketed where the patient lives; both when absent. */
  readonly market?: Market;
}

/** The smallest measurable oral-syringe volume Stepdown assumes when none is given: 0.1 mL. */
export const DEFAULT_LIQUID_STEP_UL = 100;

export interface DoseMaker {
  readonly drug: Drug;
  readonly formulations: readonly Formulation[];
  readonly liquid?: LiquidMeasure & { readonly stepUl: number };
  /** How to make one dose, or undefined when the allowed products cannot. */
  readonly make: (amount: Micrograms) => DoseUnits | undefined;
  /** Every amount a single dose can be, ascending, up to a limit (for rounding searches). */
  readonly amountsUpTo: (limit: Micrograms) => Micrograms[];
  /** Every makeable amount is a multiple of this. */
  readonly stepUg: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Builds the dose maker for a drug and a formulation choice. */
export const doseMaker = (drug: Drug, choice: FormulationChoice): Result<DoseMaker> => {
  const tablets = choice.tablets ?? true;
  const odt = choice.odt ?? true;
  const formulations = drug.formulations.filter(
    (f) =>
      (choice.market === undefined || f.markets.includes(choice.market)) &&
      ((f.kind === 'tablet' || f.kind === 'capsule' ? tablets : false) || (f.kind === 'odt' ? odt : false)),
  );
  const liquidChoice = choice.liquid;
  if (
    liquidChoice &&
    !(liquidChoice.concentrationUgPerMl > 0 && Number.isInteger(liquidChoice.stepUl) && liquidChoice.stepUl > 0)
  ) {
    return err('LIQUID_INVALID', 'The liquid needs a positive concentration and a whole number of microlitres per step.', {
      field: 'forms',
      expected: 'e.g. liquid:0.1mg/ml (0.1 mL steps)',
    });
  }
  const liquid = liquidChoice
    ? {
        formulationId: `${drug.id}-liquid-${liquidChoice.concentrationUgPerMl}ug-per-ml`,
        kind: 'oral-solution' as const,
        concentrationUgPerMl: liquidChoice.concentrationUgPerMl,
        volumeUl: 0,
        stepUl: liquidChoice.stepUl,
      }
    : undefined;
  // One syringe step of liquid holds this many micrograms; only whole-µg steps keep doses exact.
  const liquidStepUg = liquid ? (liquid.concentrationUgPerMl * liquid.stepUl) / 1000 : 0;
  if (liquid && !Number.isInteger(liquidStepUg)) {
    return err('LIQUID_INVALID', 'That concentration and syringe step do not give a whole number of micrograms.', {
      field: 'forms',
      expected: 'a concentration in µg/mL such that one step holds whole micrograms, e.g. 0.1 mg/mL with 0.1 mL steps',
    });
  }
  if (formulations.length === 0 && !liquid) {
    return err('NO_FORMULATION', `No allowed ${drug.name} product${choice.market ? ` in the ${choice.market}` : ''}.`, {
      field: 'forms',
      expected: 'tablet, odt and/or liquid:<concentration>',
    });
  }
  const make = (amount: Micrograms): DoseUnits | undefined => {
    const solid = makeDose(amount, formulations);
    if (solid) return solid;
    if (liquid && amount % liquidStepUg === 0) {
      return [
        {
          formulationId: liquid.formulationId,
          kind: 'oral-solution',
          concentrationUgPerMl: liquid.concentrationUgPerMl,
          volumeUl: (amount / liquidStepUg) * liquid.stepUl,
        },
      ];
    }
    return undefined;
  };
  const pieces = formulations.flatMap((f) => [f.strengthUg, ...(f.split === 'halves' ? [f.strengthUg / 2] : [])]);
  const step = [...pieces, ...(liquid ? [liquidStepUg] : [])].filter(Number.isInteger).reduce(gcd, 0);
  const amountsUpTo = (limit: Micrograms): Micrograms[] => {
    const out: Micrograms[] = [];
    for (let amount = step; amount <= limit; amount += step) if (make(micrograms(amount))) out.push(micrograms(amount));
    return out;
  };
  return ok({ drug, formulations, ...(liquid ? { liquid } : {}), make, amountsUpTo, stepUg: step });
};
