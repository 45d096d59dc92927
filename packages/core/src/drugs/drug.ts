import type { SourceId } from '../sources/registry.js';
import type { Micrograms } from '../units/units.js';

/** Every fact group carries the id of the source it comes from. */
export interface Sourced {
  readonly source: SourceId;
  /** Set only where this fact is less certain than its source in general. */
  readonly confidence?: 'low';
}

export interface Range {
  readonly low: number;
  readonly high: number;
}

export type Market = 'US' | 'UK';
export type HalfLifeClass = 'short' | 'intermediate' | 'long';
export type Indication = 'panic' | 'seizure' | 'anxiety' | 'insomnia' | 'alcohol-withdrawal' | 'muscle-spasm' | 'other';

export const INDICATIONS: readonly Indication[] = [
  'panic',
  'seizure',
  'anxiety',
  'insomnia',
  'alcohol-withdrawal',
  'muscle-spasm',
  'other',
];

export type FormulationKind = 'tablet' | 'odt' | 'capsule' | 'oral-solution';

export interface Formulation extends Sourced {
  readonly id: string;
  readonly kind: FormulationKind;
  /** Per tablet or capsule; per mL for an oral solution. */
  readonly strengthUg: Micrograms;
  /** Whether a tablet may be split along a score line. */
  readonly split: 'none' | 'halves';
  readonly markets: readonly Market[];
  /** A liquid made up by a pharmacy at a concentration it chooses, not a licensed product. */
  readonly compounded?: boolean;
  /** RxNorm clinical drug (SCD) code, for FHIR exports. */
  readonly rxnorm?: { readonly code: string; readonly display: string; readonly source: SourceId };
  readonly note?: string;
}

export interface PediatricDosing extends Sourced {
  /** Who the by-weight rules apply to. */
  readonly appliesTo: { readonly maxAgeYears: number; readonly maxWeightKg: number };
  readonly initialUgPerKgPerDay: Range;
  readonly initialMaxUgPerKgPerDay: number;
  readonly maintenanceUgPerKgPerDay: Range;
}

export interface IndicationDosing extends Sourced {
  readonly indication: Indication;
  readonly title: string;
  /** The usual starting daily dose for adults. */
  readonly startDailyUg?: Micrograms;
  /** The daily dose most people need (the label's target or usual upper dose). */
  readonly usualDailyUg?: Micrograms;
  /** The labelled maximum daily dose for adults. */
  readonly maxDailyUg?: Micrograms;
  /** The starting daily dose in older adults (the low end of the range). */
  readonly elderlyStartDailyUg?: Micrograms;
  readonly titration?: string;
  readonly pediatric?: PediatricDosing;
  readonly pediatricNote?: string;
}

export interface HalfLife extends Sourced {
  /** Typical elimination half-life in hours. */
  readonly typicalH: Range;
  /** Observed range across people, in hours. */
  readonly rangeH?: Range;
  /** Where the observed range comes from, when not the same source as the typical value. */
  readonly rangeSource?: SourceId;
  /** Half-life of an active metabolite that prolongs the effect, in hours. */
  readonly activeMetaboliteH?: Range & { readonly name: string };
}

/** A population parameter with between-subject variability. */
export interface PopulationParameter extends Sourced {
  readonly value: number;
  readonly unit: string;
  readonly range?: Range;
  /** Between-subject coefficient of variation, percent. */
  readonly cvPercent?: number;
  /** Where the variability comes from, when not the same source as the value. */
  readonly cvSource?: SourceId;
}

export interface Pharmacokinetics {
  readonly halfLife: HalfLife;
  readonly bioavailability?: PopulationParameter;
  readonly tmax?: PopulationParameter;
  readonly proteinBinding?: PopulationParameter;
  /** Apparent oral clearance CL/F. */
  readonly clearance?: PopulationParameter;
  /** Apparent volume of distribution V/F, per kg of body weight. */
  readonly volume?: PopulationParameter;
  /** First-order absorption rate constant. */
  readonly absorptionRate?: PopulationParameter;
  readonly metabolism?: { readonly text: string } & Sourced;
}

export interface Warning extends Sourced {
  readonly title: string;
  readonly text: string;
  readonly since?: string;
}

export type InteractionId = 'opioids' | 'alcohol' | 'cns-depressants' | 'cyp3a-inducers' | 'cyp3a-inhibitors';

export interface Interaction extends Sourced {
  readonly id: InteractionId;
  readonly title: string;
  readonly examples: readonly string[];
  readonly effect: string;
  readonly action: string;
}

export interface SideEffects extends Sourced {
  readonly common: readonly string[];
  readonly lessCommon: readonly string[];
  /** Rare but serious: contact a prescriber or emergency care at once. */
  readonly serious: readonly string[];
  readonly note?: string;
}

export interface Drug {
  readonly id: string;
  readonly name: string;
  readonly class: 'benzodiazepine' | 'z-drug';
  readonly brands: readonly { readonly name: string; readonly markets: readonly Market[] }[];
  /** Other spellings and common names that resolve to this drug. */
  readonly aliases?: readonly string[];
  /** `full`: label-level detail; `summary`: what switching and conversion need. */
  readonly detail: 'full' | 'summary';
  readonly schedule?: { readonly us?: 'C-IV'; readonly uk?: string } & Sourced;
  readonly indications: readonly IndicationDosing[];
  readonly formulations: readonly Formulation[];
  readonly pharmacokinetics: Pharmacokinetics;
  readonly boxedWarnings?: readonly Warning[];
  readonly contraindications?: readonly string[];
  readonly contraindicationsSource?: SourceId;
  readonly sideEffects?: SideEffects;
  readonly interactions?: readonly Interaction[];
}
