// `npx tsc --build packages/core && node bench/plan-builder.mjs`: the web plan builder's per-update work
// (apps/web/src/builder/compute.ts: planTaper → chart data → PK population band), timed for a 2 mg/day
// clonazepam plan. Printed, never asserted. Target: one update within a frame, 16 ms (median and p95).
// The same core calls with the same options as compute.ts (BAND_OPTIONS: 400 subjects every 6 h, seed 20261206).
import { drugById } from '../packages/core/dist/drugs/catalogue.js';
import { planDoseEvents } from '../packages/core/dist/pk/plan-dose-events.js';
import { populationBand } from '../packages/core/dist/pk/population-band.js';
import { populationModel } from '../packages/core/dist/pk/population-model.js';
import { parseRegimen } from '../packages/core/dist/regimen/parse-regimen.js';
import { planTaper } from '../packages/core/dist/taper/plan-taper.js';

const TARGET_MS = 16;
const BAND = { subjects: 400, stepH: 6, seed: 20_261_206 };
const WEIGHT_KG = 70;

const chartData = (plan) => {
  const drugs = [...new Set(plan.steps.flatMap((step) => step.dailyTotals.map((total) => total.drug)))];
  const x = [];
  const series = drugs.map(() => []);
  const startDay = Date.parse(`${plan.start}T00:00:00Z`);
  for (const step of plan.steps) {
    x.push((Date.parse(`${step.start}T00:00:00Z`) - startDay) / 86_400_000);
    for (const [i, drug] of drugs.entries())
      series[i].push((step.dailyTotals.find((d) => d.drug === drug)?.amountUg ?? 0) / 1000);
  }
  x.push(plan.totalDays);
  for (const values of series) values.push(values[values.length - 1] ?? 0);
  return [x, ...series];
};

const regimen = parseRegimen(['1mg@08:00', '1mg@22:00'], 'doses');
if (!regimen.ok) throw new Error(regimen.error.message);

// Each update is a parameter change, as the clinician makes them: cut and step length vary.
const CHANGES = [
  { cutPercent: 10, intervalDays: 14 },
  { cutPercent: 5, intervalDays: 14 },
  { cutPercent: 10, intervalDays: 28 },
  { cutPercent: 20, intervalDays: 14 },
];

let days = 0;
const update = (i, band = BAND) => {
  const plan = planTaper({
    drug: 'clonazepam',
    regimen: regimen.value,
    start: '2026-12-01',
    strategy: 'joint-2025',
    ...CHANGES[i % CHANGES.length],
  });
  if (!plan.ok) throw new Error(plan.error.message);
  days = Math.max(days, plan.value.totalDays);
  chartData(plan.value);
  const model = populationModel(drugById('clonazepam'), WEIGHT_KG);
  if (!model.ok) throw new Error(model.error.message);
  const doses = planDoseEvents(plan.value, 'clonazepam');
  populationBand(model.value, doses, { startH: 0, endH: plan.value.totalDays * 24, stepH: band.stepH }, band);
};

const timed = (label, fn, repeats = 200, warmups = 20) => {
  for (let i = 0; i < warmups; i++) fn(i);
  const samples = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))];
  const verdict = p95 <= TARGET_MS ? 'within' : 'OVER';
  console.log(
    `${label.padEnd(52)} median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   ${verdict} ${TARGET_MS} ms`,
  );
};

console.log(`Stepdown plan builder, one update (node ${process.version}); 2 mg/day clonazepam, joint-2025\n`);
timed('plan only', (i) => {
  const plan = planTaper({ drug: 'clonazepam', regimen: regimen.value, start: '2026-12-01', ...CHANGES[i % CHANGES.length] });
  if (!plan.ok) throw new Error(plan.error.message);
  chartData(plan.value);
});
timed(`plan + chart + band (${BAND.subjects} people, every ${BAND.stepH} h) [builder]`, (i) => update(i));
timed('  for scale: band of 1000 people, hourly', (i) => update(i, { ...BAND, subjects: 1000, stepH: 1 }), 30, 3);
console.log(`\n(longest plan: ${days} days; target: median and p95 ≤ ${TARGET_MS} ms)`);
