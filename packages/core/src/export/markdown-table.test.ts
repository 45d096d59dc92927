import { describe, expect, it } from 'vitest';
import { markdownTable } from './markdown-table.js';

describe('markdownTable', () => {
  it('pads columns so the table lines up as plain text', () => {
    expect(
      markdownTable(
        ['Time', 'Dose'],
        [
          ['08:00', '0.5 mg — 1 × 0.5 mg tablet'],
          ['22:00', '1 mg'],
        ],
      ),
    ).toBe(
      [
        '| Time  | Dose                       |',
        '| ----- | -------------------------- |',
        '| 08:00 | 0.5 mg — 1 × 0.5 mg tablet |',
        '| 22:00 | 1 mg                       |',
      ].join('\n'),
    );
  });

  it('escapes pipes, flattens line breaks and fills short rows', () => {
    expect(markdownTable(['A', 'B'], [['x|y', 'one\ntwo'], ['z']])).toBe(
      ['| A    | B       |', '| ---- | ------- |', '| x\\|y | one two |', '| z    |         |'].join('\n'),
    );
  });
});
