/**
 * Test support for the exports, not part of the public API: hand-built taper
 * plans in the shape the planner produces, and a strict RFC 4180 parser.
 * The plan helpers derive what a plan repeats (ends, totals, diazepam-
 * equivalents, cuts) so a fixture states only the choices a planner makes.
 */
import type * as FastCheck from 'fast-check';
import { addDays, dayNumber, fromDayNumber, type IsoDate } from '../dates/iso-date.js';
import { diazepamEquivalent } from '../equivalence/convert.js';
import { type DosePiece, makeDose } from '../formulations/make-dose.js';
import type { DoseUnits, LiquidMeasure, PlannedDose, PlanStep, TaperPlan } from '../taper/plan.js';
import { drugTotals } from '../taper/step-days.js';
import type { LocalTime } from '../units/local-time.js';
import { type Micrograms, micrograms } from '../units/units.js';
import { isLiquid } from './dose-text.js';
import { productById } from './products.js';

/** `count` whole tablets (or halves when `half`) of a catalogue formulation. */
export const piece = (formulationId: string, count: number, half = false): DosePiece => {
  const { formulation } = productById(formulationId);
  return {
    formulationId,
    kind: formulation.kind,
    pieceUg: micrograms(half ? formulation.strengthUg / 2 : formulation.strengthUg),
    half,
    count,
  };
};

/** A measured volume of a catalogue oral solution. */
export const liquid = (formulationId: string, volumeUl: number): LiquidMeasure => ({
  formulationId,
  kind: 'oral-solution',
  concentrationUgPerMl: productById(formulationId).formulation.strengthUg,
  volumeUl,
});

const unitsAmount = (units: DoseUnits): Micrograms =>
  isLiquid(units)
    ? micrograms((units[0].concentrationUgPerMl * units[0].volumeUl) / 1000)
    : micrograms((units as readonly DosePiece[]).reduce((sum, p) => sum + p.pieceUg * p.count, 0));

/** A dose at a time of day, its amount the sum of what is taken. */
export const dose = (time: string, drug: string, units: DoseUnits | readonly DosePiece[]): PlannedDose => ({
  time: time as LocalTime,
  drug,
  amountUg: unitsAmount(units as DoseUnits),
  units: units as DoseUnits,
});

export interface StepSpec {
  readonly days: number;
  readonly kind: PlanStep['kind'];
  readonly doses: readonly PlannedDose[];
  /** Makes an alternate-day step: these doses on its 2nd, 4th, 6th… day ([] for a drug-free day). */
  readonly alternateDoses?: readonly PlannedDose[];
  readonly note?: string;
}

const deOf = (drug: string, amount: Micrograms): number => {
  if (drug === 'diazepam') return amount;
  const estimate = diazepamEquivalent(drug, amount, 'ashton');
  if (!estimate) throw new RangeError(`no Ashton equivalent for ${drug}`);
  return estimate.estimateUg;
};

/** Builds a plan from consecutive steps starting on `start`. */
export const buildPlan = (drug: string, start: string, specs: readonly StepSpec[]): TaperPlan => {
  const steps: PlanStep[] = [];
  let from = start as IsoDate;
  let previousDe: number | null = null;
  for (const [index, spec] of specs.entries()) {
    const alternate = spec.alternateDoses;
    const first = drugTotals(spec.doses);
    const second = alternate
      ? drugTotals(
          alternate,
          first.map((t) => t.drug),
        )
      : [];
    const firstAll = alternate
      ? drugTotals(
          spec.doses,
          second.map((t) => t.drug),
        )
      : first;
    // An alternate-day step's daily totals are the average of its two days.
    const dailyTotals = alternate
      ? firstAll.map((t, i) => ({ drug: t.drug, amountUg: micrograms((t.amountUg + (second[i]?.amountUg ?? 0)) / 2) }))
      : first;
    const de = dailyTotals.reduce((sum, total) => sum + deOf(total.drug, total.amountUg), 0);
    const cutPercent =
      previousDe === null ? null : spec.kind === 'hold' || spec.kind === 'switch' ? 0 : ((previousDe - de) / previousDe) * 100;
    steps.push({
      index,
      start: from,
      end: addDays(from, spec.days - 1),
      days: spec.days,
      doses: spec.doses,
      ...(alternate
        ? { alternateDoses: alternate, pattern: { cycleDays: 2 as const, dayTotals: [firstAll, second] as const } }
        : {}),
      dailyTotals,
      diazepamEquivalentUg: micrograms(de),
      cutPercent,
      kind: spec.kind,
      ...(spec.note === undefined ? {} : { note: spec.note }),
    });
    previousDe = de;
    from = addDays(from, spec.days);
  }
  const formulations = [
    ...new Set(
      steps.flatMap((s) =>
        [...s.doses, ...(s.alternateDoses ?? [])].flatMap((d) =>
          (d.units as readonly { formulationId: string }[]).map((u) => u.formulationId),
        ),
      ),
    ),
  ];
  return {
    drug,
    strategy: 'custom',
    parameters: {},
    sources: [],
    equivalenceTable: 'ashton',
    formulations,
    start: start as IsoDate,
    end: addDays(from, -1),
    totalDays: specs.reduce((sum, spec) => sum + spec.days, 0),
    steps,
    findings: [],
    dispensing: [],
  };
};

const TAB_05 = 'clonazepam-tablet-0.5';
const TAB_1 = 'clonazepam-tablet-1';
const ODT_025 = 'clonazepam-odt-0.25';

/**
 * Clonazepam 0.5 mg at 08:00 + 1 mg at 22:00, tapered in three 14-day steps
 * (the third made with 0.25 mg ODTs), then a one-day stop step. It spans the
 * US (8 March) and EU (29 March) clock changes of 2026.
 */
export const CLONAZEPAM_PLAN: TaperPlan = buildPlan('clonazepam', '2026-03-02', [
  {
    days: 14,
    kind: 'start',
    doses: [dose('08:00', 'clonazepam', [piece(TAB_05, 1)]), dose('22:00', 'clonazepam', [piece(TAB_1, 1)])],
  },
  {
    days: 14,
    kind: 'reduce',
    doses: [
      dose('08:00', 'clonazepam', [piece(TAB_05, 1)]),
      dose('22:00', 'clonazepam', [piece(TAB_05, 1), piece(TAB_05, 1, true)]),
    ],
  },
  {
    days: 14,
    kind: 'reduce',
    doses: [dose('08:00', 'clonazepam', [piece(ODT_025, 1)]), dose('22:00', 'clonazepam', [piece(TAB_05, 1), piece(ODT_025, 1)])],
    note: 'Hold this step longer if withdrawal symptoms are hard to bear.',
  },
  { days: 1, kind: 'stop', doses: [] },
]);

/**
 * A switch from clonazepam to diazepam (Ashton style): one step with both
 * drugs at 22:00, one on diazepam alone, then a cut. It spans the EU
 * (25 October) and US (1 November) clock changes of 2026.
 */
export const CROSSOVER_PLAN: TaperPlan = buildPlan('clonazepam', '2026-10-19', [
  {
    days: 7,
    kind: 'start',
    doses: [dose('08:00', 'clonazepam', [piece(TAB_05, 1)]), dose('22:00', 'clonazepam', [piece(TAB_05, 1)])],
  },
  {
    days: 7,
    kind: 'switch',
    doses: [
      dose('08:00', 'clonazepam', [piece(TAB_05, 1)]),
      dose('22:00', 'clonazepam', [piece(TAB_05, 1, true)]),
      dose('22:00', 'diazepam', [piece('diazepam-tablet-5', 1)]),
    ],
  },
  {
    days: 7,
    kind: 'switch',
    doses: [
      dose('08:00', 'diazepam', [piece('diazepam-tablet-10', 1)]),
      dose('22:00', 'diazepam', [piece('diazepam-tablet-10', 1)]),
    ],
  },
  {
    days: 14,
    kind: 'reduce',
    doses: [
      dose('08:00', 'diazepam', [piece('diazepam-tablet-10', 1)]),
      dose('22:00', 'diazepam', [
        piece('diazepam-tablet-5', 1),
        piece('diazepam-tablet-2', 1),
        piece('diazepam-tablet-2', 1, true),
      ]),
    ],
  },
]);

/** Made from one product only (0.5 mg tablets, whole and halved), ending on a dosing step. */
export const SINGLE_PRODUCT_PLAN: TaperPlan = buildPlan('clonazepam', '2026-01-05', [
  {
    days: 28,
    kind: 'start',
    doses: [dose('08:00', 'clonazepam', [piece(TAB_05, 1)]), dose('20:00', 'clonazepam', [piece(TAB_05, 1)])],
  },
  {
    days: 28,
    kind: 'reduce',
    doses: [dose('08:00', 'clonazepam', [piece(TAB_05, 1, true)]), dose('20:00', 'clonazepam', [piece(TAB_05, 1)])],
  },
  { days: 28, kind: 'reduce', doses: [dose('20:00', 'clonazepam', [piece(TAB_05, 1, true)])] },
]);

/**
 * Alternate days (tablets only, clonazepam being long-acting): 0.75 mg a day
 * for a week; then 0.75 mg (0.25 mg at 08:00 + 0.5 mg at 22:00) and 0.5 mg
 * (at 22:00) on alternate days for 22 days, across the EU clock change of
 * 29 March 2026 (the 22:00 dose is the same on both days); 0.5 mg a day for
 * 14 days; 0.5 mg and 0.25 mg at 22:00 on alternate days for 14 days; 0.25 mg
 * and nothing on alternate days for 8 days, ending on a drug-free day; then a
 * one-day stop step.
 */
export const PATTERN_PLAN: TaperPlan = buildPlan('clonazepam', '2026-03-02', [
  {
    days: 7,
    kind: 'start',
    doses: [dose('08:00', 'clonazepam', [piece(TAB_05, 1, true)]), dose('22:00', 'clonazepam', [piece(TAB_05, 1)])],
  },
  {
    days: 22,
    kind: 'reduce',
    doses: [dose('08:00', 'clonazepam', [piece(TAB_05, 1, true)]), dose('22:00', 'clonazepam', [piece(TAB_05, 1)])],
    alternateDoses: [dose('22:00', 'clonazepam', [piece(TAB_05, 1)])],
    note: "Alternate days: 0.75 mg clonazepam on the step's first day, 0.5 mg the next, and so on (0.625 mg a day on average).",
  },
  { days: 14, kind: 'reduce', doses: [dose('22:00', 'clonazepam', [piece(TAB_05, 1)])] },
  {
    days: 14,
    kind: 'reduce',
    doses: [dose('22:00', 'clonazepam', [piece(TAB_05, 1)])],
    alternateDoses: [dose('22:00', 'clonazepam', [piece(TAB_05, 1, true)])],
  },
  {
    days: 8,
    kind: 'reduce',
    doses: [dose('22:00', 'clonazepam', [piece(TAB_05, 1, true)])],
    alternateDoses: [],
  },
  { days: 1, kind: 'stop', doses: [] },
]);

/** A liquid taper (UK clonazepam 0.5 mg/5 mL), for measured volumes. */
export const LIQUID_PLAN: TaperPlan = buildPlan('clonazepam', '2026-06-01', [
  { days: 10, kind: 'start', doses: [dose('21:00', 'clonazepam', [liquid('clonazepam-solution-0.1', 2500)])] },
  { days: 10, kind: 'reduce', doses: [dose('21:00', 'clonazepam', [liquid('clonazepam-solution-0.1', 2250)])] },
]);

/**
 * A strict RFC 4180 parser: records end CRLF (the last one too), a field is
 * either quoted (quotes inside doubled) or holds no quote, CR or LF. Anything
 * else throws, so a test that parses an export proves it is well formed.
 */
export const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`CSV: ${what} at offset ${i}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += text[i];
          i++;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') fail('quote or bare LF in an unquoted field');
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
    } else {
      fail('expected a comma or CRLF');
    }
  }
  if (record.length > 0) fail('last record does not end CRLF');
  return records;
};

const SOLID_FORMULATIONS: Readonly<Record<string, readonly string[]>> = {
  clonazepam: ['clonazepam-tablet-0.5', 'clonazepam-tablet-1', 'clonazepam-tablet-2', 'clonazepam-odt-0.25'],
  diazepam: ['diazepam-tablet-2', 'diazepam-tablet-5', 'diazepam-tablet-10'],
};
const STEP_UG: Readonly<Record<string, number>> = { clonazepam: 250, diazepam: 1000 };

/**
 * Random small clonazepam plans for property tests: 1–4 steps of 1–10 days
 * starting on any date in 2024–2030 (so across clock changes and leap days),
 * each with up to three doses at distinct times, of clonazepam (tablets,
 * halves, ODTs or liquid) or diazepam; a step with no doses is a stop step.
 * With `patterns`, a step with doses may alternate with a second day's doses
 * (any, none included, for any number of days: the exports must cope).
 * fast-check is passed in so that core never imports it.
 */
export const arbitraryPlan = (
  fc: typeof FastCheck,
  options: { readonly patterns?: boolean } = {},
): FastCheck.Arbitrary<TaperPlan> => {
  const doseArb = fc.record({
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    drug: fc.constantFrom('clonazepam', 'diazepam'),
    multiple: fc.integer({ min: 1, max: 8 }),
    asLiquid: fc.boolean(),
  });
  const dosesArb = fc.uniqueArray(doseArb, { maxLength: 3, selector: (d) => d.minute });
  const stepArb = fc.record({
    days: fc.integer({ min: 1, max: 10 }),
    doses: dosesArb,
    reduce: fc.boolean(),
    // With `patterns`, some steps alternate with a second day's doses (possibly none), of any length, odd too.
    alternate: options.patterns ? fc.option(dosesArb, { nil: undefined }) : fc.constant(undefined),
  });
  type DoseSpec = { minute: number; drug: string; multiple: number; asLiquid: boolean };
  const toDose = (d: DoseSpec): PlannedDose => {
    const time = `${String(Math.floor(d.minute / 60)).padStart(2, '0')}:${String(d.minute % 60).padStart(2, '0')}`;
    const amount = micrograms(d.multiple * (STEP_UG[d.drug] ?? 0));
    if (d.asLiquid && d.drug === 'clonazepam') return dose(time, d.drug, [liquid('clonazepam-solution-0.1', amount * 10)]);
    const formulations = (SOLID_FORMULATIONS[d.drug] ?? []).map((id) => productById(id).formulation);
    const pieces = makeDose(amount, formulations);
    if (!pieces) throw new RangeError(`cannot make ${amount} µg ${d.drug}`);
    return dose(time, d.drug, pieces);
  };
  return fc
    .record({
      start: fc.integer({ min: dayNumber('2024-01-01' as IsoDate), max: dayNumber('2030-12-31' as IsoDate) }),
      steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
    })
    .map(({ start, steps }) =>
      buildPlan(
        'clonazepam',
        fromDayNumber(start),
        steps.map((step, index) => ({
          days: step.days,
          kind: step.doses.length === 0 ? 'stop' : index === 0 ? 'start' : step.reduce ? 'reduce' : 'hold',
          doses: step.doses.map(toDose),
          ...(step.alternate && step.doses.length > 0 ? { alternateDoses: step.alternate.map(toDose) } : {}),
        })),
      ),
    );
};
