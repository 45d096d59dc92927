import { addDays, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { Finding } from '../dose-check/finding.js';
import { findDrug } from '../drugs/catalogue.js';
import type { Drug } from '../drugs/drug.js';
import { halfLifeClass } from '../drugs/half-life-class.js';
import { diazepamEquivalent } from '../equivalence/convert.js';
import { DEFAULT_EQUIVALENCE_TABLE, type EquivalenceTableId } from '../equivalence/tables.js';
import type { Regimen } from '../regimen/regimen.js';
import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';
import { formatMg } from '../units/format-dose.js';
import { minutesOfDay } from '../units/local-time.js';
import { type Micrograms, micrograms } from '../units/units.js';
import { allocateDoses, type ReduceFirst, type Slot } from './allocate-doses.js';
import { crossoverToDiazepam } from './crossover.js';
import { customSteps } from './custom-steps.js';
import { withDefaultTimes } from './default-times.js';
import { dispensingForStep } from './dispensing.js';
import { type DoseMaker, doseMaker, type FormulationChoice } from './dose-maker.js';
import type { PlanStep, StrategyId, TaperPlan } from './plan.js';
import { ashtonDirect } from './strategies/ashton-direct.js';
import { labelTaper, nardiTaper } from './strategies/fixed-amount.js';
import { HYPERBOLIC, hyperbolic } from './strategies/hyperbolic.js';
import { joint2025 } from './strategies/joint-2025.js';
import { MAX_INTERVALS_PER_STEP, type StrategyRules } from './strategies/strategy.js';

export const STRATEGIES: readonly StrategyId[] = ['joint-2025', 'ashton', 'label', 'nardi', 'hyperbolic', 'custom'];

export interface CustomStep {
  readonly days: number;
  readonly regimen: Regimen;
}

export interface TaperInput {
  readonly drug: string;
  /** The current regimen. Doses without a time get default times (stated in the plan). */
  readonly regimen: Regimen;
  /** The first day of the plan (core takes no clock: the caller chooses "today"). */
  readonly start: IsoDate;
  readonly strategy?: StrategyId;
  readonly cutPercent?: number;
  readonly intervalDays?: number;
  /** Use for under 3 months: the guideline allows a faster taper. */
  readonly shortTermUse?: boolean;
  /** Maintenance dose to stop at (default: zero). */
  readonly targetUg?: Micrograms;
  readonly reduceFirst?: ReduceFirst;
  /** `hold step N (1 = the first step) for D more days`. */
  readonly holds?: readonly { readonly step: number; readonly days: number }[];
  /** Ashton: switch to diazepam first, then reduce diazepam. */
  readonly via?: 'diazepam';
  readonly forms?: FormulationChoice;
  readonly hyperbolic?: { readonly kUg?: number; readonly sharePercent?: number };
  readonly custom?: readonly CustomStep[];
  readonly equivalenceTable?: EquivalenceTableId;
}

/**
 * The last cut to zero is necessarily 100%. It is allowed only from a low
 * dose: at most 5 mg diazepam-equivalent a day — clonazepam 0.25 mg/day, the
 * dose the label's own discontinuation (0.125 mg twice daily) and Nardi's
 * schedule stop from.
 */
export const FINAL_STOP = { maxDiazepamEquivalentUg: micrograms(5000), source: 'fda-klonopin-label' } as const;
export const FINAL_STOP_MAX_DE_UG = FINAL_STOP.maxDiazepamEquivalentUg;

/** A step under construction: doses and length, before dates and totals. */
export interface DraftStep {
  readonly kind: PlanStep['kind'];
  readonly days: number;
  readonly slots: readonly (Slot & { readonly drug: string })[];
  readonly note?: string;
}

export interface Draft {
  readonly steps: DraftStep[];
  readonly findings: Finding[];
}

const total = (slots: readonly Slot[]): number => slots.reduce((sum, slot) => sum + slot.amountUg, 0);

export const deUg = (drugId: string, amount: number, table: EquivalenceTableId): number =>
  amount === 0 ? 0 : (diazepamEquivalent(drugId, micrograms(amount), table)?.estimateUg ?? amount);

/** Which product would make the next cut possible, for the finding that says it cannot be made. */
const suggestion = (drug: Drug, maker: DoseMaker, ideal: number): string => {
  const hasOdt = drug.formulations.some((f) => f.kind === 'odt');
  const smallestOdt = drug.formulations
    .filter((f) => f.kind === 'odt')
    .reduce((min, f) => Math.min(min, f.strengthUg), Number.POSITIVE_INFINITY);
  const options: string[] = [];
  if (hasOdt && !maker.formulations.some((f) => f.kind === 'odt'))
    options.push(`${formatMg(micrograms(smallestOdt))} orally disintegrating tablets (--forms tablet,odt)`);
  if (!maker.liquid)
    options.push(
      `an oral liquid, e.g. 0.1 mg/mL measured with an oral syringe (--forms ${maker.formulations.some((f) => f.kind === 'odt') ? 'tablet,odt,' : 'tablet,'}liquid:0.1mg/ml)`,
    );
  if (drug.id !== 'diazepam') options.push('a switch to diazepam (--strategy ashton --via diazepam)');
  if (halfLifeClass(drug.pharmacokinetics.halfLife) === 'long')
    options.push('a slower pace with longer holds, agreed with the prescriber');
  return `The next cut (toward ${formatMg(micrograms(Math.max(0, Math.round(ideal))))} a day) cannot be made within the cap with the allowed products. Options: ${options.join('; ')}.`;
};

/**
 * Reduces a regimen step by step under a strategy's rules: each new daily
 * total is the makeable amount nearest the ideal whose cut stays within the
 * cap; when no single interval allows one, the step is lengthened (up to
 * MAX_INTERVALS_PER_STEP intervals), never cut faster. Ends at the target, or
 * with a finding when the products cannot make the next cut.
 */
export const reduceWithRules = (
  rules: StrategyRules,
  maker: DoseMaker,
  startSlots: readonly Slot[],
  targetUg: number,
  reduceFirst: ReduceFirst,
  table: EquivalenceTableId,
  draft: Draft,
): void => {
  const drug = maker.drug.id;
  let slots = [...startSlots];
  const startTotal = total(slots);
  for (let guard = 0; guard < 2000; guard++) {
    const current = total(slots);
    if (current <= targetUg) return;
    let next: { slots: Slot[]; intervals: number } | undefined;
    for (let intervals = 1; intervals <= MAX_INTERVALS_PER_STEP && !next; intervals++) {
      const ideal = Math.max(targetUg, rules.idealAfter(current, intervals, startTotal));
      const floor = Math.max(targetUg, current - rules.maxCutUg(current, intervals));
      const candidates: number[] = [];
      for (let amount = current - maker.stepUg; amount >= floor; amount -= maker.stepUg) candidates.push(amount);
      if (targetUg === 0 && floor === 0 && !candidates.includes(0)) candidates.push(0);
      // Nearest the ideal first; on a tie the larger dose (the smaller cut).
      candidates.sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal) || b - a);
      for (const amount of candidates) {
        const split = allocateDoses(slots, micrograms(amount), maker, reduceFirst);
        if (split) {
          next = { slots: split, intervals };
          break;
        }
      }
    }
    if (next) {
      slots = next.slots;
      const reached = total(slots);
      draft.steps.push({
        kind: reached === 0 ? 'stop' : 'reduce',
        // The step lasts the interval of the rule that made its cut (Nardi holds 1 mg for two weeks).
        days: reached === 0 ? 1 : next.intervals * rules.intervalDays(current),
        slots: slots.filter((slot) => slot.amountUg > 0).map((slot) => ({ ...slot, drug })),
      });
      if (reached === 0) return;
      continue;
    }
    if (targetUg === 0 && deUg(drug, current, table) <= FINAL_STOP_MAX_DE_UG) {
      draft.steps.push({
        kind: 'stop',
        days: 1,
        slots: [],
        note: `Stop from ${formatMg(micrograms(current))} a day, a low dose.`,
      });
      draft.findings.push({
        code: 'FINAL_STOP',
        severity: 'info',
        message: `The last step stops from ${formatMg(micrograms(current))} a day: at most 5 mg diazepam-equivalent, no more than the 0.25 mg a day of clonazepam the label's own discontinuation stops from. Smaller final steps need a liquid.`,
        source: FINAL_STOP.source,
      });
      return;
    }
    draft.findings.push({
      code: 'CUT_NOT_MAKEABLE',
      severity: 'warning',
      message: `${suggestion(maker.drug, maker, rules.idealAfter(current, 1, startTotal))} The plan ends at ${formatMg(micrograms(current))} a day until then.`,
      source: rules.sources[0] ?? 'joint-cpg-2025',
    });
    return;
  }
};

const strategyRules = (input: TaperInput, drug: Drug, table: EquivalenceTableId): Result<StrategyRules> => {
  const percent = {
    ...(input.cutPercent === undefined ? {} : { cutPercent: input.cutPercent }),
    ...(input.intervalDays === undefined ? {} : { intervalDays: input.intervalDays }),
    ...(input.shortTermUse === undefined ? {} : { shortTermUse: input.shortTermUse }),
  };
  switch (input.strategy ?? 'joint-2025') {
    case 'joint-2025':
      return joint2025(percent);
    case 'ashton':
      return ashtonDirect(percent);
    case 'label':
      return drug.id === 'clonazepam'
        ? ok(labelTaper())
        : err('STRATEGY_NOT_FOR_DRUG', 'The label strategy is the clonazepam label’s schedule.', {
            field: 'strategy',
            expected: 'joint-2025, ashton, nardi, hyperbolic or custom',
          });
    case 'nardi':
      return drug.id === 'clonazepam'
        ? ok(nardiTaper())
        : err('STRATEGY_NOT_FOR_DRUG', 'The Nardi schedule was studied for clonazepam.', {
            field: 'strategy',
            expected: 'joint-2025, ashton, hyperbolic or custom',
          });
    case 'hyperbolic': {
      // K is given in diazepam-equivalent; convert it to this drug's micrograms under the plan's table.
      const perDe = diazepamEquivalent(drug.id, micrograms(1_000_000), table)?.estimateUg;
      const kUg =
        input.hyperbolic?.kUg ??
        (perDe ? (HYPERBOLIC.defaultKDiazepamEquivalentUg * 1_000_000) / perDe : HYPERBOLIC.defaultKDiazepamEquivalentUg);
      return hyperbolic({
        kUg,
        ...(input.hyperbolic?.sharePercent === undefined ? {} : { sharePercent: input.hyperbolic.sharePercent }),
        ...(input.intervalDays === undefined ? {} : { intervalDays: input.intervalDays }),
      });
    }
    case 'custom':
      return err('STRATEGY_UNKNOWN', 'custom is planned from its own steps.', { field: 'strategy' });
  }
};

/** Adds the hold steps asked for: step N repeated for D more days, straight after it. */
const applyHolds = (steps: DraftStep[], holds: TaperInput['holds']): Result<DraftStep[]> => {
  const out = [...steps];
  const sorted = [...(holds ?? [])].sort((a, b) => b.step - a.step);
  for (const hold of sorted) {
    const step = steps[hold.step - 1];
    if (!step || step.kind === 'stop' || !(Number.isInteger(hold.days) && hold.days > 0 && hold.days <= 365)) {
      return err('HOLD_INVALID', `Cannot hold step ${hold.step} for ${hold.days} days.`, {
        field: 'hold',
        expected: `a step from 1 to ${steps.filter((s) => s.kind !== 'stop').length} and 1–365 days, e.g. 3:14d`,
      });
    }
    out.splice(hold.step, 0, { kind: 'hold', days: hold.days, slots: step.slots, note: `Hold of step ${hold.step}` });
  }
  return ok(out);
};

/** Turns drafts into dated, totalled steps with units. */
const finalise = (
  draft: readonly DraftStep[],
  start: IsoDate,
  makers: ReadonlyMap<string, DoseMaker>,
  table: EquivalenceTableId,
): PlanStep[] => {
  let day = start;
  let previousDe: number | undefined;
  return draft.map((step, index) => {
    const doses = step.slots
      .filter((slot) => slot.amountUg > 0)
      .toSorted((a, b) => minutesOfDay(a.time) - minutesOfDay(b.time) || a.drug.localeCompare(b.drug))
      .map((slot) => ({
        time: slot.time,
        drug: slot.drug,
        amountUg: slot.amountUg,
        units: makers.get(slot.drug)?.make(slot.amountUg) ?? [],
      }));
    const drugs = [...new Set(doses.map((dose) => dose.drug))];
    const dailyTotals = drugs.map((drug) => ({
      drug,
      amountUg: micrograms(doses.filter((dose) => dose.drug === drug).reduce((sum, dose) => sum + dose.amountUg, 0)),
    }));
    const de = dailyTotals.reduce((sum, t) => sum + deUg(t.drug, t.amountUg, table), 0);
    const cutPercent =
      previousDe === undefined ? null : previousDe === 0 ? 0 : Math.round(((previousDe - de) / previousDe) * 1000) / 10;
    previousDe = de;
    const planned: PlanStep = {
      index,
      start: day,
      end: addDays(day, step.days - 1),
      days: step.days,
      doses,
      dailyTotals,
      diazepamEquivalentUg: micrograms(de),
      cutPercent,
      kind: step.kind,
      ...(step.note === undefined ? {} : { note: step.note }),
    };
    day = addDays(day, step.days);
    return planned;
  });
};

const commonFindings = (strategy: StrategyId, assumedTimes: boolean, targetUg: number): Finding[] => [
  {
    code: 'DECISION_SUPPORT',
    severity: 'info',
    message:
      'A plan to discuss and agree with the prescriber, who adjusts it to how the person feels: slow down or pause if withdrawal symptoms become significant.',
    source: 'joint-cpg-2025',
  },
  {
    code: 'WATCH_AFTER_EACH_CUT',
    severity: 'info',
    message: 'With a long-acting drug, withdrawal symptoms after a cut can take 3–7 days to appear; check in daily.',
    source: 'racgp-2019',
  },
  ...(assumedTimes
    ? [
        {
          code: 'DOSE_TIMES_ASSUMED',
          severity: 'info' as const,
          message: 'Dose times were not given, so usual times were used (the last dose at 22:00). Change them to the real times.',
          source: 'joint-cpg-2025' as const,
        },
      ]
    : []),
  ...(targetUg > 0
    ? [
        {
          code: 'MAINTENANCE_TARGET',
          severity: 'info' as const,
          message: `The plan stops reducing at ${formatMg(micrograms(targetUg))} a day: a lower dose where benefits may outweigh risks is a valid goal.`,
          source: 'joint-cpg-2025' as const,
        },
      ]
    : []),
  ...(strategy === 'label'
    ? [
        {
          code: 'LABEL_TAPER_FAST',
          severity: 'warning' as const,
          message:
            'The label schedule (−0.25 mg a day every 3 days) is much faster than guideline tapers; it suits short-term use. After long-term use, a joint-2025 or Ashton plan is safer.',
          source: 'joint-cpg-2025' as const,
        },
      ]
    : []),
  ...(strategy === 'hyperbolic'
    ? [
        {
          code: 'HYPERBOLIC_MODEL',
          severity: 'info' as const,
          message:
            'Hyperbolic steps follow a relative effect curve E = D/(D+K); it is a model, not measured receptor occupancy. Its constant K is uncertain.',
          source: 'stepdown-derived-hyperbolic' as const,
          confidence: 'low' as const,
        },
      ]
    : []),
];

/**
 * Plans a taper: a pure function of its input. Returns a dated, step-by-step
 * schedule whose every dose can be made with the allowed products, whose
 * daily total never rises and whose cuts never exceed the strategy's cap.
 */
export const planTaper = (input: TaperInput): Result<TaperPlan> => {
  const found = findDrug(input.drug);
  if (!found.ok) return { ok: false, error: { ...found.error, field: 'drug' } };
  const drug = found.value;
  const strategy = input.strategy ?? 'joint-2025';
  if (!STRATEGIES.includes(strategy)) {
    return err('STRATEGY_UNKNOWN', `"${strategy}" is not a strategy.`, { field: 'strategy', expected: STRATEGIES.join(', ') });
  }
  const table = input.equivalenceTable ?? DEFAULT_EQUIVALENCE_TABLE;
  if (input.regimen.length === 0)
    return err('REGIMEN_EMPTY', 'No current dose was given.', { field: 'dose', expected: 'the current regimen' });
  const someTimed = input.regimen.some((dose) => dose.time !== undefined);
  if (someTimed && input.regimen.some((dose) => dose.time === undefined)) {
    return err('REGIMEN_MIXED_TIMES', 'Some doses have a time and some do not.', {
      field: 'dose',
      expected: 'either every dose with a time (0.5mg@08:00) or a count per day (0.5mg bid)',
    });
  }
  const { regimen, assumed } = withDefaultTimes(input.regimen);
  const makerResult = doseMaker(drug, input.forms ?? {});
  if (!makerResult.ok) return makerResult;
  const maker = makerResult.value;
  const notMakeable = regimen.find((dose) => !maker.make(dose.amountUg));
  if (notMakeable) {
    return err(
      'REGIMEN_NOT_MAKEABLE',
      `${formatMg(notMakeable.amountUg)} cannot be made with the allowed ${drug.name} products.`,
      {
        field: 'forms',
        expected: 'products that make the current doses, e.g. --forms tablet,odt or a liquid',
      },
    );
  }
  const slots: Slot[] = regimen.map((dose) => ({ time: dose.time as NonNullable<typeof dose.time>, amountUg: dose.amountUg }));
  const current = total(slots);
  const targetUg = input.targetUg ?? 0;
  if (targetUg >= current || (targetUg > 0 && !maker.make(micrograms(targetUg)))) {
    return err(
      'TARGET_INVALID',
      `A target of ${formatMg(micrograms(targetUg))} a day is not below the current ${formatMg(micrograms(current))} or cannot be made.`,
      {
        field: 'target',
        expected: 'zero, or a makeable maintenance dose below the current daily total',
      },
    );
  }
  const reduceFirst = input.reduceFirst ?? 'daytime';
  const draft: Draft = { steps: [], findings: commonFindings(strategy, assumed, targetUg) };
  const makers = new Map<string, DoseMaker>([[drug.id, maker]]);
  let rules: StrategyRules | undefined;
  let sources: SourceId[];
  let parameters: Record<string, string | number | boolean>;

  if (strategy === 'custom') {
    const custom = customSteps(input.custom ?? [], maker, current, table);
    if (!custom.ok) return custom;
    draft.steps.push(...custom.value.steps);
    draft.findings.push(...custom.value.findings);
    sources = ['joint-cpg-2025'];
    parameters = { steps: custom.value.steps.length };
  } else if (strategy === 'ashton' && input.via === 'diazepam') {
    const crossover = crossoverToDiazepam({ drug, maker, slots, input, table, draft });
    if (!crossover.ok) return crossover;
    makers.set('diazepam', crossover.value.diazepamMaker);
    sources = [...crossover.value.sources];
    parameters = crossover.value.parameters;
  } else {
    const rulesResult = strategyRules(input, drug, table);
    if (!rulesResult.ok) return rulesResult;
    rules = rulesResult.value;
    draft.steps.push({
      kind: 'start',
      days: rules.intervalDays(current),
      slots: slots.map((slot) => ({ ...slot, drug: drug.id })),
    });
    reduceWithRules(rules, maker, slots, targetUg, reduceFirst, table, draft);
    sources = [...rules.sources];
    parameters = { ...rules.parameters };
  }
  const held = applyHolds(draft.steps, input.holds);
  if (!held.ok) return held;
  const steps = finalise(held.value, input.start, makers, table);
  const last = steps.at(-1) as PlanStep;
  const allSources = [...new Set<SourceId>([...sources, ...draft.findings.map((f) => f.source)])];
  return ok({
    drug: drug.id,
    strategy,
    parameters: {
      ...parameters,
      targetMg: targetUg / 1000,
      reduceFirst,
      ...(input.holds?.length ? { holds: input.holds.map((h) => `${h.step}:${h.days}d`).join(',') } : {}),
    },
    sources: allSources,
    equivalenceTable: table,
    formulations: [...makers.values()].flatMap((m) => [
      ...m.formulations.map((f) => f.id),
      ...(m.liquid ? [m.liquid.formulationId] : []),
    ]),
    start: input.start,
    end: last.end,
    totalDays: daysBetween(input.start, last.end) + 1,
    steps,
    findings: draft.findings,
    dispensing: steps.map((step) => ({
      step: step.index,
      start: step.start,
      end: step.end,
      lines: dispensingForStep(step, makers),
    })),
  });
};
