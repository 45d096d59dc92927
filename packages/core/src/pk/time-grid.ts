/** Evenly spaced output times `startH, startH + stepH, …` up to and including `endH` when it falls on the grid. */
export interface TimeGrid {
  readonly startH: number;
  readonly endH: number;
  readonly stepH: number;
}

/** Tolerance, in steps, for deciding that `endH` falls on the grid despite rounding. */
const ON_GRID = 1e-9;

/** Number of grid points; throws on a grid no caller should build (a bug, not user input). */
export const gridLength = (grid: TimeGrid): number => {
  const { startH, endH, stepH } = grid;
  if (!(Number.isFinite(startH) && Number.isFinite(endH) && endH >= startH)) {
    throw new RangeError(`grid needs finite startH ≤ endH, got ${startH}..${endH}`);
  }
  if (!(Number.isFinite(stepH) && stepH > 0)) throw new RangeError(`grid stepH must be positive, got ${stepH}`);
  return Math.floor((endH - startH) / stepH + ON_GRID) + 1;
};

/** The time of grid point `index`, computed directly so that it never drifts. */
export const gridTime = (grid: TimeGrid, index: number): number => grid.startH + index * grid.stepH;

/** Every grid time, in hours. */
export const gridTimes = (grid: TimeGrid): Float64Array => {
  const times = new Float64Array(gridLength(grid));
  for (let i = 0; i < times.length; i++) times[i] = gridTime(grid, i);
  return times;
};
