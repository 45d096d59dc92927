import type { Formulation } from '../drugs/drug.js';
import { type Micrograms, micrograms } from '../units/units.js';

/** One kind of piece taken for a dose: `count` whole tablets, or halves when `half` is set. */
export interface DosePiece {
  readonly formulationId: string;
  readonly kind: Formulation['kind'];
  /** The amount in one piece (half the tablet's strength for a half). */
  readonly pieceUg: Micrograms;
  readonly half: boolean;
  readonly count: number;
}

interface PieceType {
  readonly formulation: Formulation;
  readonly pieceUg: number;
  readonly half: boolean;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Largest table the search may build; far beyond any real dose made of real tablets. */
const MAX_CELLS = 200_000;

const pieceTypes = (formulations: readonly Formulation[]): PieceType[] =>
  formulations
    .filter((formulation) => formulation.kind !== 'oral-solution')
    .flatMap((formulation) => [
      { formulation, pieceUg: formulation.strengthUg, half: false },
      ...(formulation.split === 'halves' && formulation.strengthUg % 2 === 0
        ? [{ formulation, pieceUg: formulation.strengthUg / 2, half: true }]
        : []),
    ]);

/**
 * Finds the combination of tablets, capsules and tablet halves that makes a
 * dose exactly with the fewest pieces (whole tablets preferred over halves on
 * a tie), or `undefined` when the solid forms given cannot make it.
 */
export const makeDose = (amount: Micrograms, formulations: readonly Formulation[]): DosePiece[] | undefined => {
  if (amount === 0) return [];
  const types = pieceTypes(formulations);
  if (types.length === 0) return undefined;
  const step = types.reduce((g, type) => gcd(g, type.pieceUg), 0);
  if (amount % step !== 0 || amount / step > MAX_CELLS) return undefined;
  const cells = amount / step;
  // cost[i]: fewest pieces (halves weigh slightly more) to make i × step; choice[i]: the last piece.
  const cost = new Float64Array(cells + 1).fill(Number.POSITIVE_INFINITY);
  const choice = new Int32Array(cells + 1).fill(-1);
  cost[0] = 0;
  for (let i = 1; i <= cells; i++) {
    for (const [index, type] of types.entries()) {
      const size = type.pieceUg / step;
      if (size > i) continue;
      const candidate = (cost[i - size] ?? Number.POSITIVE_INFINITY) + (type.half ? 1.001 : 1);
      if (candidate < (cost[i] ?? Number.POSITIVE_INFINITY)) {
        cost[i] = candidate;
        choice[i] = index;
      }
    }
  }
  if (!Number.isFinite(cost[cells] ?? Number.POSITIVE_INFINITY)) return undefined;
  const counts = new Map<number, number>();
  for (let i = cells; i > 0; ) {
    const index = choice[i] ?? -1;
    const type = types[index];
    if (!type) return undefined;
    counts.set(index, (counts.get(index) ?? 0) + 1);
    i -= type.pieceUg / step;
  }
  return [...counts.entries()]
    .map(([index, count]) => {
      const type = types[index] as PieceType;
      return {
        formulationId: type.formulation.id,
        kind: type.formulation.kind,
        pieceUg: micrograms(type.pieceUg),
        half: type.half,
        count,
      };
    })
    .sort((a, b) => b.pieceUg - a.pieceUg);
};
