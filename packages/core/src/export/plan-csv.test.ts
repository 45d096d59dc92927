import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/iso-date.js';
import { dosesOnDay } from '../taper/step-days.js';
import { planCsv } from './plan-csv.js';
import { arbitraryPlan, CLONAZEPAM_PLAN, CROSSOVER_PLAN, LIQUID_PLAN, PATTERN_PLAN, parseCsv } from './test-support.js';

const mgToUg = (text: string): number => {
  const [whole = '0', fraction = ''] = text.split('.');
  return Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
};

describe('planCsv', () => {
  it('has a header and one CRLF row per plan day', () => {
    const csv = planCsv(CLONAZEPAM_PLAN);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['date', 'step', 'day_of_step', 'step_kind', 'doses', 'clonazepam_mg', 'diazepam_equivalent_mg']);
    expect(rows).toHaveLength(CLONAZEPAM_PLAN.totalDays);
    expect(rows[0]).toEqual([
      '2026-03-02',
      '1',
      '1',
      'start',
      '08:00 0.5 mg clonazepam (1 × 0.5 mg tablet); 22:00 1 mg clonazepam (1 × 1 mg tablet)',
      '1.5',
      '30',
    ]);
    expect(rows[14]).toEqual([
      '2026-03-16',
      '2',
      '1',
      'reduce',
      '08:00 0.5 mg clonazepam (1 × 0.5 mg tablet); 22:00 0.75 mg clonazepam (1 × 0.5 mg tablet + half of a 0.5 mg tablet)',
      '1.25',
      '25',
    ]);
    expect(rows[41]?.[4]).toBe(
      '08:00 0.25 mg clonazepam (1 × 0.25 mg ODT); 22:00 0.75 mg clonazepam (1 × 0.5 mg tablet + 1 × 0.25 mg ODT)',
    );
    expect(rows.at(-1)).toEqual(['2026-04-13', '4', '1', 'stop', 'none', '0', '0']);
  });

  it('has a daily total per drug in a crossover step', () => {
    const [header, ...rows] = parseCsv(planCsv(CROSSOVER_PLAN));
    expect(header?.slice(5)).toEqual(['clonazepam_mg', 'diazepam_mg', 'diazepam_equivalent_mg']);
    expect(rows[7]).toEqual([
      '2026-10-26',
      '2',
      '1',
      'switch',
      '08:00 0.5 mg clonazepam (1 × 0.5 mg tablet); 22:00 0.25 mg clonazepam (half of a 0.5 mg tablet); 22:00 5 mg diazepam (1 × 5 mg tablet)',
      '0.75',
      '5',
      '20',
    ]);
    expect(rows.at(-1)?.slice(5)).toEqual(['0', '18', '18']);
  });

  it('writes a liquid as a measured volume, and a byte order mark on request', () => {
    const csv = planCsv(LIQUID_PLAN, { byteOrderMark: true });
    expect(csv.startsWith('\uFEFFdate,')).toBe(true);
    expect(parseCsv(csv.slice(1))[1]?.[4]).toBe('21:00 0.25 mg clonazepam (2.5 mL of 0.1 mg/mL oral solution)');
  });

  it('gives each day of an alternate-day step its own doses and total, the pattern day, and the step average', () => {
    const [header, ...rows] = parseCsv(planCsv(PATTERN_PLAN));
    expect(header).toEqual([
      'date',
      'step',
      'day_of_step',
      'step_kind',
      'doses',
      'pattern_day',
      'clonazepam_mg',
      'diazepam_equivalent_mg',
    ]);
    expect(rows).toHaveLength(PATTERN_PLAN.totalDays);
    expect(rows[0]?.slice(5)).toEqual(['', '0.75', '15']);
    expect(rows.slice(7, 9)).toEqual([
      [
        '2026-03-09',
        '2',
        '1',
        'reduce',
        '08:00 0.25 mg clonazepam (half of a 0.5 mg tablet); 22:00 0.5 mg clonazepam (1 × 0.5 mg tablet)',
        '1',
        '0.75',
        '12.5',
      ],
      ['2026-03-10', '2', '2', 'reduce', '22:00 0.5 mg clonazepam (1 × 0.5 mg tablet)', '2', '0.5', '12.5'],
    ]);
    expect(rows.filter((r) => r[1] === '4').map((r) => [r[5], r[6], r[7]])).toEqual(
      Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? ['1', '0.5', '7.5'] : ['2', '0.25', '7.5'])),
    );
    expect(rows.slice(-3)).toEqual([
      ['2026-05-04', '5', '7', 'reduce', '22:00 0.25 mg clonazepam (half of a 0.5 mg tablet)', '1', '0.25', '2.5'],
      ['2026-05-05', '5', '8', 'reduce', 'none', '2', '0', '2.5'],
      ['2026-05-06', '6', '1', 'stop', 'none', '', '0', '0'],
    ]);
    // A plan without alternate days keeps its columns.
    expect(parseCsv(planCsv(CLONAZEPAM_PLAN))[0]).not.toContain('pattern_day');
  });

  it('for any plan with alternate days: each row holds that day’s doses and totals', () => {
    fc.assert(
      fc.property(arbitraryPlan(fc, { patterns: true }), (plan) => {
        const [header = [], ...rows] = parseCsv(planCsv(plan));
        expect(rows).toHaveLength(plan.totalDays);
        const days = plan.steps.flatMap((step) => Array.from({ length: step.days }, (_, i) => ({ step, day: i + 1 })));
        for (const [i, row] of rows.entries()) {
          const { step, day } = days[i] ?? { step: undefined, day: 0 };
          if (!step) throw new Error('row beyond the plan');
          const doses = dosesOnDay(step, day);
          expect(row[0]).toBe(addDays(plan.start, i));
          expect(row[2]).toBe(String(day));
          for (const [column, name] of header.entries()) {
            if (!name.endsWith('_mg') || name === 'diazepam_equivalent_mg') continue;
            const expected = doses.filter((d) => d.drug === name.slice(0, -3)).reduce((sum, d) => sum + d.amountUg, 0);
            expect(mgToUg(row[column] ?? ''), `${row[0]} ${name}`).toBe(expected);
          }
          if (header.includes('pattern_day'))
            expect(row[header.indexOf('pattern_day')]).toBe(step.alternateDoses ? String(2 - (day % 2)) : '');
          expect(mgToUg(row.at(-1) ?? '')).toBe(step.diazepamEquivalentUg);
          expect((row[4] ?? '').split('; ').length).toBe(Math.max(1, doses.length));
        }
      }),
    );
  });

  it('for any plan: one row per day, consecutive dates, totals equal to the step totals', () => {
    fc.assert(
      fc.property(arbitraryPlan(fc), (plan) => {
        const [header = [], ...rows] = parseCsv(planCsv(plan));
        expect(rows).toHaveLength(plan.totalDays);
        const steps = plan.steps.flatMap((step) => Array.from({ length: step.days }, () => step));
        for (const [i, row] of rows.entries()) {
          const step = steps[i];
          expect(row).toHaveLength(header.length);
          expect(row[0]).toBe(addDays(plan.start, i));
          expect(row[1]).toBe(String((step?.index ?? -1) + 1));
          for (const [column, name] of header.entries()) {
            if (!name.endsWith('_mg') || name === 'diazepam_equivalent_mg') continue;
            const drug = name.slice(0, -3);
            const expected = step?.dailyTotals.find((t) => t.drug === drug)?.amountUg ?? 0;
            expect(mgToUg(row[column] ?? ''), `${row[0]} ${drug}`).toBe(expected);
          }
          expect(mgToUg(row.at(-1) ?? '')).toBe(step?.diazepamEquivalentUg);
          expect((row[4] ?? '').split('; ').length).toBe(Math.max(1, step?.doses.length ?? 0));
        }
      }),
    );
  });
});
