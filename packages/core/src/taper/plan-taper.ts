import { addDays, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { Finding } from '../dose-check/finding.js';
import { drugById, findDrug } from '../drugs/catalogue.js';
import type { Drug } from '../drugs/drug.js';
import { HALF_LIFE_CLASS_BOUNDS, halfLifeClass } from '../drugs/half-life-class.js';
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
import type { DayPattern, PlannedDose, PlanStep, StrategyId, TaperPlan } from './plan.js';
import { drugTotals } from './step-days.js';
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
  /**
   * Allow alternate-day steps (default false): when no single daily amount the
   * products can make keeps a cut within the cap, a two-day pattern whose
   * average does (e.g. 0.5 mg and 0.25 mg on alternate days). Only for a
   * long-acting drug; otherwise the plan says so (`PATTERN_NOT_SUITABLE`).
   * Custom steps are taken as written.
   */
  readonly patterns?: boolean;
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
  /** An alternate-day step: the slots of its 2nd, 4th, 6th… day (`slots` are those of its 1st, 3rd, 5th…). */
  readonly alternateSlots?: readonly (Slot & { readonly drug: string })[];
  readonly note?: string;
}

/** Options of `reduceWithRules` beyond the strategy's rules. */
export interface ReduceOptions {
  /** Allow alternate-day steps (the caller has checked that the drug is long-acting). */
  readonly patterns?: boolean;
}

export interface Draft {
  readonly steps: DraftStep[];
  readonly findings: Finding[];
}

const total = (slots: readonly Slot[]): number => slots.reduce((sum, slot) => sum + slot.amountUg, 0);

export const deUg = (drugId: string, amount: number, table: EquivalenceTableId): number =>
  amount === 0 ? 0 : (diazepamEquivalent(drugId, micrograms(amount), table)?.estimateUg ?? amount);

/** Which product would make the next cut possible, for the finding that says it cannot be made. */
const suggestion = (drug: Drug, maker: DoseMaker, ideal: number, patterns: boolean): string => {
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
  if (halfLifeClass(drug.pharmacokinetics.halfLife) === 'long') {
    if (!patterns) options.push('alternate-day doses whose average makes the cut, as this drug is long-acting (--patterns)');
    options.push('a slower pace with longer holds, agreed with the prescriber');
  }
  return `The next cut (toward ${formatMg(micrograms(Math.max(0, Math.round(ideal))))} a day) cannot be made within the cap with the allowed products. Options: ${options.join('; ')}.`;
};

/**
 * Alternate-day steps are offered only for long-acting drugs: when the
 * half-life (or an active metabolite's) is over a day, levels change little
 * from one day to the next, so the average of two days is what the body sees.
 */
export const patternsSuitable = (drug: Drug): boolean => halfLifeClass(drug.pharmacokinetics.halfLife) === 'long';

/** An alternate-day step lasts whole two-day cycles (rounded up: slower, never faster), so it ends on its lower day. */
const evenDays = (days: number): number => days + (days % 2);

const patternFinding = (drug: Drug): Finding => {
  const halfLife = drug.pharmacokinetics.halfLife;
  const metabolite = halfLife.activeMetaboliteH
    ? `, its active metabolite ${halfLife.activeMetaboliteH.name} ${halfLife.activeMetaboliteH.low}–${halfLife.activeMetaboliteH.high} h`
    : '';
  return {
    code: 'ALTERNATE_DAY_PATTERN',
    severity: 'info',
    message: `Some steps alternate two daily doses (every other day), because no single daily dose the products can make keeps the cut within the cap. This is a pattern for a long-acting drug: levels even out over days because of the long half-life (${drug.name} ${halfLife.typicalH.low}–${halfLife.typicalH.high} h${metabolite}), so the two days' average is the daily dose every cut and the final stop are measured on. Take the higher dose on the first day of the step, then alternate; mark the days on a calendar, and never make up a lower day with an extra dose.`,
    source: halfLife.source,
  };
};

/** `0.375 mg a day on average (0.5 mg and 0.25 mg on alternate days)`, or `0.5 mg a day`. */
const dailyText = (current: number, pattern: { readonly high: number; readonly low: number } | undefined): string =>
  pattern
    ? `${formatMg(micrograms(current))} a day on average (${formatMg(micrograms(pattern.high))} and ${pattern.low === 0 ? 'none' : formatMg(micrograms(pattern.low))} on alternate days)`
    : `${formatMg(micrograms(current))} a day`;

interface Pattern {
  readonly slots: Slot[];
  readonly alternate: Slot[];
  readonly average: number;
}

/**
 * The best two-day pattern for a cut from `current` (a daily total, or the
 * average of the current alternate-day step) to no less than `floor`: day
 * totals a > b, each split across the day's dose times from `slots` (the
 * current higher day, so a never exceeds it), with a + b even so the average
 * is whole micrograms. A drug-free day (b = 0) only near the end: when a is
 * itself a dose low enough to stop from, and not with a maintenance target.
 * Nearest the ideal; then the smaller cut; then the smaller swing between days.
 */
const bestPattern = (
  slots: readonly Slot[],
  current: number,
  floor: number,
  ideal: number,
  targetUg: number,
  maker: DoseMaker,
  reduceFirst: ReduceFirst,
  table: EquivalenceTableId,
): Pattern | undefined => {
  const high = total(slots);
  const step = maker.stepUg;
  if (!(step > 0)) return undefined;
  const days: [number, Slot[]][] = [];
  for (let amount = 0; amount <= high; amount += step) {
    const split = allocateDoses(slots, micrograms(amount), maker, reduceFirst);
    if (split) days.push([amount, split]);
  }
  let best: (Pattern & { readonly swing: number }) | undefined;
  for (const [a, aSlots] of days) {
    for (const [b, bSlots] of days) {
      if (b >= a || (a + b) % 2 !== 0) continue;
      const average = (a + b) / 2;
      if (average >= current || average < floor) continue;
      if (b === 0 && (targetUg > 0 || deUg(maker.drug.id, a, table) > FINAL_STOP_MAX_DE_UG)) continue;
      const order = best
        ? Math.abs(average - ideal) - Math.abs(best.average - ideal) || best.average - average || a - b - best.swing
        : -1;
      if (order < 0) best = { slots: aSlots, alternate: bSlots, average, swing: a - b };
    }
  }
  return best && { slots: best.slots, alternate: best.alternate, average: best.average };
};

/**
 * Reduces a regimen step by step under a strategy's rules: each new daily
 * total is the makeable amount nearest the ideal whose cut stays within the
 * cap; when no single interval allows one, the step is lengthened (up to
 * MAX_INTERVALS_PER_STEP intervals), never cut faster. With `patterns` (for a
 * long-acting drug), when no daily amount fits within a number of intervals a
 * two-day pattern whose average does is tried at that length, before a longer
 * step. Ends at the target, or with a finding when the products cannot make
 * the next cut.
 */
export const reduceWithRules = (
  rules: StrategyRules,
  maker: DoseMaker,
  startSlots: readonly Slot[],
  targetUg: number,
  reduceFirst: ReduceFirst,
  table: EquivalenceTableId,
  draft: Draft,
  options: ReduceOptions = {},
): void => {
  const drug = maker.drug.id;
  const withDrug = (from: readonly Slot[]) => from.filter((slot) => slot.amountUg > 0).map((slot) => ({ ...slot, drug }));
  // The slots of the current day (the higher day of an alternate-day step): the next split starts from them.
  let slots = [...startSlots];
  // The current daily total: on an alternate-day step, the average of its two days, which every cut is measured on.
  let current = total(slots);
  let pattern: { high: number; low: number } | undefined;
  const startTotal = current;
  for (let guard = 0; guard < 2000; guard++) {
    if (current <= targetUg) return;
    let next: { slots: Slot[]; alternate?: Slot[]; intervals: number } | undefined;
    for (let intervals = 1; intervals <= MAX_INTERVALS_PER_STEP && !next; intervals++) {
      const ideal = Math.max(targetUg, rules.idealAfter(current, intervals, startTotal));
      const floor = Math.max(targetUg, current - rules.maxCutUg(current, intervals));
      const candidates: number[] = [];
      // Makeable amounts are multiples of the maker's step; an average may fall between two of them.
      const below = Math.ceil(current / maker.stepUg) * maker.stepUg - maker.stepUg;
      for (let amount = below; amount >= floor; amount -= maker.stepUg) candidates.push(amount);
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
      if (!next && options.patterns) {
        const found = bestPattern(slots, current, floor, ideal, targetUg, maker, reduceFirst, table);
        if (found) next = { slots: found.slots, alternate: found.alternate, intervals };
      }
    }
    if (next?.alternate) {
      const high = total(next.slots);
      const low = total(next.alternate);
      const average = (high + low) / 2;
      draft.steps.push({
        kind: 'reduce',
        days: evenDays(next.intervals * rules.intervalDays(current)),
        slots: withDrug(next.slots),
        alternateSlots: withDrug(next.alternate),
        note: `Alternate days: ${formatMg(micrograms(high))} ${maker.drug.name} on the step's first day, ${low === 0 ? 'none' : formatMg(micrograms(low))} the next, and so on (${formatMg(micrograms(average))} a day on average).`,
      });
      if (!draft.findings.some((f) => f.code === 'ALTERNATE_DAY_PATTERN')) draft.findings.push(patternFinding(maker.drug));
      slots = next.slots;
      current = average;
      pattern = { high, low };
      continue;
    }
    if (next) {
      slots = next.slots;
      const reached = total(slots);
      draft.steps.push({
        kind: reached === 0 ? 'stop' : 'reduce',
        // The step lasts the interval of the rule that made its cut (Nardi holds 1 mg for two weeks).
        days: reached === 0 ? 1 : next.intervals * rules.intervalDays(current),
        slots: withDrug(slots),
      });
      current = reached;
      pattern = undefined;
      if (reached === 0) return;
      continue;
    }
    if (targetUg === 0 && deUg(drug, current, table) <= FINAL_STOP_MAX_DE_UG) {
      draft.steps.push({
        kind: 'stop',
        days: 1,
        slots: [],
        note: `Stop from ${dailyText(current, pattern)}, a low dose.`,
      });
      draft.findings.push({
        code: 'FINAL_STOP',
        severity: 'info',
        message: `The last step stops from ${dailyText(current, pattern)}: at most 5 mg diazepam-equivalent, no more than the 0.25 mg a day of clonazepam the label's own discontinuation stops from. Smaller final steps need a liquid.`,
        source: FINAL_STOP.source,
      });
      return;
    }
    draft.findings.push({
      code: 'CUT_NOT_MAKEABLE',
      severity: 'warning',
      message: `${suggestion(maker.drug, maker, rules.idealAfter(current, 1, startTotal), options.patterns === true)} The plan ends at ${dailyText(current, pattern)} until then.`,
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
    if (step.alternateSlots) {
      // An alternate-day hold keeps whole two-day cycles, so the days keep alternating into the next step.
      const days = evenDays(hold.days);
      out.splice(hold.step, 0, {
        kind: 'hold',
        days,
        slots: step.slots,
        alternateSlots: step.alternateSlots,
        note: `Hold of step ${hold.step}, on alternate days as before${days === hold.days ? '' : ` (${days} days: whole two-day cycles)`}`,
      });
      continue;
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
  const toDoses = (slots: DraftStep['slots']): PlannedDose[] =>
    slots
      .filter((slot) => slot.amountUg > 0)
      .toSorted((a, b) => minutesOfDay(a.time) - minutesOfDay(b.time) || a.drug.localeCompare(b.drug))
      .map((slot) => ({
        time: slot.time,
        drug: slot.drug,
        amountUg: slot.amountUg,
        units: makers.get(slot.drug)?.make(slot.amountUg) ?? [],
      }));
  return draft.map((step, index) => {
    const doses = toDoses(step.slots);
    const alternateDoses = step.alternateSlots ? toDoses(step.alternateSlots) : undefined;
    let dailyTotals = drugTotals(doses);
    let pattern: DayPattern | undefined;
    if (alternateDoses) {
      // Alternate days: the step's daily total is the average of its two days (whole micrograms by construction).
      const drugs = dailyTotals.map((t) => t.drug);
      const second = drugTotals(alternateDoses, drugs);
      const first = drugTotals(
        doses,
        second.map((t) => t.drug),
      );
      pattern = { cycleDays: 2, dayTotals: [first, second] };
      dailyTotals = first.map((t, i) => ({ drug: t.drug, amountUg: micrograms((t.amountUg + (second[i]?.amountUg ?? 0)) / 2) }));
    }
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
      ...(alternateDoses && pattern ? { alternateDoses, pattern } : {}),
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
  // Alternate days suit only a long-acting drug: the one reduced (diazepam after a switch). Custom steps are taken as written.
  const reduced = strategy === 'ashton' && input.via === 'diazepam' ? drugById('diazepam') : drug;
  const patterns = input.patterns === true && strategy !== 'custom' && patternsSuitable(reduced);
  if (input.patterns === true && strategy !== 'custom' && !patterns) {
    const halfLife = reduced.pharmacokinetics.halfLife;
    draft.findings.push({
      code: 'PATTERN_NOT_SUITABLE',
      severity: 'warning',
      message: `Alternate-day doses were asked for, but they suit only a long-acting drug, whose levels even out over days. ${reduced.name} has a ${halfLifeClass(halfLife)} half-life (${halfLife.typicalH.low}–${halfLife.typicalH.high} h), so levels would rise and fall from one day to the next: every step keeps the same dose each day.`,
      source: HALF_LIFE_CLASS_BOUNDS.source,
    });
  }
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
    const crossover = crossoverToDiazepam({ drug, maker, slots, input, table, draft, patterns });
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
    reduceWithRules(rules, maker, slots, targetUg, reduceFirst, table, draft, { patterns });
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
      ...(patterns ? { patterns: true } : {}),
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
