import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../dates/iso-date.js';
import { isLiquid } from './dose-text.js';
import { fillPeriods, totalQuantities } from './fill-periods.js';
import { lastDosingDay, planDays } from './plan-days.js';
import {
  arbitraryPlan,
  buildPlan,
  CLONAZEPAM_PLAN,
  CROSSOVER_PLAN,
  dose,
  LIQUID_PLAN,
  PATTERN_PLAN,
  piece,
  SINGLE_PRODUCT_PLAN,
} from './test-support.js';

const summary = (periods: ReturnType<typeof fillPeriods>) =>
  periods.map((p) => ({
    start: p.start,
    end: p.end,
    days: p.days,
    lines: p.lines.map((l) => [l.formulationId, l.quantity, l.unit]),
  }));

describe('fillPeriods', () => {
  it('counts an alternate-day step’s doses only on the days they are taken', () => {
    const periods = fillPeriods(PATTERN_PLAN, 14);
    // 13 to 26 Apr: the last day of step 3 (a whole tablet), then days 1–13 of step 4:
    // a whole tablet on days 1, 3, … 13 (7) and a half on days 2, 4, … 12 (6).
    const fill = periods.find((p) => p.start === '2026-04-13');
    expect(fill?.lines[0]).toMatchObject({ wholeTaken: 1 + 7, halvesTaken: 6, quantity: 8 + 3, spareHalves: 0 });
    // The last fill ends on the last dose, the day before step 5's final drug-free day.
    expect(periods.at(-1)?.end).toBe('2026-05-04');
  });

  it('counts whole tablets, and two halves to a tablet', () => {
    // 28 days of 0.5 mg twice daily = 56 tablets; then 0.25 mg + 0.5 mg daily = 28 + 14;
    // then 0.25 mg once daily from halves of a 0.5 mg tablet = 14 tablets.
    const periods = fillPeriods(SINGLE_PRODUCT_PLAN);
    expect(summary(periods)).toEqual([
      { start: '2026-01-05', end: '2026-02-01', days: 28, lines: [['clonazepam-tablet-0.5', 56, 'tablet']] },
      { start: '2026-02-02', end: '2026-03-01', days: 28, lines: [['clonazepam-tablet-0.5', 42, 'tablet']] },
      { start: '2026-03-02', end: '2026-03-29', days: 28, lines: [['clonazepam-tablet-0.5', 14, 'tablet']] },
    ]);
    expect(periods[1]?.lines[0]).toMatchObject({ wholeTaken: 28, halvesTaken: 28, spareHalves: 0 });
    expect(totalQuantities(periods)).toMatchObject([{ formulationId: 'clonazepam-tablet-0.5', quantity: 112 }]);
  });

  it('needs one more tablet for an odd number of halves, and does not carry the spare half into the next fill', () => {
    const plan = buildPlan('clonazepam', '2026-01-01', [
      { days: 6, kind: 'start', doses: [dose('21:00', 'clonazepam', [piece('clonazepam-tablet-0.5', 1, true)])] },
    ]);
    expect(fillPeriods(plan, 3).map((p) => p.lines[0])).toMatchObject([
      { halvesTaken: 3, quantity: 2, spareHalves: 1 },
      { halvesTaken: 3, quantity: 2, spareHalves: 1 },
    ]);
    expect(fillPeriods(plan, 6)[0]?.lines[0]).toMatchObject({ halvesTaken: 6, quantity: 3, spareHalves: 0 });
  });

  it('splits a plan into 28-day fills up to the last dosing day, one line per product', () => {
    expect(summary(fillPeriods(CLONAZEPAM_PLAN))).toEqual([
      {
        start: '2026-03-02',
        end: '2026-03-29',
        days: 28,
        lines: [
          ['clonazepam-tablet-1', 14, 'tablet'],
          ['clonazepam-tablet-0.5', 49, 'tablet'],
        ],
      },
      {
        start: '2026-03-30',
        end: '2026-04-12',
        days: 14,
        lines: [
          ['clonazepam-tablet-0.5', 14, 'tablet'],
          ['clonazepam-odt-0.25', 28, 'tablet'],
        ],
      },
    ]);
    expect(summary(fillPeriods(CROSSOVER_PLAN, 14))[1]).toEqual({
      start: '2026-11-02',
      end: '2026-11-15',
      days: 14,
      lines: [
        ['diazepam-tablet-10', 21, 'tablet'],
        ['diazepam-tablet-5', 7, 'tablet'],
        ['diazepam-tablet-2', 11, 'tablet'],
      ],
    });
    expect(summary(fillPeriods(LIQUID_PLAN))).toEqual([
      { start: '2026-06-01', end: '2026-06-20', days: 20, lines: [['clonazepam-solution-0.1', 47_500, 'µL']] },
    ]);
    expect(() => fillPeriods(CLONAZEPAM_PLAN, 0)).toThrow(RangeError);
  });

  it('for any plan and fill length: the fills cover every dosing day and supply every dose, with at most half a tablet spare', () => {
    fc.assert(
      fc.property(arbitraryPlan(fc, { patterns: true }), fc.integer({ min: 1, max: 40 }), (plan, fillDays) => {
        const periods = fillPeriods(plan, fillDays);
        const last = lastDosingDay(plan);
        expect(periods.reduce((n, p) => n + p.days, 0)).toBe(last === undefined ? 0 : daysBetween(plan.start, last) + 1);
        for (const period of periods) {
          const needUg = new Map<string, number>();
          for (const day of planDays(plan).filter((d) => d.date >= period.start && d.date <= period.end)) {
            for (const d of day.doses) {
              const units = isLiquid(d.units) ? [] : d.units;
              for (const p of units) needUg.set(p.formulationId, (needUg.get(p.formulationId) ?? 0) + p.pieceUg * p.count);
              if (isLiquid(d.units))
                needUg.set(d.units[0].formulationId, (needUg.get(d.units[0].formulationId) ?? 0) + d.amountUg);
            }
          }
          expect(new Set(period.lines.map((l) => l.formulationId))).toEqual(new Set(needUg.keys()));
          for (const line of period.lines) {
            const supplied = line.unit === 'µL' ? (line.quantity * line.strengthUg) / 1000 : line.quantity * line.strengthUg;
            const need = needUg.get(line.formulationId) ?? 0;
            expect(supplied).toBeGreaterThanOrEqual(need);
            if (line.unit !== 'µL') expect(supplied - need).toBe((line.spareHalves * line.strengthUg) / 2);
            else expect(supplied).toBe(need);
          }
        }
      }),
    );
  });
});
