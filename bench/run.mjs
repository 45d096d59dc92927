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
    `${name.padEnd(44)} ${perOpUs.toFixed(2).padStart(9)} µs/op  ${Math.round(1e6 / perOpUs)
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
