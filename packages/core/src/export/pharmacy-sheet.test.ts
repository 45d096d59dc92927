import { describe, expect, it } from 'vitest';
import { pharmacySheetMarkdown } from './pharmacy-sheet.js';
import { CLONAZEPAM_PLAN, CROSSOVER_PLAN, LIQUID_PLAN, PATTERN_PLAN, SINGLE_PRODUCT_PLAN } from './test-support.js';

const tableRows = (text: string, heading: string): string[] => {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(line);
  }
  return rows.slice(2);
};

describe('pharmacySheetMarkdown', () => {
  it('gives the quantity of each product per 28-day fill: whole tablets, and two halves to a tablet', () => {
    const text = pharmacySheetMarkdown(SINGLE_PRODUCT_PLAN);
    expect(text).toMatch(/^# Pharmacy sheet: clonazepam taper\n/);
    expect(text).toContain('Plan: Mon 5 Jan 2026 to Sun 29 Mar 2026 (84 days); last dose Sun 29 Mar 2026. Fill period: 28 days.');
    // 28 days of 0.5 mg twice daily from 0.5 mg tablets: 56.
    expect(tableRows(text, '## Fill 1: Mon 5 Jan 2026 to Sun 1 Feb 2026 (28 days)')).toEqual([
      '| clonazepam 0.5 mg tablet | 197527 | 56 whole | 56 tablets |',
    ]);
    expect(tableRows(text, '## Fill 2: Mon 2 Feb 2026 to Sun 1 Mar 2026 (28 days)')).toEqual([
      '| clonazepam 0.5 mg tablet | 197527 | 28 whole + 28 halves | 42 tablets |',
    ]);
    // 28 days of 0.25 mg once daily from halves of a 0.5 mg tablet: 14.
    expect(tableRows(text, '## Fill 3: Mon 2 Mar 2026 to Sun 29 Mar 2026 (28 days)')).toEqual([
      '| clonazepam 0.5 mg tablet | 197527 | 28 halves | 14 tablets |',
    ]);
    expect(tableRows(text, '## Total for the whole plan')).toEqual(['| clonazepam 0.5 mg tablet | 197527 | 112 tablets |']);
    expect(text).toContain('so two half doses share one tablet');
    expect(text).toContain('Controlled drugs: clonazepam (US C-IV).');
  });

  it('lists every product of every drug, with the spare half of an odd count, for any fill length', () => {
    const text = pharmacySheetMarkdown(CROSSOVER_PLAN, { fillDays: 14, patientName: 'Ann Example' });
    expect(text).toContain('For: Ann Example');
    expect(tableRows(text, '## Fill 1: Mon 19 Oct 2026 to Sun 1 Nov 2026 (14 days)')).toEqual([
      '| clonazepam 0.5 mg tablet | 197527 | 21 whole + 7 halves (1 half spare) | 25 tablets |',
      '| diazepam 5 mg tablet     | 197591 | 7 whole                            | 7 tablets  |',
    ]);
    expect(tableRows(text, '## Total for the whole plan')).toEqual([
      '| clonazepam 0.5 mg tablet | 197527 | 25 tablets |',
      '| diazepam 10 mg tablet    | 197589 | 28 tablets |',
      '| diazepam 5 mg tablet     | 197591 | 21 tablets |',
      '| diazepam 2 mg tablet     | 197590 | 22 tablets |',
    ]);
    expect(text).toContain('Controlled drugs: clonazepam (US C-IV) and diazepam (US C-IV).');
  });

  it('says "every other day" for alternate-day steps and counts each day’s own doses', () => {
    const text = pharmacySheetMarkdown(PATTERN_PLAN);
    expect(text).toContain('Plan: Mon 2 Mar 2026 to Wed 6 May 2026 (66 days); last dose Mon 4 May 2026.');
    expect(text).toContain(
      '- Step 4, Tue 14 Apr 2026 to Mon 27 Apr 2026 (14 days), every other day. Days 1, 3, 5…: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet); days 2, 4, 6…: 0.25 mg clonazepam at 22:00 (half of a 0.5 mg tablet). Average: 0.375 mg clonazepam a day.',
    );
    expect(text).toContain('days 2, 4, 6…: no clonazepam. Average: 0.125 mg clonazepam a day.');
    // Fill 1 (2 to 29 Mar): 28 whole at 22:00; halves at 08:00 on 7 days of step 1 and days 1, 3, … 21 of step 2 (11).
    expect(tableRows(text, '## Fill 1: Mon 2 Mar 2026 to Sun 29 Mar 2026 (28 days)')).toEqual([
      '| clonazepam 0.5 mg tablet | 197527 | 28 whole + 18 halves | 37 tablets |',
    ]);
    // Fill 3 (27 Apr to 4 May): a half on the 27th (day 14 of step 4) and on 4 of step 5's 7 days up to the last dose.
    expect(tableRows(text, '## Fill 3: Mon 27 Apr 2026 to Mon 4 May 2026 (8 days)')).toEqual([
      '| clonazepam 0.5 mg tablet | 197527 | 5 halves (1 half spare) | 3 tablets |',
    ]);
    expect(pharmacySheetMarkdown(CLONAZEPAM_PLAN)).not.toContain('Every other day');
  });

  it('counts ODTs and liquids', () => {
    expect(tableRows(pharmacySheetMarkdown(CLONAZEPAM_PLAN), '## Total for the whole plan')).toEqual([
      '| clonazepam 1 mg tablet   | 197528 | 14 tablets |',
      '| clonazepam 0.5 mg tablet | 197527 | 63 tablets |',
      '| clonazepam 0.25 mg ODT   | 349195 | 28 ODTs    |',
    ]);
    expect(tableRows(pharmacySheetMarkdown(LIQUID_PLAN), '## Total for the whole plan')).toEqual([
      '| clonazepam 0.1 mg/mL oral solution | —      | 47.5 mL  |',
    ]);
  });
});
