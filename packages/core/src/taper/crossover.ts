import { drugById } from '../drugs/catalogue.js';
import type { Drug } from '../drugs/drug.js';
import type { EquivalenceTableId } from '../equivalence/tables.js';
import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';
import { formatMg } from '../units/format-dose.js';
import { mg, micrograms } from '../units/units.js';
import type { Slot } from './allocate-doses.js';
import { DEFAULT_LIQUID_STEP_UL, type DoseMaker, doseMaker } from './dose-maker.js';
import { type Draft, deUg, reduceWithRules, type TaperInput } from './plan-taper.js';
import type { StrategyRules } from './strategies/strategy.js';

/**
 * Ashton via diazepam. The switch is stepwise: one dose at a time, the
 * evening dose first, up to 10 mg diazepam-equivalent per stage, each stage
 * held a week (the Joint CPG: switch over 1–2 weeks, not 1–2 days). Then
 * diazepam falls by the NICE CKS bands adapted from Ashton.
 */
export const CROSSOVER = {
  stageMaxDeUg: mg(10),
  stageDays: 7,
  defaultIntervalDays: 14,
  intervalDaysRange: { low: 7, high: 14 },
  /** Licensed diazepam oral solution, 1 mg/mL (US), used when a liquid is allowed. */
  diazepamLiquidUgPerMl: 1000,
  bands: [
    { aboveUg: mg(20), cutLowUg: mg(2), cutHighUg: mg(4) },
    { aboveUg: mg(10), cutLowUg: mg(1), cutHighUg: mg(2) },
    { aboveUg: mg(5), cutLowUg: mg(1), cutHighUg: mg(1) },
    { aboveUg: 0, cutLowUg: mg(0.5), cutHighUg: mg(1) },
  ],
  source: 'nice-cks-benzodiazepine-withdrawal',
} as const;

const band = (current: number) => CROSSOVER.bands.find((b) => current > b.aboveUg) ?? CROSSOVER.bands[3];

export const diazepamBands = (intervalDays: number): StrategyRules => ({
  id: 'ashton',
  sources: ['nice-cks-benzodiazepine-withdrawal', 'ashton-manual'],
  parameters: {},
  intervalDays: () => intervalDays,
  // The slower end of each band; the cap is its faster end.
  idealAfter: (current, intervals) => current - intervals * band(current).cutLowUg,
  maxCutUg: (current, intervals) => intervals * band(current).cutHighUg,
  capText: 'the NICE CKS diazepam bands (2–4 mg to 20 mg, 1–2 mg to 10 mg, 1 mg to 5 mg, 0.5–1 mg to zero)',
});

export interface CrossoverContext {
  readonly drug: Drug;
  readonly maker: DoseMaker;
  readonly slots: readonly Slot[];
  readonly input: TaperInput;
  readonly table: EquivalenceTableId;
  readonly draft: Draft;
  /** Allow alternate-day steps while diazepam is reduced (long-acting). */
  readonly patterns?: boolean;
}

export const crossoverToDiazepam = (
  context: CrossoverContext,
): Result<{ diazepamMaker: DoseMaker; sources: readonly SourceId[]; parameters: Record<string, string | number | boolean> }> => {
  const { drug, slots, input, table, draft } = context;
  const interval = input.intervalDays ?? CROSSOVER.defaultIntervalDays;
  if (
    !(Number.isInteger(interval) && interval >= CROSSOVER.intervalDaysRange.low && interval <= CROSSOVER.intervalDaysRange.high)
  ) {
    return err('INTERVAL_OUT_OF_RANGE', `A step of ${interval} days is outside the Ashton strategy's range.`, {
      field: 'every',
      expected: '7–14 days (1–2 weeks)',
    });
  }
  if ((input.targetUg ?? 0) > 0) {
    return err('TARGET_WITH_CROSSOVER', 'A maintenance target is not supported with a switch to diazepam yet.', {
      field: 'target',
      expected: 'no target (taper to zero) with --via diazepam',
    });
  }
  const diazepam = drugById('diazepam');
  const liquid = input.forms?.liquid
    ? { concentrationUgPerMl: CROSSOVER.diazepamLiquidUgPerMl, stepUl: DEFAULT_LIQUID_STEP_UL }
    : undefined;
  const made = doseMaker(diazepam, {
    tablets: true,
    odt: false,
    ...(liquid ? { liquid } : {}),
    ...(input.forms?.market ? { market: input.forms.market } : {}),
  });
  if (!made.ok) return made;
  const diazepamMaker = made.value;

  // Current state per time: the old drug's amount and the diazepam that has replaced part of it.
  const state = slots.map((slot) => ({ time: slot.time, old: slot.amountUg as number, diazepam: 0 }));
  const snapshot = () =>
    state.flatMap((s) => [
      ...(s.old > 0 ? [{ time: s.time, amountUg: micrograms(s.old), drug: drug.id }] : []),
      ...(s.diazepam > 0 ? [{ time: s.time, amountUg: micrograms(s.diazepam), drug: 'diazepam' }] : []),
    ]);
  if (drug.id !== 'diazepam') {
    // Evening first: Ashton's stepwise switch starts with the night-time dose.
    const order = state.map((_, i) => i).reverse();
    for (const index of order) {
      const s = state[index];
      if (!s) continue;
      while (s.old > 0) {
        const perDeUg = deUg(drug.id, 1_000_000, table) / 1_000_000;
        const stageOld = Math.min(s.old, Math.floor(CROSSOVER.stageMaxDeUg / perDeUg));
        const swapOld = stageOld > 0 ? stageOld : s.old;
        const remainingOld = s.old - swapOld;
        if (remainingOld > 0 && !context.maker.make(micrograms(remainingOld))) {
          return err(
            'CROSSOVER_NOT_MAKEABLE',
            `The switch would leave ${formatMg(micrograms(remainingOld))} ${drug.name}, which cannot be made.`,
            { field: 'forms', expected: 'products that make smaller doses, e.g. --forms tablet,odt' },
          );
        }
        // Round the diazepam down to a makeable amount, so a switch never raises the dose.
        const wanted = deUg(drug.id, swapOld, table);
        const options = diazepamMaker.amountsUpTo(micrograms(s.diazepam + wanted));
        const newDiazepam = options.at(-1) ?? 0;
        if (newDiazepam <= s.diazepam) {
          return err('CROSSOVER_NOT_MAKEABLE', `${formatMg(micrograms(wanted))} diazepam cannot be made.`, {
            field: 'forms',
            expected: 'diazepam tablets (2, 5, 10 mg) or its oral liquid',
          });
        }
        s.old = remainingOld;
        s.diazepam = newDiazepam;
        draft.steps.push({
          kind: 'switch',
          days: CROSSOVER.stageDays,
          slots: snapshot(),
          note: `Switch ${formatMg(micrograms(swapOld))} ${drug.name} at ${s.time} to diazepam`,
        });
      }
    }
    draft.findings.push({
      code: 'CROSSOVER',
      severity: 'info',
      message: `${drug.name} is switched to diazepam one dose at a time, the evening dose first, a week per stage, before diazepam is reduced. Equivalents are approximate: tell the prescriber about drowsiness or withdrawal during the switch.`,
      source: 'joint-cpg-2025',
    });
  } else {
    draft.steps.push({ kind: 'start', days: interval, slots: snapshot() });
  }
  const diazepamSlots = state.filter((s) => s.diazepam > 0).map((s) => ({ time: s.time, amountUg: micrograms(s.diazepam) }));
  reduceWithRules(diazepamBands(interval), diazepamMaker, diazepamSlots, 0, input.reduceFirst ?? 'daytime', table, draft, {
    patterns: context.patterns === true,
  });
  return ok({
    diazepamMaker,
    sources: ['ashton-manual', 'nice-cks-benzodiazepine-withdrawal', 'joint-cpg-2025'],
    parameters: {
      via: 'diazepam',
      stageDays: CROSSOVER.stageDays,
      stageMaxDeMg: CROSSOVER.stageMaxDeUg / 1000,
      intervalDays: interval,
    },
  });
};
