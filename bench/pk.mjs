// `node bench/pk.mjs` (after `npx tsc --build`): speed figures for the pharmacokinetic model.
// Printed, never asserted. Targets: a ~500-day taper at hourly resolution for 1000 virtual
// subjects (closed form + percentile band) in ≤ 50 ms; closed form ≥ 50× faster than RK4 at
// equal accuracy (relative error ≤ 1e-6).
import { CLONAZEPAM } from '../packages/core/dist/drugs/clonazepam.js';
import { prepareDoseGrid } from '../packages/core/dist/pk/dose-grid.js';
import { concentrationSeries, seriesOnDoseGrid } from '../packages/core/dist/pk/one-compartment.js';
import { pkParameters } from '../packages/core/dist/pk/pk-parameters.js';
import { populationBandOnDoseGrid } from '../packages/core/dist/pk/population-band.js';
import { populationModel, sampleSubjects, subjectParameters } from '../packages/core/dist/pk/population-model.js';
import { rk4Series } from '../packages/core/dist/pk/rk4-reference.js';

const WEIGHT_KG = 70;
const SUBJECTS = 1000;
const SEED = 20_260_101;
const TOLERANCE = 1e-6;

const unwrap = (result) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

// A synthetic taper: 2 mg/day in two doses (08:00, 20:00), cut by 10% of the current dose every
// 14 days for 35 steps, then stopped; 14 days at 2 mg/day before day 0 so the run starts at steady state.
const STEP_DAYS = 14;
const STEPS = 36;
const doses = [];
const addDay = (day, dailyUg) => {
  const morning = Math.floor(dailyUg / 2);
  doses.push({ timeH: day * 24 + 8, amountUg: morning }, { timeH: day * 24 + 20, amountUg: dailyUg - morning });
};
for (let day = -14; day < 0; day++) addDay(day, 2000);
for (let step = 0; step < STEPS - 1; step++) {
  const dailyUg = Math.round(2000 * 0.9 ** step);
  for (let day = step * STEP_DAYS; day < (step + 1) * STEP_DAYS; day++) addDay(day, dailyUg);
}
const days = STEPS * STEP_DAYS;
const grid = { startH: 0, endH: days * 24, stepH: 1 };

const params = unwrap(pkParameters(CLONAZEPAM, WEIGHT_KG));
const model = unwrap(populationModel(CLONAZEPAM, WEIGHT_KG));

// Median (and fastest) of `repeats` timed runs after `warmups` untimed ones, in ms. This VM's timings
// jitter by ±50%, so medians of many runs are printed; the first (cold, unoptimised) call is slower.
const time = (fn, repeats, warmups = 5) => {
  for (let i = 0; i < warmups; i++) fn();
  const samples = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], best: samples[0] };
};
const ms = ({ median, best }) => `${median.toFixed(2).padStart(8)} ms  (best ${best.toFixed(2)})`;
const once = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

console.log(`Stepdown PK model benchmarks (node ${process.version})\n`);
console.log(`schedule: ${days} days, ${doses.length} doses (incl. 14-day lead-in), hourly grid of ${grid.endH + 1} points\n`);

const whole = () => {
  const prepared = prepareDoseGrid(doses, grid);
  seriesOnDoseGrid(params, prepared);
  return populationBandOnDoseGrid(model, prepared, { subjects: SUBJECTS, seed: SEED });
};
const coldMs = once(whole);
const doseGrid = prepareDoseGrid(doses, grid);
console.log(`prepare dose grid                       ${ms(time(() => prepareDoseGrid(doses, grid), 200))}`);
console.log(`closed form, typical subject            ${ms(time(() => seriesOnDoseGrid(params, doseGrid), 500))}`);
const bandRun = () => populationBandOnDoseGrid(model, doseGrid, { subjects: SUBJECTS, seed: SEED });
console.log(`band, ${SUBJECTS} subjects (p5/p50/p95)       ${ms(time(bandRun, 15))}`);
// For scale: simulating the same subjects one by one, with no percentiles at all.
const drawn = sampleSubjects(model, SUBJECTS, SEED);
const everyone = Array.from({ length: SUBJECTS }, (_, s) => subjectParameters(model, drawn, s));
console.log(
  `${SUBJECTS} separate series, no band         ${ms(time(() => everyone.map((p) => seriesOnDoseGrid(p, doseGrid)), 10, 2))}`,
);
console.log(`whole taper: grid + typical + band      ${ms(time(whole, 15))}   (target ≤ 50 ms)`);
console.log(`  the same, first call in this process  ${coldMs.toFixed(2).padStart(8)} ms\n`);

// Closed form vs RK4 at equal accuracy: the largest RK4 step whose worst relative error against
// the closed form (where C > 1e-3 of its peak) is ≤ 1e-6.
const reference = concentrationSeries(params, doses, grid);
const peak = reference.reduce((a, b) => Math.max(a, b), 0);
const worstError = (series) => {
  let worst = 0;
  for (let i = 0; i < series.length; i++) {
    if (reference[i] > 1e-3 * peak) worst = Math.max(worst, Math.abs(series[i] - reference[i]) / reference[i]);
  }
  return worst;
};
let rk4Step = 0.5;
while (worstError(rk4Series(params, doses, grid, { stepH: rk4Step })) > TOLERANCE) rk4Step /= 1.25;
const rk4Error = worstError(rk4Series(params, doses, grid, { stepH: rk4Step }));
const closed = time(() => concentrationSeries(params, doses, grid), 500);
const rk4 = time(() => rk4Series(params, doses, grid, { stepH: rk4Step }), 30);
console.log(`RK4 step for ≤ ${TOLERANCE} relative error: ${rk4Step.toPrecision(3)} h (worst error ${rk4Error.toExponential(2)})`);
console.log(`closed form, doses → hourly series       ${ms(closed)}`);
console.log(`RK4 reference, doses → hourly series     ${ms(rk4)}`);
console.log(
  `speed ratio RK4 / closed form (medians)  ${(rk4.median / closed.median).toFixed(0).padStart(8)} ×    (target ≥ 50×)`,
);
