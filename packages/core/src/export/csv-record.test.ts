import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from './csv-record.js';
import { parseCsv } from './test-support.js';

describe('csvField and csvRecord', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('08:00 0.5 mg')).toBe('08:00 0.5 mg');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "half"')).toBe('"say ""half"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvRecord(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('round-trips any fields through a strict RFC 4180 parser', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]?.length ?? 0;
          const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
          expect(parseCsv(table.map(csvRecord).join(''))).toEqual(table);
        },
      ),
    );
  });
});
