import {
  concentrationSeries,
  DEFAULT_SUBJECTS,
  drugById,
  formatMg,
  type PkParameters,
  type PopulationBand,
  pkParameters,
  planDateAt,
  planDoseEvents,
  populationBand,
  populationModel,
  REFERENCE_WEIGHT_KG,
  type StepPkSummary,
  stepSummaries,
  type TaperPlan,
} from '@stepdown/core';
import { orUsage, parseWholeNumber } from './args.js';
import { renderTable } from './table.js';
import { UsageError } from './usage-error.js';

export const MODEL_NOTICE =
  'Modelled levels: a one-compartment model with typical published parameters — a teaching and planning aid, not a measurement or a prediction of anyone’s own levels.';

export interface Simulation {
  readonly drug: string;
  readonly weightKg: number;
  readonly parameters: PkParameters;
  readonly steps: readonly StepPkSummary[];
  readonly series: { readonly timesH: Float64Array; readonly typical: Float64Array; readonly band: PopulationBand };
}

/** Runs the model over a plan for its main drug. */
export const simulatePlan = (
  plan: TaperPlan,
  options: { weightKg: number; subjects: number; seed: number; stepH: number },
): Simulation => {
  const drug = drugById(plan.drug);
  const parameters = orUsage(pkParameters(drug, options.weightKg), '--drug');
  const model = orUsage(populationModel(drug, options.weightKg), '--drug');
  const doses = planDoseEvents(plan, drug.id);
  const grid = { startH: 0, endH: plan.totalDays * 24, stepH: options.stepH };
  const typical = concentrationSeries(parameters, doses, grid);
  const band = populationBand(model, doses, grid, { seed: options.seed, subjects: options.subjects });
  return {
    drug: drug.id,
    weightKg: options.weightKg,
    parameters,
    steps: stepSummaries(parameters, plan),
    series: { timesH: band.timesH, typical, band },
  };
};

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

export const renderSimulation = (simulation: Simulation): string => {
  const p = simulation.parameters;
  const lines = [
    `${simulation.drug}, ${simulation.weightKg} kg: CL/F ${round(p.clearanceLPerH)} L/h, V/F ${round(p.volumeL, 0)} L, ka ${round(p.ka)} /h, half-life ${round(p.halfLifeH, 1)} h`,
    '',
    renderTable(
      ['STEP', 'STARTS', 'PER DAY', 'AVERAGE', 'PEAK–TROUGH', 'FALL', 'SETTLES (90%)'],
      simulation.steps.map((s) => [
        String(s.index + 1),
        s.start,
        formatMg(s.dailyDoseUg),
        `${round(s.averageNgPerMl)} ng/mL`,
        `${round(s.peakNgPerMl)}–${round(s.troughNgPerMl)}`,
        s.dropPercent === null ? '—' : `${round(s.dropPercent, 1)}%`,
        `${round(s.timeTo90PercentH / 24, 1)} days${s.reaches90PercentWithinStep ? '' : ' (not within the step)'}`,
      ]),
    ).trimEnd(),
    '',
    `Population band: ${simulation.series.band.subjects} virtual people (seed ${simulation.series.band.seed}), between-person variability on clearance and volume.`,
    MODEL_NOTICE,
  ];
  return `${lines.join('\n')}\n`;
};

export const seriesCsv = (plan: TaperPlan, simulation: Simulation): string => {
  const { timesH, typical, band } = simulation.series;
  const rows = ['time_h,date,typical_ng_per_ml,p5_ng_per_ml,p50_ng_per_ml,p95_ng_per_ml'];
  for (let i = 0; i < timesH.length; i++) {
    const t = timesH[i] ?? 0;
    rows.push(
      [t, planDateAt(plan, t), typical[i], band.p5[i], band.p50[i], band.p95[i]]
        .map((v) => (typeof v === 'number' ? round(v, 4) : v))
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
};

export const simulationOptions = (values: {
  weight?: string | undefined;
  subjects?: string | undefined;
  seed?: string | undefined;
  'every-hours'?: string | undefined;
}) => {
  const weight =
    values.weight === undefined
      ? REFERENCE_WEIGHT_KG
      : Number(/^(\d+(?:\.\d+)?)\s*(kg)?$/i.exec(values.weight.trim())?.[1] ?? Number.NaN);
  if (!(weight >= 3 && weight <= 350))
    throw new UsageError(
      'INVALID_WEIGHT',
      `"${values.weight}" is not a body weight.`,
      '--weight',
      'a weight in kg from 3 to 350, e.g. 70kg',
    );
  return {
    weightKg: weight,
    subjects:
      values.subjects === undefined
        ? DEFAULT_SUBJECTS
        : parseWholeNumber(values.subjects, '--subjects', 1, 10_000, 'a number of virtual people'),
    seed: values.seed === undefined ? 1 : parseWholeNumber(values.seed, '--seed', 0, 2 ** 31 - 1, 'a seed'),
    stepH:
      values['every-hours'] === undefined
        ? 1
        : parseWholeNumber(values['every-hours'], '--every-hours', 1, 24, 'hours between points'),
  };
};
