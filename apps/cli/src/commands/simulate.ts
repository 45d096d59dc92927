import { writeFileSync } from 'node:fs';
import { DEFAULT_SUBJECTS } from '@stepdown/core';
import { parseCommandArgs, rejectPositionals } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { MODEL_NOTICE, renderSimulation, seriesCsv, simulatePlan, simulationOptions } from '../simulation.js';
import { PLAN_OPTIONS, planFromArgs } from './plan.js';

export const SIMULATE_HELP = `Usage: stepdown simulate --drug <drug> --dose <dose> [--dose …] [plan options] [options]

Model blood levels over a taper plan (the same options as 'stepdown plan'): per step, the average
steady-state level, its fall from the previous step, and how long the body takes to settle.
${MODEL_NOTICE}

Options:
  --weight <kg>       body weight (default 70 kg)
  --subjects <n>      virtual people in the population band (default ${DEFAULT_SUBJECTS})
  --seed <n>          random seed for the band (default 1): the same seed gives the same band
  --every-hours <n>   resolution of the series in hours (default 1)
  --out <file.csv>    also write the series: time, date, typical, 5th, 50th and 95th percentile (ng/mL)
  --json              machine output only
`;

const SIMULATE_OPTIONS = {
  ...PLAN_OPTIONS,
  weight: { type: 'string' },
  subjects: { type: 'string' },
  seed: { type: 'string' },
  'every-hours': { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const simulateCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(args, SIMULATE_OPTIONS, 'simulate');
  if (values.help) {
    io.stdout(SIMULATE_HELP);
    return EXIT.ok;
  }
  rejectPositionals(positionals, 'simulate');
  const options = simulationOptions(values);
  const plan = planFromArgs(values);
  const simulation = simulatePlan(plan, options);
  if (values.out) writeFileSync(values.out, seriesCsv(plan, simulation));
  io.stdout(
    values.json
      ? printJson({
          drug: simulation.drug,
          weightKg: simulation.weightKg,
          parameters: simulation.parameters,
          steps: simulation.steps,
          notice: MODEL_NOTICE,
        })
      : renderSimulation(simulation),
  );
  return EXIT.ok;
};
