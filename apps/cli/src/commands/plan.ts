import {
  type CustomStep,
  type DrugTotal,
  EQUIVALENCE_TABLE_IDS,
  type FormulationChoice,
  formatMg,
  type IsoDate,
  type PlannedDose,
  parseDose,
  parseDuration,
  parseIsoDate,
  parseRegimen,
  pharmacySheetMarkdown,
  planCsv,
  planFhir,
  planIcal,
  planScheduleMarkdown,
  planTaper,
  type ReduceFirst,
  STRATEGIES,
  type StrategyId,
  type TaperInput,
  type TaperPlan,
  withMilligrams,
} from '@stepdown/core';
import { orUsage, parseCommandArgs, parseEquivalenceTable, parseWholeNumber, rejectPositionals } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { unitsText } from '../plan-units.js';
import { renderSimulation, simulatePlan, simulationOptions } from '../simulation.js';
import { renderTable } from '../table.js';
import { UsageError } from '../usage-error.js';

export const PLAN_FORMATS = ['table', 'json', 'csv', 'ics', 'fhir', 'print', 'pharmacy'] as const;

export const PLAN_HELP = `Usage: stepdown plan --drug <drug> --dose <dose> [--dose …] [options]

Plan a gradual taper, step by step, with doses the allowed products can make.
A plan supports a prescriber's decision; it does not replace it.

Options:
  --strategy <id>        ${STRATEGIES.join(' | ')} (default joint-2025)
  --cut <percent>        cut per step, e.g. 10% (joint-2025: 5–25, default 10; ashton: 5–10)
  --every <duration>     step length, e.g. 2w or 14d (joint-2025: 1–8 weeks, default 2w)
  --short-term           used for under 3 months: allows a faster rate
  --start <YYYY-MM-DD>   first day (default: today)
  --target <dose>        maintenance dose to stop at (default: zero)
  --via diazepam         with --strategy ashton: switch to diazepam first
  --forms <list>         tablet,odt,liquid:<mg>/ml[:<mL step>] (default tablet,odt)
  --market <US|UK>       only products sold there
  --hold <step:days>     hold step N for more days, e.g. 3:14d (repeatable)
  --reduce-first <which> daytime (default: keep the bedtime dose longest) | bedtime | even
  --patterns             long-acting drugs only: when no daily dose the products can make keeps a cut
                         within the cap, two doses on alternate days whose average does (e.g. 0.5 mg and
                         0.25 mg = 0.375 mg a day); refused with a warning for other drugs
  --share <percent>      hyperbolic: share of the effect removed per step (default 10%)
  --k <dose>             hyperbolic: curve constant in this drug (default 1 mg diazepam-equivalent)
  --step "<days>: <doses>"  custom: one step, e.g. --step "14d: 0.5mg@08:00, 1mg@22:00"; "7d: 0" to stop
  --source <table>       equivalence table for diazepam equivalents: ${EQUIVALENCE_TABLE_IDS.join(' | ')}
  --simulate             add modelled blood levels per step (a teaching aid; see 'stepdown simulate')
  --format <format>      ${PLAN_FORMATS.join(' | ')} (default table)
                         csv: one row per day · ics: calendar (import or subscribe) · fhir: R4 MedicationRequest
                         print: the patient's schedule · pharmacy: quantities per fill
  --plan-id <id>         ics/fhir: stable id so a re-imported plan replaces the old events (default from drug and start)
  --plan-version <n>     ics: raise it each time an updated plan is exported (default 0)
  --patient <reference>  fhir: the subject, e.g. Patient/123 (default: a display-only "Patient")
  --fill-days <n>        pharmacy: days per fill (default 28)

Example:
  stepdown plan --drug clonazepam --dose 0.5mg@08:00 --dose 1mg@22:00 --start 2026-12-01
`;

const parsePercent = (text: string, flag: string): number => {
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  if (!match)
    throw new UsageError('INVALID_PERCENT', `"${text}" is not a percentage.`, flag, 'a number with or without %, e.g. 10%');
  return Number(match[1]);
};

const parseDays = (text: string, flag: string): number => orUsage(parseDuration(text), flag).days;

/** `tablet,odt,liquid:0.1mg/ml` or `liquid:0.1mg/ml:0.2` (syringe step in mL). */
export const parseForms = (text: string): FormulationChoice => {
  const choice: { tablets: boolean; odt: boolean; liquid?: { concentrationUgPerMl: number; stepUl: number } } = {
    tablets: false,
    odt: false,
  };
  for (const item of text.split(',').map((part) => part.trim().toLowerCase())) {
    if (item === 'tablet' || item === 'tablets') choice.tablets = true;
    else if (item === 'odt') choice.odt = true;
    else if (item.startsWith('liquid')) {
      const match = /^liquid(?::([\d.]+\s*(?:mg|mcg|µg|ug))\/ml)?(?::([\d.]+))?$/.exec(item);
      const concentration = match?.[1] ? parseDose(match[1]) : { ok: true as const, value: 100 };
      const step = match?.[2] ? Math.round(Number(match[2]) * 1000) : 100;
      if (!match || !concentration.ok || !(step > 0)) {
        throw new UsageError(
          'FORMS_INVALID',
          `"${item}" is not a liquid.`,
          '--forms',
          'liquid:<concentration>/ml[:<mL step>], e.g. liquid:0.1mg/ml or liquid:0.1mg/ml:0.1',
        );
      }
      choice.liquid = { concentrationUgPerMl: concentration.value, stepUl: step };
    } else {
      throw new UsageError('FORMS_INVALID', `"${item}" is not a product kind.`, '--forms', 'tablet, odt, liquid:<mg>/ml');
    }
  }
  return choice;
};

const parseHold = (text: string): { step: number; days: number } => {
  const match = /^(\d+):(.+)$/.exec(text.trim());
  if (!match) throw new UsageError('HOLD_INVALID', `"${text}" is not a hold.`, '--hold', 'step:duration, e.g. 3:14d');
  return { step: Number(match[1]), days: parseDays(match[2] ?? '', '--hold') };
};

const parseCustomStep = (text: string, index: number): CustomStep => {
  const match = /^([^:]+):(.*)$/.exec(text.trim());
  if (!match)
    throw new UsageError(
      'STEP_INVALID',
      `"${text}" is not a step.`,
      `--step[${index}]`,
      '"<days>: <doses>", e.g. "14d: 0.5mg@08:00, 1mg@22:00"',
    );
  const days = parseDays(match[1] ?? '', `--step[${index}]`);
  const doses = (match[2] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '0');
  const regimen = doses.length === 0 ? [] : orUsage(parseRegimen(doses, `--step[${index}]`));
  return { days, regimen };
};

const today = (now: Date = new Date()): IsoDate => {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}` as IsoDate;
};

const dayText = (plan: TaperPlan, doses: readonly PlannedDose[]): string =>
  doses
    .map(
      (dose) =>
        `${dose.time} ${formatMg(dose.amountUg)}${dose.drug === plan.drug ? '' : ` ${dose.drug}`} (${unitsText(dose.units)})`,
    )
    .join(' · ');

/** `0.5 mg` (one drug) or `0.5 mg + 10 mg diazepam`; `none` for a drug-free day. */
const totalsText = (plan: TaperPlan, totals: readonly DrugTotal[]): string =>
  totals
    .filter((t) => t.amountUg > 0)
    .map((t) => `${formatMg(t.amountUg)}${t.drug === plan.drug ? '' : ` ${t.drug}`}`)
    .join(' + ') || 'none';

const dosesText = (plan: TaperPlan, index: number): string => {
  const step = plan.steps[index];
  if (step?.alternateDoses !== undefined && step.pattern !== undefined) {
    // An alternate-day step: both days' totals first, then each day's doses.
    const [first, second] = step.pattern.dayTotals;
    return `${totalsText(plan, first)} / ${totalsText(plan, second)} on alternate days — days 1, 3, 5…: ${dayText(plan, step.doses) || 'none'} | days 2, 4, 6…: ${dayText(plan, step.alternateDoses) || 'none'}`;
  }
  return dayText(plan, step?.doses ?? []) || 'none — stopped';
};

export const renderPlan = (plan: TaperPlan): string => {
  const first = plan.steps[0];
  const weeks = Math.round((plan.totalDays / 7) * 10) / 10;
  const params = Object.entries(plan.parameters)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  const lines = [
    `${plan.drug} taper — ${plan.strategy} (${params})`,
    `From ${first?.dailyTotals.map((t) => `${formatMg(t.amountUg)} ${t.drug}`).join(' + ')} a day on ${plan.start}; last step ends ${plan.end} (${plan.totalDays} days, about ${weeks} weeks).`,
    '',
    renderTable(
      ['STEP', 'DATES', 'DAYS', 'PER DAY', 'CUT', 'DOSES'],
      plan.steps.map((step, i) => [
        String(step.index + 1),
        `${step.start} – ${step.end}`,
        String(step.days),
        step.dailyTotals.length === 0
          ? '0'
          : `${step.dailyTotals
              .map((t) => `${formatMg(t.amountUg)}${t.drug === plan.drug ? '' : ` ${t.drug.slice(0, 3)}`}`)
              .join('+')}${step.alternateDoses === undefined ? '' : ' avg'}`,
        step.cutPercent === null
          ? '—'
          : step.kind === 'switch'
            ? 'switch'
            : step.kind === 'hold'
              ? 'hold'
              : `${step.cutPercent}%`,
        dosesText(plan, i),
      ]),
      120,
    ).trimEnd(),
    '',
    ...plan.findings.map((f) => `${f.severity === 'info' ? '·' : '!'} ${f.code}: ${f.message} [${f.source}]`),
    '',
    `Sources: ${plan.sources.join(', ')}`,
    'Stepdown supports decisions with a prescriber; it does not prescribe. Never stop a benzodiazepine abruptly.',
  ];
  return `${lines.join('\n')}\n`;
};

/** The plan as JSON: doses in mg, plus each step's single-drug daily total. */
export const planJson = (plan: TaperPlan): unknown =>
  withMilligrams({
    ...plan,
    steps: plan.steps.map((step) => ({
      ...step,
      dailyTotalUg: step.dailyTotals.length === 1 ? step.dailyTotals[0]?.amountUg : step.dailyTotals.length === 0 ? 0 : null,
    })),
  });

export const PLAN_OPTIONS = {
  drug: { type: 'string' },
  dose: { type: 'string', multiple: true },
  strategy: { type: 'string' },
  cut: { type: 'string' },
  every: { type: 'string' },
  'short-term': { type: 'boolean' },
  start: { type: 'string' },
  target: { type: 'string' },
  via: { type: 'string' },
  forms: { type: 'string' },
  market: { type: 'string' },
  hold: { type: 'string', multiple: true },
  'reduce-first': { type: 'string' },
  share: { type: 'string' },
  k: { type: 'string' },
  step: { type: 'string', multiple: true },
  source: { type: 'string' },
  format: { type: 'string' },
  simulate: { type: 'boolean' },
  'plan-id': { type: 'string' },
  'plan-version': { type: 'string' },
  patient: { type: 'string' },
  'fill-days': { type: 'string' },
  patterns: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type PlanValues = ReturnType<typeof parseCommandArgs<typeof PLAN_OPTIONS>>['values'];

/** Turns the command line into the planner's input; shared with `simulate`. */
export const planInput = (values: PlanValues): TaperInput => {
  if (!values.drug) throw new UsageError('MISSING_FLAG', 'plan needs --drug.', '--drug', 'a drug name, e.g. --drug clonazepam');
  const strategy = values.strategy ?? 'joint-2025';
  if (!(STRATEGIES as readonly string[]).includes(strategy)) {
    throw new UsageError('STRATEGY_UNKNOWN', `"${strategy}" is not a strategy.`, '--strategy', STRATEGIES.join(', '));
  }
  if (values.via !== undefined && (values.via !== 'diazepam' || strategy !== 'ashton')) {
    throw new UsageError(
      'VIA_INVALID',
      '--via works only as --strategy ashton --via diazepam.',
      '--via',
      'diazepam, with --strategy ashton',
    );
  }
  const reduceFirst = values['reduce-first'];
  if (reduceFirst !== undefined && !['daytime', 'bedtime', 'even'].includes(reduceFirst)) {
    throw new UsageError(
      'REDUCE_FIRST_INVALID',
      `"${reduceFirst}" is not an option.`,
      '--reduce-first',
      'daytime, bedtime or even',
    );
  }
  const market = values.market?.toUpperCase();
  if (market !== undefined && market !== 'US' && market !== 'UK')
    throw new UsageError('MARKET_INVALID', `"${values.market}" is not a market.`, '--market', 'US or UK');
  const table = parseEquivalenceTable(values.source);
  const forms = values.forms === undefined ? {} : parseForms(values.forms);
  const custom = (values.step ?? []).map(parseCustomStep);
  if (strategy === 'custom' && custom.length === 0)
    throw new UsageError(
      'CUSTOM_STEPS_MISSING',
      'A custom plan needs its steps.',
      '--step',
      '--step "14d: 0.5mg@08:00, 1mg@22:00" for each step',
    );
  const hyperbolic = {
    ...(values.share === undefined ? {} : { sharePercent: parsePercent(values.share, '--share') }),
    ...(values.k === undefined ? {} : { kUg: orUsage(parseDose(values.k), '--k') }),
  };
  return {
    drug: values.drug,
    regimen: orUsage(parseRegimen(values.dose ?? [], '--dose')),
    start: values.start === undefined ? today() : orUsage(parseIsoDate(values.start), '--start'),
    strategy: strategy as StrategyId,
    ...(values.cut === undefined ? {} : { cutPercent: parsePercent(values.cut, '--cut') }),
    ...(values.every === undefined ? {} : { intervalDays: parseDays(values.every, '--every') }),
    ...(values['short-term'] ? { shortTermUse: true } : {}),
    ...(values.target === undefined ? {} : { targetUg: orUsage(parseDose(values.target, { allowZero: true }), '--target') }),
    ...(values.via === 'diazepam' ? { via: 'diazepam' as const } : {}),
    forms: { ...forms, ...(market ? { market } : {}) },
    ...(values.hold ? { holds: values.hold.map(parseHold) } : {}),
    ...(reduceFirst ? { reduceFirst: reduceFirst as ReduceFirst } : {}),
    ...(Object.keys(hyperbolic).length ? { hyperbolic } : {}),
    ...(custom.length ? { custom } : {}),
    ...(table ? { equivalenceTable: table } : {}),
    ...(values.patterns ? { patterns: true } : {}),
  };
};

const FIELD_TO_FLAG: Record<string, string> = {
  drug: '--drug',
  dose: '--dose',
  cut: '--cut',
  every: '--every',
  forms: '--forms',
  hold: '--hold',
  target: '--target',
  strategy: '--strategy',
  share: '--share',
  k: '--k',
};

export const planFromArgs = (values: PlanValues): TaperPlan => orUsage(planTaper(planInput(values)), FIELD_TO_FLAG);

export const planCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(args, PLAN_OPTIONS, 'plan');
  if (values.help) {
    io.stdout(PLAN_HELP);
    return EXIT.ok;
  }
  rejectPositionals(positionals, 'plan');
  const format = values.format ?? 'table';
  if (!(PLAN_FORMATS as readonly string[]).includes(format))
    throw new UsageError('FORMAT_UNKNOWN', `"${format}" is not a format.`, '--format', PLAN_FORMATS.join(', '));
  const plan = planFromArgs(values);
  if (values.simulate && format !== 'table') {
    throw new UsageError(
      'SIMULATE_FORMAT',
      '--simulate adds a table to the table format.',
      '--simulate',
      "the table format, or 'stepdown simulate --json'",
    );
  }
  io.stdout(renderFormat(plan, format as (typeof PLAN_FORMATS)[number], values, clock()));
  if (values.simulate) {
    io.stdout(`\nModelled levels\n${renderSimulation(simulatePlan(plan, simulationOptions({})))}`);
  }
  return EXIT.ok;
};

/** The CLI is the edge: it may read the clock, which core never does. */
const clock = (): Date => new Date();

const planId = (plan: TaperPlan, given: string | undefined): string => {
  const id = given ?? `stepdown-${plan.drug}-${plan.start}`;
  if (!/^[A-Za-z0-9.-]{1,64}$/.test(id))
    throw new UsageError(
      'PLAN_ID_INVALID',
      `"${id}" is not a usable plan id.`,
      '--plan-id',
      'letters, digits, "." and "-", at most 64',
    );
  return id;
};

const renderFormat = (plan: TaperPlan, format: (typeof PLAN_FORMATS)[number], values: PlanValues, now: Date): string => {
  switch (format) {
    case 'table':
      return renderPlan(plan);
    case 'json':
      return printJson(planJson(plan));
    case 'csv':
      return planCsv(plan, { byteOrderMark: false });
    case 'ics': {
      const version =
        values['plan-version'] === undefined
          ? 0
          : parseWholeNumber(values['plan-version'], '--plan-version', 0, 1_000_000, 'a version number');
      return planIcal(plan, {
        planId: planId(plan, values['plan-id']),
        version,
        generatedAt: now.toISOString(),
        calendarName: `${plan.drug} taper`,
      });
    }
    case 'fhir': {
      const patient = values.patient;
      if (patient !== undefined && !/^[A-Za-z]+\/[A-Za-z0-9.-]{1,64}$/.test(patient)) {
        throw new UsageError(
          'PATIENT_INVALID',
          `"${patient}" is not a FHIR reference.`,
          '--patient',
          'ResourceType/id, e.g. Patient/123',
        );
      }
      return printJson(
        planFhir(plan, {
          subject: patient === undefined ? { display: 'Patient' } : { reference: patient },
          authoredOn: today(now),
          planId: planId(plan, values['plan-id']),
        }),
      );
    }
    case 'print':
      return planScheduleMarkdown(plan, { preparedOn: today(now) });
    case 'pharmacy': {
      const fillDays =
        values['fill-days'] === undefined
          ? undefined
          : parseWholeNumber(values['fill-days'], '--fill-days', 1, 365, 'a number of days');
      return pharmacySheetMarkdown(plan, { preparedOn: today(now), ...(fillDays === undefined ? {} : { fillDays }) });
    }
  }
};
