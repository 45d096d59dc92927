// `npm run bench`: speed figures for the clinical core, printed, never asserted.
// Later issues add the planner, the PK model, the server and the web bundle.
import { checkDose, convertDose, mg, parseRegimen } from '@stepdown/core';

const measure = (name, iterations, fn) => {
  for (let i = 0; i < Math.min(1000, iterations); i++) fn(i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  const elapsedNs = Number(process.hrtime.bigint() - start);
  const perOpUs = elapsedNs / iterations / 1000;
  console.log(
    `${name.padEnd(64)} ${perOpUs.toFixed(2).padStart(9)} µs/op  ${Math.round(1e6 / perOpUs)
      .toLocaleString('en')
      .padStart(12)} ops/s`,
  );
};

const regimen = parseRegimen(['0.5mg@08:00', '1mg@22:00']);
if (!regimen.ok) throw new Error(regimen.error.message);

console.log(`Stepdown core benchmarks (node ${process.version})\n`);
measure('parseRegimen (2 doses)', 100_000, () => parseRegimen(['0.5mg@08:00', '1mg@22:00']));
measure('convertDose clonazepam → diazepam', 100_000, (i) =>
  convertDose({ from: 'clonazepam', to: 'diazepam', doseUg: mg(0.5) + (i % 100) }),
);
measure('checkDose clonazepam, panic, full context', 50_000, () =>
  checkDose({
    drug: 'clonazepam',
    indication: 'panic',
    regimen: regimen.value,
    ageYears: 70,
    durationDays: 400,
    coUse: ['opioids', 'alcohol'],
  }),
);

// Issue 3 target: plan + hourly PK over the whole taper from 2 mg/day + a 1000-subject band ≤ 50 ms.
const { planTaper, planDoseEvents, pkParameters, populationModel, concentrationSeries, populationBand, drugById } = await import(
  '@stepdown/core'
);
const twoMg = parseRegimen(['1mg@08:00', '1mg@22:00']);
if (!twoMg.ok) throw new Error(twoMg.error.message);
const clonazepam = drugById('clonazepam');
const params = pkParameters(clonazepam, 70);
const model = populationModel(clonazepam, 70);
if (!params.ok || !model.ok) throw new Error('no PK parameters');
for (const [label, forms] of [
  ['tablets + ODT', {}],
  ['with a 0.1 mg/mL liquid', { liquid: { concentrationUgPerMl: 100, stepUl: 100 } }],
]) {
  let days = 0;
  const run = (withBand, bandStepH = 1) => {
    const plan = planTaper({ drug: 'clonazepam', regimen: twoMg.value, start: '2026-12-01', forms });
    if (!plan.ok) throw new Error(plan.error.message);
    days = plan.value.totalDays;
    const doses = planDoseEvents(plan.value, 'clonazepam');
    const grid = { startH: 0, endH: days * 24, stepH: 1 };
    concentrationSeries(params.value, doses, grid);
    if (withBand) populationBand(model.value, doses, { ...grid, stepH: bandStepH }, { seed: 1, subjects: 1000 });
  };
  measure(`plan + hourly PK, 2 mg/day, ${label}`, 50, () => run(false));
  measure(`plan + hourly PK + 1000-subject band (${label})`, 10, () => run(true));
  measure(`  … with the band every 4 h (${label})`, 10, () => run(true, 4));
  console.log(`${''.padEnd(64)} (${days} days; target ≤ 50 ms = 50,000 µs)`);
}

console.log('\nPharmacokinetic model (bench/pk.mjs)\n');
await import('./pk.mjs');

console.log('\nWeb plan builder, one update (bench/plan-builder.mjs)\n');
await import('./plan-builder.mjs');

console.log('\nServer (bench/server.mjs)\n');
await import('./server.mjs');

// The web app's initial download (bench/bundle-size.mjs).
await import('./bundle-size.mjs');
