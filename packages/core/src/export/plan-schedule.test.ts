import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date.js';
import { planScheduleMarkdown } from './plan-schedule.js';
import { SAFETY_NOTICE } from './safety-text.js';
import { CLONAZEPAM_PLAN, CROSSOVER_PLAN, LIQUID_PLAN, PATTERN_PLAN, SINGLE_PRODUCT_PLAN } from './test-support.js';

describe('planScheduleMarkdown', () => {
  const text = planScheduleMarkdown(CLONAZEPAM_PLAN, { patientName: 'Ann Example', preparedOn: '2026-02-27' as IsoDate });
  const lines = text.split('\n');

  it('opens with the title, who it is for and the safety notice', () => {
    expect(lines.slice(0, 6)).toEqual([
      '# Your clonazepam taper schedule',
      '',
      'For: Ann Example · Prepared on Fri 27 Feb 2026',
      '',
      '**Safety: please read first.**',
      '',
    ]);
    for (const point of SAFETY_NOTICE) expect(lines).toContain(`- ${point}`);
    expect(text.indexOf('Do not stop suddenly')).toBeLessThan(text.indexOf('## Schedule'));
    expect(text).toContain('From Mon 2 Mar 2026 to Mon 13 Apr 2026: 4 steps over 43 days.');
  });

  it('has a table row for every dose time of every step, with amount and what to take', () => {
    const table = lines.filter((l) => l.startsWith('| '));
    expect(table).toEqual([
      '| Step | Dates                                        | Time  | Dose               | What to take                                |',
      '| ---- | -------------------------------------------- | ----- | ------------------ | ------------------------------------------- |',
      '| 1    | Mon 2 Mar 2026 to Sun 15 Mar 2026 (14 days)  | 08:00 | 0.5 mg clonazepam  | 1 × 0.5 mg tablet                           |',
      '|      |                                              | 22:00 | 1 mg clonazepam    | 1 × 1 mg tablet                             |',
      '| 2    | Mon 16 Mar 2026 to Sun 29 Mar 2026 (14 days) | 08:00 | 0.5 mg clonazepam  | 1 × 0.5 mg tablet                           |',
      '|      |                                              | 22:00 | 0.75 mg clonazepam | 1 × 0.5 mg tablet + half of a 0.5 mg tablet |',
      '| 3    | Mon 30 Mar 2026 to Sun 12 Apr 2026 (14 days) | 08:00 | 0.25 mg clonazepam | 1 × 0.25 mg ODT                             |',
      '|      |                                              | 22:00 | 0.75 mg clonazepam | 1 × 0.5 mg tablet + 1 × 0.25 mg ODT         |',
      '| 4    | From Mon 13 Apr 2026                         | —     | No more clonazepam | —                                           |',
    ]);
  });

  it('says what changes at each step, with notes on ODTs and half tablets', () => {
    const changes = lines.filter((l) => l.startsWith('- **Step'));
    expect(changes).toHaveLength(4);
    expect(changes[1]).toBe(
      '- **Step 2**, from Mon 16 Mar 2026 (reduction): The 22:00 clonazepam dose goes from 1 mg to 0.75 mg (1 × 0.5 mg tablet + half of a 0.5 mg tablet). Daily total: 1.25 mg clonazepam (16.7% less than the step before).',
    );
    expect(changes[2]).toMatch(
      /\(20% less than the step before\)\. Hold this step longer if withdrawal symptoms are hard to bear\.$/,
    );
    expect(text).toContain('- ODT means orally disintegrating tablet');
    expect(text).toContain('- Half tablets: split along the score line');
    expect(text).not.toContain('Oral solution');
    expect(
      text
        .trimEnd()
        .endsWith(
          '_Drafted with Stepdown decision support. Not a prescription: a prescriber must review and agree every step with the patient._',
        ),
    ).toBe(true);
  });

  it('says "every other day" with the first date of each day of an alternate-day step', () => {
    const text = planScheduleMarkdown(PATTERN_PLAN);
    const lines = text.split('\n');
    expect(text).toContain(
      'From Mon 2 Mar 2026 to Wed 6 May 2026: 6 steps over 66 days. Take each dose at the time shown, every day of its step, or every other day where it says "every other day".',
    );
    expect(lines.filter((l) => l.startsWith('| ')).slice(4)).toEqual([
      '| 2    | Mon 9 Mar 2026 to Mon 30 Mar 2026 (22 days)  | 08:00 | 0.25 mg clonazepam every other day from Mon 9 Mar 2026  | half of a 0.5 mg tablet |',
      '|      |                                              | 22:00 | 0.5 mg clonazepam every day                             | 1 × 0.5 mg tablet       |',
      '| 3    | Tue 31 Mar 2026 to Mon 13 Apr 2026 (14 days) | 22:00 | 0.5 mg clonazepam                                       | 1 × 0.5 mg tablet       |',
      '| 4    | Tue 14 Apr 2026 to Mon 27 Apr 2026 (14 days) | 22:00 | 0.5 mg clonazepam every other day from Tue 14 Apr 2026  | 1 × 0.5 mg tablet       |',
      '|      |                                              | 22:00 | 0.25 mg clonazepam every other day from Wed 15 Apr 2026 | half of a 0.5 mg tablet |',
      '| 5    | Tue 28 Apr 2026 to Tue 5 May 2026 (8 days)   | 22:00 | 0.25 mg clonazepam every other day from Tue 28 Apr 2026 | half of a 0.5 mg tablet |',
      '|      |                                              | —     | No clonazepam every other day from Wed 29 Apr 2026      | —                       |',
      '| 6    | From Wed 6 May 2026                          | —     | No more clonazepam                                      | —                       |',
    ]);
    const changes = lines.filter((l) => l.startsWith('- **Step'));
    expect(changes[3]).toBe(
      '- **Step 4**, from Tue 14 Apr 2026 (reduction): Every other day from now, two days take turns. Days 1, 3, 5…: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet); days 2, 4, 6…: 0.25 mg clonazepam at 22:00 (half of a 0.5 mg tablet). Average daily total: 0.375 mg clonazepam (25% less than the step before).',
    );
    expect(changes[2]).toBe(
      '- **Step 3**, from Tue 31 Mar 2026 (reduction): Back to the same doses every day: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet). Daily total: 0.5 mg clonazepam (20% less than the step before).',
    );
    expect(changes[4]).toContain('days 2, 4, 6…: no clonazepam. Average daily total: 0.125 mg clonazepam');
    expect(text).toContain('- Every other day: your medicine is long-acting, so its level evens out over days');
    expect(planScheduleMarkdown(CLONAZEPAM_PLAN)).not.toContain('every other day');
  });

  it('adapts to the plan: both drugs of a crossover, a liquid, no notes when none apply, a custom title', () => {
    expect(planScheduleMarkdown(CROSSOVER_PLAN)).toMatch(/^# Your clonazepam and diazepam taper schedule\n\n\*\*Safety/);
    expect(planScheduleMarkdown(CROSSOVER_PLAN)).toContain('| 22:00 | 5 mg diazepam      | 1 × 5 mg tablet');
    expect(planScheduleMarkdown(LIQUID_PLAN)).toContain('- Oral solution: measure each dose with the oral syringe');
    expect(planScheduleMarkdown(LIQUID_PLAN)).toContain('| 21:00 | 0.225 mg clonazepam | 2.25 mL of 0.1 mg/mL oral solution |');
    expect(planScheduleMarkdown(SINGLE_PRODUCT_PLAN, { title: 'Klonopin plan' })).toMatch(/^# Klonopin plan\n/);
    expect(planScheduleMarkdown(SINGLE_PRODUCT_PLAN)).not.toContain('ODT means');
  });
});
