import type { IsoDate } from '../dates/iso-date.js';
import type { Finding } from '../dose-check/finding.js';
import type { EquivalenceTableId } from '../equivalence/tables.js';
import type { DosePiece } from '../formulations/make-dose.js';
import type { SourceId } from '../sources/registry.js';
import type { LocalTime } from '../units/local-time.js';
import type { Micrograms } from '../units/units.js';

export type StrategyId = 'joint-2025' | 'ashton' | 'label' | 'nardi' | 'hyperbolic' | 'custom';

/** A measured volume of an oral liquid, in whole microlitres so it never drifts. */
export interface LiquidMeasure {
  readonly formulationId: string;
  readonly kind: 'oral-solution';
  readonly concentrationUgPerMl: number;
  readonly volumeUl: number;
}

/** How one dose is made: tablets, halves and ODTs, or a measured volume of liquid. */
export type DoseUnits = readonly DosePiece[] | readonly [LiquidMeasure];

export interface PlannedDose {
  readonly time: LocalTime;
  /** Drug id; a crossover step may hold doses of two drugs. */
  readonly drug: string;
  readonly amountUg: Micrograms;
  readonly units: DoseUnits;
}

/** One drug's total for a day (or, for an alternate-day step, the average per day). */
export interface DrugTotal {
  readonly drug: string;
  readonly amountUg: Micrograms;
}

/**
 * A repeating two-day pattern (alternate days), offered only for long-acting
 * drugs: the step's `doses` are taken on its 1st, 3rd, 5th… day and its
 * `alternateDoses` on its 2nd, 4th, 6th… day.
 */
export interface DayPattern {
  /** Days in one cycle of the pattern: always 2 (alternate days). */
  readonly cycleDays: 2;
  /**
   * Each drug's total on each day of the cycle, in order: `[day 1, day 2]`
   * (`doses`, then `alternateDoses`; 0 on a drug-free day). `dailyTotals` is
   * their average, a whole number of micrograms.
   */
  readonly dayTotals: readonly [readonly DrugTotal[], readonly DrugTotal[]];
}

export interface PlanStep {
  /** 0 for the first step. */
  readonly index: number;
  readonly start: IsoDate;
  /** Inclusive: the last day this step's doses are taken. */
  readonly end: IsoDate;
  readonly days: number;
  /** The day's doses; on an alternate-day step, those of its 1st, 3rd, 5th… day. */
  readonly doses: readonly PlannedDose[];
  /**
   * Present only on an alternate-day step: the doses of its 2nd, 4th, 6th…
   * day (empty for a drug-free day). Such a step also has `pattern`.
   */
  readonly alternateDoses?: readonly PlannedDose[];
  /** Present exactly when `alternateDoses` is: the two days' totals. */
  readonly pattern?: DayPattern;
  /** Sum of the step's doses of each drug, per day; on an alternate-day step, the average of its two days. */
  readonly dailyTotals: readonly DrugTotal[];
  /**
   * The step's daily total in diazepam-equivalent micrograms under the plan's
   * table (the average per day on an alternate-day step): the quantity every
   * cut is measured on.
   */
  readonly diazepamEquivalentUg: Micrograms;
  /** Cut from the previous step's diazepam-equivalent, percent (0 for a hold or crossover step; null for the first). */
  readonly cutPercent: number | null;
  readonly kind: 'start' | 'reduce' | 'hold' | 'switch' | 'stop';
  readonly note?: string;
}

/** Quantity of one product to dispense. */
export interface DispenseLine {
  readonly formulationId: string;
  readonly drug: string;
  readonly kind: string;
  readonly strengthUg: Micrograms;
  /** Whole tablets or capsules (two halves share a tablet over the step, rounded up); for a liquid, microlitres. */
  readonly quantity: number;
  readonly unit: 'tablet' | 'capsule' | 'µL';
}

export interface FillPeriod {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly lines: readonly DispenseLine[];
}

export interface TaperPlan {
  readonly drug: string;
  readonly strategy: StrategyId;
  /** The strategy's parameters as used, after defaults: stable keys, JSON values. */
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  readonly sources: readonly SourceId[];
  readonly equivalenceTable: EquivalenceTableId;
  /** Ids of the formulations the plan may use. */
  readonly formulations: readonly string[];
  readonly start: IsoDate;
  /** The last day of the last step; for a taper to zero that is the one-day `stop` step, the first day without the drug. */
  readonly end: IsoDate;
  readonly totalDays: number;
  readonly steps: readonly PlanStep[];
  readonly findings: readonly Finding[];
  /** Per step, quantities to dispense. */
  readonly dispensing: readonly (FillPeriod & { readonly step: number })[];
}
