import type { Range } from '../drugs/drug.js';
import type { SourceId } from '../sources/registry.js';

/** A source's oral dose, in mg, thought equivalent to 10 mg of diazepam; a range where it gives one. */
export interface EquivalentDose {
  readonly mg: number | Range;
  readonly source: SourceId;
  readonly confidence?: 'low';
}

export interface EquivalenceTable {
  readonly id: 'ashton' | 'va-dod-2021' | 'nhs-scotland';
  readonly name: string;
  readonly source: SourceId;
  /** Keyed by drug id. */
  readonly per10MgDiazepam: Readonly<Record<string, EquivalentDose>>;
}

export type EquivalenceTableId = EquivalenceTable['id'];

const table = (
  id: EquivalenceTableId,
  name: string,
  source: SourceId,
  values: Record<string, number | Range | [number | Range, SourceId, 'low']>,
): EquivalenceTable => ({
  id,
  name,
  source,
  per10MgDiazepam: Object.fromEntries(
    Object.entries(values).map(([drug, value]) => [
      drug,
      Array.isArray(value) ? { mg: value[0], source: value[1], confidence: value[2] } : { mg: value, source },
    ]),
  ),
});

const unconfirmed = (value: number | Range): [number | Range, SourceId, 'low'] => [value, 'ashton-manual-unconfirmed', 'low'];

/**
 * Ashton (rev. 2007) and VA/DoD 2021 as the Joint CPG 2025 prints them side
 * by side (Table 7); NHS Scotland's table is per 5 mg diazepam, doubled here.
 * They disagree two-fold for clonazepam, alprazolam and lorazepam, which is
 * why every conversion reports the range across tables.
 */
export const EQUIVALENCE_TABLES: readonly EquivalenceTable[] = [
  table('ashton', 'Ashton Manual', 'ashton-manual', {
    clonazepam: 0.5,
    alprazolam: 0.5,
    lorazepam: 1,
    diazepam: 10,
    chlordiazepoxide: 25,
    oxazepam: 20,
    temazepam: 20,
    clorazepate: 15,
    estazolam: { low: 1, high: 2 },
    flurazepam: { low: 15, high: 30 },
    triazolam: 0.5,
    nitrazepam: unconfirmed(10),
    bromazepam: unconfirmed({ low: 5, high: 6 }),
    clobazam: unconfirmed(20),
    zolpidem: unconfirmed(20),
    zopiclone: unconfirmed(15),
  }),
  table('va-dod-2021', 'VA/DoD 2021', 'va-dod-sud-cpg-2021', {
    clonazepam: 1,
    alprazolam: 1,
    lorazepam: 2,
    diazepam: 10,
    chlordiazepoxide: 25,
    oxazepam: 30,
    temazepam: 15,
    clorazepate: 15,
    estazolam: 1,
    flurazepam: 15,
    triazolam: 0.25,
  }),
  table('nhs-scotland', 'NHS Scotland / UKMi', 'nhs-scotland-2024', {
    clonazepam: 0.5,
    alprazolam: 0.5,
    lorazepam: 1,
    diazepam: 10,
    chlordiazepoxide: 25,
    oxazepam: 20,
    temazepam: 20,
    nitrazepam: 10,
    clobazam: 20,
    zolpidem: 20,
    zopiclone: 15,
  }),
];

/**
 * The default table: Ashton. It is the basis of the UK tables and of the
 * NICE CKS diazepam schedules Stepdown's crossover follows, and the Joint CPG
 * dose bands equate clonazepam 0.5 mg with 10 mg diazepam as Ashton does.
 * The range across all tables is always shown beside it.
 */
export const DEFAULT_EQUIVALENCE_TABLE: EquivalenceTableId = 'ashton';

export const EQUIVALENCE_TABLE_IDS: readonly EquivalenceTableId[] = EQUIVALENCE_TABLES.map((t) => t.id);
