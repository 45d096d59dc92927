import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/csv.js';
import { clonazepamPlan } from '../../test/record-fixtures.js';
import { CSV_COLUMNS, exportCsv } from './export-csv.js';
import { testRecord } from './test-record.js';

const table = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map(
    (row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]])) as Record<(typeof CSV_COLUMNS)[number], string>,
  );
};

describe('exportCsv', () => {
  const plan = clonazepamPlan('2026-11-20');

  it('writes one RFC 4180 table: CRLF records, quoted only when needed, every row as wide as the header', () => {
    const csv = exportCsv(testRecord(plan));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('gives doses in mg as exact decimals, one row per dose log entry', () => {
    const doses = table(exportCsv(testRecord(plan))).filter((r) => r.record_type === 'dose');
    expect(doses.map((d) => [d.status, d.amount_mg, d.time])).toEqual([
      ['taken', '0.5', '08:00'],
      ['late', '0.125', '08:00'],
      ['missed', '0.001', '08:00'],
      ['extra', '0.25', ''],
    ]);
  });

  it('keeps typed text intact (commas, quotes, line breaks) but defuses spreadsheet formulas', () => {
    const rows = table(exportCsv(testRecord(plan)));
    const notes = rows.filter((r) => r.record_type === 'dose').map((r) => r.text);
    expect(notes).toEqual(["'=1+1", `'-10 minutes, "late"\r\nsecond line`, '', "'@home"]);
    expect(rows.find((r) => r.record_type === 'plan')?.text).toBe("'+Taper, slow");
    expect(rows.find((r) => r.record_type === 'profile')?.text).toBe('Sam "Sammy" Lee');
  });

  it('lists the approved plan’s steps with their daily amounts, and skips a version whose plan it cannot read', () => {
    const steps = table(exportCsv(testRecord(plan))).filter((r) => r.record_type === 'plan_step');
    expect(steps).toHaveLength(plan.steps.reduce((n, s) => n + s.dailyTotals.length, 0));
    expect(steps[0]).toMatchObject({ date: plan.steps[0]?.start, drug: 'clonazepam', amount_mg: '1.5' });
  });

  it('puts the rest in a JSON details column, doses in mg', () => {
    const medication = table(exportCsv(testRecord(plan))).find((r) => r.record_type === 'medication');
    expect(JSON.parse(medication?.details ?? '')).toEqual({ regimen: { doses: [{ time: '08:00', amountMg: 0.125 }] } });
  });

  it('round-trips any note a person might type', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (note) => {
        const record = testRecord(plan);
        const [first, ...rest] = record.doseLogs;
        const csv = exportCsv({ ...record, doseLogs: [{ ...(first as NonNullable<typeof first>), note }, ...rest] });
        const text = table(csv).find((r) => r.record_type === 'dose')?.text;
        expect(text).toBe(note === '' ? '' : /^[=+\-@\t\r]/.test(note) ? `'${note}` : note);
      }),
      { numRuns: 200 },
    );
  });
});
