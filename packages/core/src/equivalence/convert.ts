import { findDrug } from '../drugs/catalogue.js';
import type { Drug } from '../drugs/drug.js';
import { halfLifeClass } from '../drugs/half-life-class.js';
import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';
import { type Micrograms, mg, micrograms, roundDiv } from '../units/units.js';
import { type DoseBand, doseBand } from './dose-band.js';
import {
  DEFAULT_EQUIVALENCE_TABLE,
  EQUIVALENCE_TABLE_IDS,
  EQUIVALENCE_TABLES,
  type EquivalenceTable,
  type EquivalenceTableId,
  type EquivalentDose,
} from './tables.js';

export interface ConversionInput {
  readonly from: string;
  readonly doseUg: Micrograms;
  readonly to: string;
  readonly table?: EquivalenceTableId;
  readonly ageYears?: number;
  readonly hepaticImpairment?: boolean;
}

export interface Note {
  readonly code: string;
  readonly message: string;
  readonly source: SourceId;
}

export interface SourceEstimate {
  readonly table: EquivalenceTableId;
  readonly name: string;
  readonly source: SourceId;
  readonly doseUg: Micrograms;
  /** Where the table itself gives a range for one of the drugs. */
  readonly rangeUg?: readonly [Micrograms, Micrograms];
  readonly lowConfidence: boolean;
}

export interface Conversion {
  readonly from: Drug;
  readonly to: Drug;
  readonly doseUg: Micrograms;
  readonly table: EquivalenceTableId;
  readonly estimateUg: Micrograms;
  /** Lowest and highest estimate across every table that lists both drugs. */
  readonly rangeUg: readonly [Micrograms, Micrograms];
  readonly bySource: readonly SourceEstimate[];
  readonly diazepamEquivalentUg: Micrograms;
  readonly diazepamEquivalentRangeUg: readonly [Micrograms, Micrograms];
  readonly band: DoseBand;
  readonly warnings: readonly Note[];
}

interface Bounds {
  readonly low: number;
  readonly high: number;
  readonly point: number;
}

const boundsUg = (dose: EquivalentDose): Bounds => {
  if (typeof dose.mg === 'number') {
    const value = mg(dose.mg);
    return { low: value, high: value, point: value };
  }
  const low = mg(dose.mg.low);
  const high = mg(dose.mg.high);
  return { low, high, point: roundDiv(low + high, 2) };
};

interface TableEstimate {
  readonly table: EquivalenceTable;
  readonly point: number;
  readonly low: number;
  readonly high: number;
  readonly lowConfidence: boolean;
}

/** dose × to / from under one table, with the table's own range where it has one. */
const estimateIn = (table: EquivalenceTable, fromId: string, toId: string, dose: number): TableEstimate | undefined => {
  const fromEq = table.per10MgDiazepam[fromId];
  const toEq = table.per10MgDiazepam[toId];
  if (!fromEq || !toEq) return undefined;
  const f = boundsUg(fromEq);
  const t = boundsUg(toEq);
  return {
    table,
    point: roundDiv(dose * t.point, f.point),
    low: roundDiv(dose * t.low, f.high),
    high: roundDiv(dose * t.high, f.low),
    lowConfidence: fromEq.confidence === 'low' || toEq.confidence === 'low',
  };
};

const spread = (estimates: readonly TableEstimate[]): readonly [Micrograms, Micrograms] => [
  micrograms(Math.min(...estimates.map((e) => e.low))),
  micrograms(Math.max(...estimates.map((e) => e.high))),
];

const REFERENCE_DOSE_UG = 1_000_000;

const warningsFor = (input: ConversionInput, from: Drug, to: Drug, estimates: readonly TableEstimate[]): Note[] => {
  const notes: Note[] = [
    {
      code: 'EQUIVALENCE_APPROXIMATE',
      message:
        'Equivalent doses are approximate, from expert tables rather than trials, and differ between people. Use them as a starting point and adjust to symptoms.',
      source: 'joint-cpg-2025',
    },
  ];
  if (from.id !== to.id) {
    notes.push({
      code: 'SWITCH_GRADUALLY',
      message: `Switch from ${from.name} to ${to.name} gradually, one dose at a time over 1–2 weeks, not in 1–2 days.`,
      source: 'joint-cpg-2025',
    });
  }
  // The fold difference is a property of the tables, so it is read at a large
  // reference dose where rounding to whole micrograms cannot distort it.
  const reference = EQUIVALENCE_TABLES.flatMap((t) => estimateIn(t, from.id, to.id, REFERENCE_DOSE_UG) ?? []);
  const [low, high] = spread(reference);
  if (high > low) {
    notes.push({
      code: 'SOURCES_DISAGREE',
      message: `The tables disagree: the highest estimate is ${roundDiv(high * 10, low) / 10} times the lowest. The range is shown; choose within it with the prescriber.`,
      source: 'joint-cpg-2025',
    });
  }
  if (estimates.some((e) => e.lowConfidence)) {
    notes.push({
      code: 'LOW_CONFIDENCE_VALUE',
      message: 'At least one table value used here could not be confirmed against its source.',
      source: 'ashton-manual-unconfirmed',
    });
  }
  const fromClass = halfLifeClass(from.pharmacokinetics.halfLife);
  const toClass = halfLifeClass(to.pharmacokinetics.halfLife);
  if (fromClass !== toClass) {
    notes.push({
      code: 'HALF_LIFE_DIFFERS',
      message:
        toClass === 'long'
          ? `${to.name} is long-acting: it builds up over one to two weeks, so its full effect — and any over-sedation — appears days after each change.`
          : `${to.name} is shorter-acting than ${from.name}: levels fall between doses, so it may need more doses a day and withdrawal can appear between them.`,
      source: 'nhs-scotland-2024',
    });
  }
  const older = input.ageYears !== undefined && input.ageYears >= 65;
  if (older || input.hepaticImpairment) {
    notes.push({
      code: 'ELDERLY_OR_HEPATIC',
      message: `${older ? 'In older adults' : 'With liver impairment'} drugs are cleared more slowly and sedation and falls are more likely: start at the low end of the range${toClass === 'long' ? `, and note that a long-acting drug such as ${to.name} accumulates` : ''}.`,
      source: 'joint-cpg-2025',
    });
  }
  if (from.class === 'z-drug' || to.class === 'z-drug') {
    notes.push({
      code: 'Z_DRUG_EQUIVALENCE',
      message: 'Z-drug equivalents cover their sleep effect only; they are not anxiety treatments.',
      source: 'nhs-scotland-2024',
    });
  }
  return notes;
};

/**
 * The diazepam-equivalent of a dose under one table, with the range across
 * all tables; undefined when the chosen table does not list the drug.
 */
export const diazepamEquivalent = (
  drugId: string,
  doseUg: Micrograms,
  tableId: EquivalenceTableId = DEFAULT_EQUIVALENCE_TABLE,
): { readonly estimateUg: Micrograms; readonly rangeUg: readonly [Micrograms, Micrograms] } | undefined => {
  const estimates = EQUIVALENCE_TABLES.flatMap((t) => estimateIn(t, drugId, 'diazepam', doseUg) ?? []);
  const primary = estimates.find((e) => e.table.id === tableId);
  return primary ? { estimateUg: micrograms(primary.point), rangeUg: spread(estimates) } : undefined;
};

/**
 * Converts a dose of one benzodiazepine or Z-drug to another: the estimate
 * under the chosen table, the range across all tables, each table's value,
 * the diazepam-equivalent dose and its Joint CPG band, and the caveats.
 */
export const convertDose = (input: ConversionInput): Result<Conversion> => {
  const from = findDrug(input.from);
  if (!from.ok) return { ok: false, error: { ...from.error, field: 'from' } };
  const to = findDrug(input.to);
  if (!to.ok) return { ok: false, error: { ...to.error, field: 'to' } };
  const tableId = input.table ?? DEFAULT_EQUIVALENCE_TABLE;
  const chosen = EQUIVALENCE_TABLES.find((t) => t.id === tableId);
  if (!chosen) {
    return err('EQUIVALENCE_TABLE_UNKNOWN', `"${tableId}" is not an equivalence table.`, {
      field: 'source',
      expected: EQUIVALENCE_TABLE_IDS.join(', '),
    });
  }
  const estimates = EQUIVALENCE_TABLES.flatMap((t) => estimateIn(t, from.value.id, to.value.id, input.doseUg) ?? []);
  const primary = estimates.find((e) => e.table.id === tableId);
  if (!primary) {
    const others = estimates.map((e) => e.table.id);
    return err(
      'EQUIVALENCE_NOT_IN_TABLE',
      `The ${chosen.name} table does not list both ${from.value.name} and ${to.value.name}.`,
      {
        field: 'source',
        expected: others.length > 0 ? `a table that lists both: ${others.join(', ')}` : 'two drugs that some table lists',
      },
    );
  }
  // Every table lists diazepam, so a drug the chosen table lists always has an equivalent.
  const equivalent = diazepamEquivalent(from.value.id, input.doseUg, tableId) as NonNullable<
    ReturnType<typeof diazepamEquivalent>
  >;
  return ok({
    from: from.value,
    to: to.value,
    doseUg: input.doseUg,
    table: tableId,
    estimateUg: micrograms(primary.point),
    rangeUg: spread(estimates),
    bySource: estimates.map((e) => ({
      table: e.table.id,
      name: e.table.name,
      source: e.table.source,
      doseUg: micrograms(e.point),
      ...(e.low === e.high ? {} : { rangeUg: [micrograms(e.low), micrograms(e.high)] as const }),
      lowConfidence: e.lowConfidence,
    })),
    diazepamEquivalentUg: equivalent.estimateUg,
    diazepamEquivalentRangeUg: equivalent.rangeUg,
    band: doseBand(equivalent.estimateUg),
    warnings: warningsFor(input, from.value, to.value, estimates),
  });
};
