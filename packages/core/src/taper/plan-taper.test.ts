import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date.js';
import { parseRegimen } from '../regimen/parse-regimen.js';
import type { Regimen } from '../regimen/regimen.js';
import type { LocalTime } from '../units/local-time.js';
import { micrograms } from '../units/units.js';
import type { TaperPlan } from './plan.js';
import { planViolations } from './plan-invariants.js';
import { FINAL_STOP_MAX_DE_UG, planTaper, type TaperInput } from './plan-taper.js';
import { JOINT_2025 } from './strategies/joint-2025.js';

const START = '2026-12-01' as IsoDate;
const regimen = (...entries: string[]): Regimen => {
  const r = parseRegimen(entries);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const plan = (input: Partial<TaperInput>): TaperPlan => {
  const r = planTaper({ drug: 'clonazepam', regimen: regimen('0.5mg@08:00', '1mg@22:00'), start: START, ...input });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  expect(planViolations(r.value)).toEqual([]);
  return r.value;
};
const totals = (p: TaperPlan): number[] => p.steps.map((s) => s.dailyTotals.reduce((sum, t) => sum + t.amountUg, 0));
const LIQUID = { liquid: { concentrationUgPerMl: 100, stepUl: 100 } };

describe('planTaper', () => {
  // Joint CPG 2025: 10% every 2 weeks by default; never more than 25% every 2 weeks.
  it('joint-2025 cuts about 10% every two weeks, to zero', () => {
    const p = plan({ forms: LIQUID });
    expect(p.strategy).toBe('joint-2025');
    expect(p.parameters).toMatchObject({ cutPercent: 10, intervalDays: 14 });
    expect(p.steps[0]).toMatchObject({ kind: 'start', start: START, days: 14, cutPercent: null });
    expect(totals(p).slice(0, 4)).toEqual([1500, 1350, 1220, 1100]);
    expect(p.steps.at(-1)).toMatchObject({ kind: 'stop', doses: [] });
    for (const step of p.steps.slice(1, 10)) expect(step.cutPercent).toBeGreaterThan(5);
  });

  it('keeps the bedtime dose longest by default', () => {
    const p = plan({ forms: LIQUID });
    const second = p.steps[1]?.doses ?? [];
    expect(second.map((d) => [d.time, d.amountUg])).toEqual([
      ['08:00', 350],
      ['22:00', 1000],
    ]);
    const bedtimeFirst = plan({ forms: LIQUID, reduceFirst: 'bedtime' }).steps[1]?.doses ?? [];
    expect(bedtimeFirst.map((d) => d.amountUg)).toEqual([500, 850]);
  });

  it('lists the tablets for each dose and what to dispense', () => {
    const p = plan({});
    const step1 = p.steps[1];
    expect(step1?.doses.map((d) => d.amountUg)).toEqual([375, 1000]);
    // 0.375 mg: one 0.25 mg and one 0.125 mg dissolving tablet (fewest pieces, whole before halves).
    expect(step1?.doses[0]?.units).toEqual([
      { formulationId: 'clonazepam-odt-0.25', kind: 'odt', pieceUg: 250, half: false, count: 1 },
      { formulationId: 'clonazepam-odt-0.125', kind: 'odt', pieceUg: 125, half: false, count: 1 },
    ]);
    expect(p.dispensing[1]?.lines.map((l) => [l.formulationId, l.quantity])).toEqual([
      ['clonazepam-odt-0.125', 14],
      ['clonazepam-odt-0.25', 14],
      ['clonazepam-tablet-1', 14],
    ]);
    // Tablets only: 0.25 mg is half a 0.5 mg tablet, so 14 days need 7 tablets.
    const halves = plan({ regimen: regimen('0.25mg@08:00', '1mg@22:00'), forms: { odt: false } });
    expect(halves.dispensing[0]?.lines.map((l) => [l.formulationId, l.quantity])).toEqual([
      ['clonazepam-tablet-0.5', 7],
      ['clonazepam-tablet-1', 14],
    ]);
  });

  it('says when the next cut cannot be made, instead of jumping', () => {
    // Ashton direct never cuts faster than its 10%: with tablets only, 0.5 → 0.25 mg (50%) is too big even over 8 weeks.
    const p = plan({ strategy: 'ashton', forms: { tablets: true, odt: false } });
    expect(totals(p).at(-1)).toBe(500);
    const finding = p.findings.find((f) => f.code === 'CUT_NOT_MAKEABLE');
    expect(finding?.message).toMatch(/0\.125 mg orally disintegrating tablets/);
    expect(finding?.message).toMatch(/liquid/);
  });

  it('stretches a step rather than cut faster than the cap (slower at low doses)', () => {
    const p = plan({});
    const from250 = p.steps.find((_step, i) => totals(p)[i - 1] === 250);
    expect(from250?.dailyTotals[0]?.amountUg).toBe(125);
    expect(from250?.days).toBe(42); // a 50% cut needs three 2-week intervals at 25% every 2 weeks
  });

  it('stops only from a low dose', () => {
    const p = plan({});
    const beforeStop = p.steps.at(-2);
    expect(beforeStop?.diazepamEquivalentUg).toBeLessThanOrEqual(FINAL_STOP_MAX_DE_UG);
    expect(p.findings.map((f) => f.code)).toContain('FINAL_STOP');
  });

  it('refuses a rate above the guideline cap unless use was short-term', () => {
    expect(
      planTaper({ drug: 'clonazepam', regimen: regimen('1mg'), start: START, cutPercent: 25, intervalDays: 7 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RATE_ABOVE_GUIDELINE_CAP', field: 'cut' },
    });
    expect(planTaper({ drug: 'clonazepam', regimen: regimen('1mg'), start: START, cutPercent: 40 })).toMatchObject({
      ok: false,
      error: { code: 'CUT_OUT_OF_RANGE' },
    });
    const fast = plan({ regimen: regimen('1mg'), cutPercent: 25, intervalDays: 7, shortTermUse: true });
    expect(fast.parameters.shortTermUse).toBe(true);
  });

  // Clonazepam label: −0.125 mg twice daily every 3 days; from 1 mg/day that is 12 days to zero.
  it('label: 0.25 mg a day less every 3 days, flagged as fast', () => {
    const p = plan({ strategy: 'label', regimen: regimen('0.5mg@08:00', '0.5mg@22:00') });
    expect(totals(p)).toEqual([1000, 750, 500, 250, 0]);
    expect(p.steps.slice(1, 4).map((s) => s.days)).toEqual([3, 3, 3]);
    expect(p.findings.find((f) => f.code === 'LABEL_TAPER_FAST')?.severity).toBe('warning');
  });

  // Nardi 2010: −0.5 mg every 2 weeks to 1 mg/day, then −0.25 mg weekly. From 3 mg: 2.5, 2, 1.5, 1, 0.75, 0.5, 0.25, 0.
  it('nardi follows the published schedule', () => {
    const p = plan({ strategy: 'nardi', regimen: regimen('1mg tid') });
    expect(totals(p)).toEqual([3000, 2500, 2000, 1500, 1000, 750, 500, 250, 0]);
    expect(p.steps.map((s) => s.days)).toEqual([14, 14, 14, 14, 14, 7, 7, 7, 1]);
    expect(p.findings.map((f) => f.code)).toContain('DOSE_TIMES_ASSUMED');
  });

  it('hyperbolic steps shrink in absolute size as the dose falls, labelled as a model', () => {
    const p = plan({ strategy: 'hyperbolic', forms: LIQUID });
    const t = totals(p);
    const cuts = t.slice(1, -1).map((v, i) => (t[i] ?? 0) - v);
    expect(cuts[0]).toBeGreaterThan(cuts.at(-1) ?? 0);
    expect(p.findings.find((f) => f.code === 'HYPERBOLIC_MODEL')?.confidence).toBe('low');
  });

  // Ashton via diazepam: one dose at a time, evening first; clonazepam 0.5 mg ≈ diazepam 10 mg (Ashton).
  it('ashton via diazepam switches one dose at a time, then follows the diazepam bands', () => {
    const p = plan({ strategy: 'ashton', via: 'diazepam' });
    const first = p.steps[0];
    expect(first?.kind).toBe('switch');
    expect(first?.doses.map((d) => [d.time, d.drug, d.amountUg])).toEqual([
      ['08:00', 'clonazepam', 500],
      ['22:00', 'clonazepam', 500],
      ['22:00', 'diazepam', 10000],
    ]);
    expect(p.steps.slice(0, 3).map((s) => s.diazepamEquivalentUg)).toEqual([30000, 30000, 30000]);
    const diazepamOnly = p.steps.filter((s) => s.dailyTotals.length === 1 && s.dailyTotals[0]?.drug === 'diazepam');
    expect(diazepamOnly[0]?.dailyTotals[0]?.amountUg).toBe(30000);
    // Above 20 mg: 2 mg cuts; 10–20 mg: 1 mg cuts.
    expect(diazepamOnly.slice(0, 3).map((s) => s.dailyTotals[0]?.amountUg)).toEqual([30000, 28000, 26000]);
    expect(p.steps.at(-1)?.kind).toBe('stop');
  });

  it('holds a step for the days asked, at the same dose', () => {
    const p = plan({ holds: [{ step: 3, days: 14 }] });
    expect(p.steps[3]).toMatchObject({ kind: 'hold', days: 14, cutPercent: 0 });
    expect(p.steps[3]?.dailyTotals).toEqual(p.steps[2]?.dailyTotals);
    expect(
      planTaper({ drug: 'clonazepam', regimen: regimen('1mg'), start: START, holds: [{ step: 99, days: 7 }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'HOLD_INVALID' },
    });
  });

  it('stops at a maintenance target', () => {
    const p = plan({ targetUg: micrograms(500) });
    expect(totals(p).at(-1)).toBe(500);
    expect(p.findings.map((f) => f.code)).toContain('MAINTENANCE_TARGET');
  });

  it('re-plans from an actual dose and date', () => {
    const p = plan({ regimen: regimen('0.25mg@08:00', '1mg@22:00'), start: '2027-03-15' as IsoDate });
    expect(p.steps[0]).toMatchObject({ start: '2027-03-15', dailyTotals: [{ drug: 'clonazepam', amountUg: 1250 }] });
  });

  it('checks a custom plan and warns without changing it', () => {
    const step = (days: number, ...doses: string[]) => ({ days, regimen: doses.length ? regimen(...doses) : [] });
    const p = planTaper({
      drug: 'clonazepam',
      regimen: regimen('0.5mg@08:00', '1mg@22:00'),
      start: START,
      strategy: 'custom',
      custom: [
        step(14, '0.5mg@08:00', '1mg@22:00'),
        step(14, '1mg@22:00'),
        step(14, '1.25mg@22:00'),
        step(14, '0.1mg@22:00'),
        step(1),
      ],
    });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(totals(p.value)).toEqual([1500, 1000, 1250, 100, 0]);
    const codes = p.value.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['CUSTOM_ABOVE_GUIDELINE_CAP', 'CUSTOM_INCREASE', 'CUSTOM_DOSE_NOT_MAKEABLE']));
  });

  it('rejects bad input with a code and the field', () => {
    expect(planTaper({ drug: 'clonazepam', regimen: [], start: START })).toMatchObject({
      ok: false,
      error: { code: 'REGIMEN_EMPTY' },
    });
    expect(planTaper({ drug: 'clonazepam', regimen: regimen('0.1mg'), start: START })).toMatchObject({
      ok: false,
      error: { code: 'REGIMEN_NOT_MAKEABLE', field: 'forms' },
    });
    expect(
      planTaper({ drug: 'clonazepam', regimen: regimen('1mg'), start: START, strategy: 'label', targetUg: micrograms(2000) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'TARGET_INVALID' },
    });
    expect(planTaper({ drug: 'diazepam', regimen: regimen('10mg'), start: START, strategy: 'nardi' })).toMatchObject({
      ok: false,
      error: { code: 'STRATEGY_NOT_FOR_DRUG' },
    });
  });
});

describe('planTaper with alternate-day patterns', () => {
  const TABLETS = { tablets: true, odt: false };
  const doses = (list: readonly { time: string; amountUg: number }[] | undefined) =>
    (list ?? []).map((d) => `${d.time} ${d.amountUg}`);

  // Clonazepam's half-life is 30–40 h (label): long-acting, so levels even out over two days.
  it('ashton, tablets only: 0.5 mg → 0.5 and 0.25 mg on alternate days (0.375 mg average) → 0.25 mg → stop', () => {
    const p = plan({ strategy: 'ashton', regimen: regimen('0.5mg@22:00'), forms: TABLETS, patterns: true });
    expect(totals(p)).toEqual([500, 375, 250, 0]);
    expect(p.steps.map((s) => s.diazepamEquivalentUg)).toEqual([10_000, 7_500, 5_000, 0]);
    // 25% needs three 2-week intervals at 10% every 2 weeks (27.1%); 33.3% needs four (34.4%).
    expect(p.steps.map((s) => s.days)).toEqual([14, 42, 56, 1]);
    const pattern = p.steps[1];
    expect(pattern).toMatchObject({ kind: 'reduce', cutPercent: 25 });
    expect(pattern?.doses).toEqual([
      {
        time: '22:00',
        drug: 'clonazepam',
        amountUg: 500,
        units: [{ formulationId: 'clonazepam-tablet-0.5', kind: 'tablet', pieceUg: 500, half: false, count: 1 }],
      },
    ]);
    expect(pattern?.alternateDoses).toEqual([
      {
        time: '22:00',
        drug: 'clonazepam',
        amountUg: 250,
        units: [{ formulationId: 'clonazepam-tablet-0.5', kind: 'tablet', pieceUg: 250, half: true, count: 1 }],
      },
    ]);
    expect(pattern?.pattern).toEqual({
      cycleDays: 2,
      dayTotals: [[{ drug: 'clonazepam', amountUg: 500 }], [{ drug: 'clonazepam', amountUg: 250 }]],
    });
    expect(pattern?.note).toBe(
      "Alternate days: 0.5 mg clonazepam on the step's first day, 0.25 mg the next, and so on (0.375 mg a day on average).",
    );
    // Every step but the pattern is an every-day step, with no pattern fields at all.
    expect(p.steps.filter((s) => 'alternateDoses' in s || 'pattern' in s).map((s) => s.index)).toEqual([1]);
    // 21 days of a whole 0.5 mg tablet and 21 of a half: 21 + 11 tablets.
    expect(p.dispensing[1]?.lines).toMatchObject([{ formulationId: 'clonazepam-tablet-0.5', quantity: 32 }]);
    const finding = p.findings.find((f) => f.code === 'ALTERNATE_DAY_PATTERN');
    expect(finding).toMatchObject({ severity: 'info', source: 'fda-klonopin-label' });
    expect(finding?.message).toMatch(/a pattern for a long-acting drug: levels even out over days because of the long half-life/);
    expect(finding?.message).toMatch(/clonazepam 30–40 h/);
    expect(p.parameters.patterns).toBe(true);
    expect(p.findings.map((f) => f.code)).not.toContain('CUT_NOT_MAKEABLE');
    // Without patterns the same plan stops at 0.5 mg and names patterns among the options.
    const without = plan({ strategy: 'ashton', regimen: regimen('0.5mg@22:00'), forms: TABLETS });
    expect(totals(without)).toEqual([500]);
    expect(without.findings.find((f) => f.code === 'CUT_NOT_MAKEABLE')?.message).toMatch(/alternate-day doses .*--patterns/);
    expect(without.parameters).not.toHaveProperty('patterns');
  });

  it('joint-2025, tablets only: a pattern keeps a cut within one interval where no daily amount does', () => {
    const p = plan({ forms: TABLETS, patterns: true });
    expect(totals(p)).toEqual([1500, 1250, 1000, 750, 625, 500, 375, 250, 125, 0]);
    expect(p.steps.map((s) => s.days)).toEqual([14, 14, 14, 14, 14, 14, 14, 28, 42, 1]);
    expect(p.steps.map((s) => [doses(s.doses), doses(s.alternateDoses)]).slice(3, 9)).toEqual([
      [['22:00 750'], []],
      [['22:00 750'], ['22:00 500']],
      [['22:00 500'], []],
      [['22:00 500'], ['22:00 250']],
      [['22:00 250'], []],
      // A drug-free day only near the end: 0.25 mg is itself a dose low enough to stop from.
      [['22:00 250'], []],
    ]);
    expect(p.steps[8]?.alternateDoses).toEqual([]);
    expect(p.steps[8]?.pattern?.dayTotals).toEqual([
      [{ drug: 'clonazepam', amountUg: 250 }],
      [{ drug: 'clonazepam', amountUg: 0 }],
    ]);
    // The stop is measured from the average: 0.125 mg a day = 2.5 mg diazepam-equivalent.
    expect(p.steps[8]?.diazepamEquivalentUg).toBe(2_500);
    expect(p.findings.find((f) => f.code === 'FINAL_STOP')?.message).toMatch(
      /^The last step stops from 0\.125 mg a day on average \(0\.25 mg and none on alternate days\)/,
    );
    // Without patterns: 0.75 → 0.5 needs 4 weeks, 0.5 → 0.25 six, and the plan stops from 0.25 mg.
    expect(totals(plan({ forms: TABLETS }))).toEqual([1500, 1250, 1000, 750, 500, 250, 0]);
  });

  it('splits each day of a pattern across the dose times, the bedtime dose kept longest', () => {
    const p = plan({ strategy: 'ashton', regimen: regimen('0.5mg@08:00', '0.5mg@22:00'), forms: TABLETS, patterns: true });
    const first = p.steps.find((s) => s.alternateDoses);
    expect([doses(first?.doses), doses(first?.alternateDoses)]).toEqual([
      ['08:00 500', '22:00 500'],
      ['08:00 250', '22:00 500'],
    ]);
    expect(first?.dailyTotals).toEqual([{ drug: 'clonazepam', amountUg: 875 }]);
  });

  it('uses no pattern when a daily amount fits (ODTs make every cut)', () => {
    const withOdt = plan({ patterns: true });
    expect(withOdt.steps.some((s) => s.alternateDoses)).toBe(false);
    expect(withOdt.steps).toEqual(plan({}).steps);
    expect(withOdt.findings.map((f) => f.code)).not.toContain('ALTERNATE_DAY_PATTERN');
  });

  it('holds a pattern step on alternate days, for whole two-day cycles', () => {
    const p = plan({ forms: TABLETS, patterns: true, holds: [{ step: 5, days: 7 }] });
    expect(p.steps[5]).toMatchObject({ kind: 'hold', days: 8, cutPercent: 0 });
    expect(p.steps[5]?.alternateDoses).toEqual(p.steps[4]?.alternateDoses);
    expect(p.steps[5]?.note).toBe('Hold of step 5, on alternate days as before (8 days: whole two-day cycles)');
  });

  it('refuses patterns for a drug that is not long-acting, with a warning, and plans every day', () => {
    const input = { drug: 'alprazolam', regimen: regimen('0.5mg@08:00', '0.5mg@22:00'), start: START };
    const r = planTaper({ ...input, forms: TABLETS, patterns: true });
    if (!r.ok) throw new Error(r.error.code);
    expect(planViolations(r.value)).toEqual([]);
    expect(r.value.steps.some((s) => s.alternateDoses)).toBe(false);
    const finding = r.value.findings.find((f) => f.code === 'PATTERN_NOT_SUITABLE');
    expect(finding).toMatchObject({ severity: 'warning', source: 'uptodate-bzd-pk-table' });
    expect(finding?.message).toMatch(/alprazolam has a short half-life \(6–12 h\)/);
    const plain = planTaper({ ...input, forms: TABLETS });
    if (!plain.ok) throw new Error(plain.error.code);
    expect(r.value.steps).toEqual(plain.value.steps);
    expect(r.value.parameters).not.toHaveProperty('patterns');
  });

  it('allows patterns for diazepam, long-acting through its metabolite, cited to its half-life source', () => {
    const r = planTaper({ drug: 'diazepam', regimen: regimen('2mg@22:00'), start: START, patterns: true });
    if (!r.ok) throw new Error(r.error.code);
    expect(planViolations(r.value)).toEqual([]);
    expect(totals(r.value)).toEqual([2000, 1500, 1000, 500, 0]);
    expect(r.value.findings.find((f) => f.code === 'ALTERNATE_DAY_PATTERN')).toMatchObject({ source: 'nhs-scotland-2024' });
    expect(r.value.findings.find((f) => f.code === 'ALTERNATE_DAY_PATTERN')?.message).toMatch(/desmethyldiazepam 36–200 h/);
  });
});

describe('plan invariants (property)', () => {
  const times = ['07:00', '08:00', '12:00', '14:00', '18:00', '22:00'] as LocalTime[];
  const arbitraryInput = fc.record({
    amounts: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 1, maxLength: 4 }),
    strategy: fc.constantFrom('joint-2025', 'ashton', 'label', 'nardi', 'hyperbolic', 'ashton-via') as fc.Arbitrary<string>,
    forms: fc.constantFrom('tablet', 'tablet+odt', 'tablet+odt+liquid', 'odt+liquid'),
    cutPercent: fc.integer({ min: 5, max: 10 }),
    intervalDays: fc.constantFrom(7, 14),
    reduceFirst: fc.constantFrom('daytime', 'bedtime', 'even') as fc.Arbitrary<'daytime' | 'bedtime' | 'even'>,
    hold: fc.option(fc.record({ step: fc.integer({ min: 1, max: 3 }), days: fc.integer({ min: 1, max: 28 }) }), {
      nil: undefined,
    }),
    patterns: fc.boolean(),
  });

  const toInput = (
    v: fc.Arbitrary<unknown> extends never ? never : Parameters<Parameters<typeof arbitraryInput.map>[0]>[0],
  ): TaperInput => ({
    drug: 'clonazepam',
    // Doses in 0.125 mg steps, each at its own time.
    regimen: v.amounts.map((eighths, i) => ({ amountUg: micrograms(eighths * 125), time: times[i + 1] as LocalTime })),
    start: START,
    strategy: v.strategy === 'ashton-via' ? 'ashton' : (v.strategy as TaperInput['strategy'] & string),
    ...(v.strategy === 'ashton-via' ? { via: 'diazepam' as const } : {}),
    ...(v.strategy === 'joint-2025' || v.strategy === 'ashton' ? { cutPercent: v.cutPercent, intervalDays: v.intervalDays } : {}),
    forms: {
      tablets: v.forms.includes('tablet'),
      odt: v.forms.includes('odt'),
      ...(v.forms.includes('liquid') ? LIQUID : {}),
    },
    reduceFirst: v.reduceFirst,
    ...(v.hold ? { holds: [v.hold] } : {}),
    ...(v.patterns ? { patterns: true } : {}),
  });

  it('never rises, tiles the calendar, makes every dose exactly and ends at the target or says why', () => {
    fc.assert(
      fc.property(arbitraryInput, (v) => {
        const result = planTaper(toInput(v));
        if (!result.ok) {
          // Only a regimen the chosen products cannot make (e.g. 0.125 mg steps without ODT) may be refused.
          expect(['REGIMEN_NOT_MAKEABLE', 'CROSSOVER_NOT_MAKEABLE', 'HOLD_INVALID']).toContain(result.error.code);
          return;
        }
        expect(planViolations(result.value)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('no cut exceeds the joint-2025 cap (25% every 2 weeks), apart from the final stop from a low dose', () => {
    fc.assert(
      fc.property(arbitraryInput, (v) => {
        const result = planTaper({
          ...toInput(v),
          strategy: 'joint-2025',
          cutPercent: v.cutPercent,
          intervalDays: v.intervalDays,
        });
        if (!result.ok) return;
        const steps = result.value.steps;
        for (const [i, step] of steps.entries()) {
          const previous = steps[i - 1];
          if (!previous || step.kind === 'hold') continue;
          const allowed = 1 - (1 - JOINT_2025.capPercent / 100) ** (step.days / JOINT_2025.capPeriodDays);
          const cut = (previous.diazepamEquivalentUg - step.diazepamEquivalentUg) / previous.diazepamEquivalentUg;
          if (step.kind === 'stop') expect(previous.diazepamEquivalentUg).toBeLessThanOrEqual(FINAL_STOP_MAX_DE_UG);
          else expect(cut).toBeLessThanOrEqual(allowed + 1e-9);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('with patterns and tablets only: every cut, measured on the average, within the cap; the stop from a low average', () => {
    fc.assert(
      fc.property(arbitraryInput, (v) => {
        const base = toInput(v);
        const input: TaperInput = {
          ...base,
          // Doses tablets alone can make: 0.25 mg steps (halves of 0.5 mg tablets).
          regimen: base.regimen.map((dose) => ({ ...dose, amountUg: micrograms(Math.ceil(dose.amountUg / 250) * 250) })),
          forms: { tablets: true, odt: false },
          patterns: true,
        };
        const result = planTaper(input);
        if (!result.ok) {
          expect(['REGIMEN_NOT_MAKEABLE', 'CROSSOVER_NOT_MAKEABLE', 'HOLD_INVALID']).toContain(result.error.code);
          return;
        }
        const p = result.value;
        expect(planViolations(p)).toEqual([]);
        const codes = p.findings.map((f) => f.code);
        expect(codes.includes('ALTERNATE_DAY_PATTERN')).toBe(p.steps.some((s) => s.alternateDoses));
        // The cap of the strategies whose cap is a rate on the whole plan: joint-2025 25%/2 weeks, Ashton its own cut per interval.
        const cap =
          input.strategy === 'joint-2025' || input.strategy === 'hyperbolic'
            ? { fraction: JOINT_2025.capPercent / 100, periodDays: JOINT_2025.capPeriodDays }
            : input.strategy === 'ashton' && input.via === undefined
              ? { fraction: (input.cutPercent ?? 10) / 100, periodDays: input.intervalDays ?? 14 }
              : undefined;
        for (const [i, step] of p.steps.entries()) {
          const previous = p.steps[i - 1];
          if (!previous || step.kind === 'hold' || step.kind === 'switch') continue;
          if (step.kind === 'stop') {
            expect(previous.diazepamEquivalentUg).toBeLessThanOrEqual(FINAL_STOP_MAX_DE_UG);
            continue;
          }
          if (!cap || previous.kind === 'switch') continue;
          const allowed = 1 - (1 - cap.fraction) ** (step.days / cap.periodDays);
          const cut = (previous.diazepamEquivalentUg - step.diazepamEquivalentUg) / previous.diazepamEquivalentUg;
          expect(cut).toBeLessThanOrEqual(allowed + 1e-9);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('the same input gives byte-identical output', () => {
    fc.assert(
      fc.property(arbitraryInput, (v) => {
        expect(JSON.stringify(planTaper(toInput(v)))).toBe(JSON.stringify(planTaper(toInput(v))));
      }),
      { numRuns: 200 },
    );
  });
});
