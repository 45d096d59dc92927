import { drugById } from '../drugs/catalogue.js';
import type { FormulationKind } from '../drugs/drug.js';
import type { DosePiece } from '../formulations/make-dose.js';
import type { DoseUnits, LiquidMeasure, PlannedDose } from '../taper/plan.js';
import { formatMg } from '../units/format-dose.js';
import { type Micrograms, micrograms } from '../units/units.js';

/** The generic name of a catalogue drug, lower case as in running text: `clonazepam`. */
export const drugName = (drugId: string): string => drugById(drugId).name;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whole microlitres as millilitres by string arithmetic, like `formatMg`: 2500 → "2.5 mL". */
export const formatMl = (volumeUl: number): string => `${formatMg(micrograms(volumeUl), { unit: false })} mL`;

const KIND_NAMES: Readonly<Record<FormulationKind, readonly [singular: string, plural: string]>> = {
  tablet: ['tablet', 'tablets'],
  odt: ['ODT', 'ODTs'],
  capsule: ['capsule', 'capsules'],
  'oral-solution': ['oral solution', 'oral solution'],
};

/** `tablet`, `ODT` (orally disintegrating tablet), `capsule`, in the singular or plural. */
export const kindName = (kind: FormulationKind, count = 1): string => KIND_NAMES[kind][count === 1 ? 0 : 1];

export const isLiquid = (units: DoseUnits): units is readonly [LiquidMeasure] => {
  const first = units[0];
  return units.length === 1 && first !== undefined && 'volumeUl' in first;
};

/** The whole product a piece comes from: a half's tablet is twice the piece. */
export const pieceStrengthUg = (piece: DosePiece): Micrograms => micrograms(piece.half ? piece.pieceUg * 2 : piece.pieceUg);

const describePiece = (piece: DosePiece): string => {
  const strength = formatMg(pieceStrengthUg(piece));
  if (!piece.half) return `${piece.count} × ${strength} ${kindName(piece.kind, piece.count)}`;
  return piece.count === 1
    ? `half of a ${strength} ${kindName(piece.kind)}`
    : `${piece.count} halves of ${strength} ${kindName(piece.kind, 2)}`;
};

/**
 * What to take for one dose, in plain words: `1 × 0.5 mg tablet + half of a 0.5 mg tablet`,
 * `1 × 0.25 mg ODT`, `2.5 mL of 0.1 mg/mL oral solution`; `nothing` for no pieces.
 */
export const describeUnits = (units: DoseUnits): string => {
  if (isLiquid(units)) {
    const [liquid] = units;
    return `${formatMl(liquid.volumeUl)} of ${formatMg(micrograms(liquid.concentrationUgPerMl))}/mL oral solution`;
  }
  const pieces = units as readonly DosePiece[];
  return pieces.length === 0 ? 'nothing' : pieces.map(describePiece).join(' + ');
};

/** `0.5 mg clonazepam (1 × 0.5 mg tablet)`. */
export const describeDose = (dose: PlannedDose): string =>
  `${formatMg(dose.amountUg)} ${drugName(dose.drug)} (${describeUnits(dose.units)})`;

/** `Clonazepam 0.5 mg — 1 × 0.5 mg tablet`: the title of a calendar reminder. */
export const doseTitle = (dose: PlannedDose): string =>
  `${capitalise(drugName(dose.drug))} ${formatMg(dose.amountUg)} — ${describeUnits(dose.units)}`;

/** `clonazepam`, `clonazepam and diazepam`, `a, b and c`. */
export const listWithAnd = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
