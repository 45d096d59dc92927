import { describe, expect, it } from 'vitest';
import { parseRegimen } from './parse-regimen.js';
import { dailyTotal } from './regimen.js';

describe('parseRegimen', () => {
  it('reads doses with times, sorted through the day', () => {
    const result = parseRegimen(['1mg@22:00', '0.5mg@08:00']);
    expect(result).toEqual({
      ok: true,
      value: [
        { amountUg: 500, time: '08:00' },
        { amountUg: 1000, time: '22:00' },
      ],
    });
    expect(result.ok && dailyTotal(result.value)).toBe(1500);
  });

  it('reads a count per day', () => {
    const result = parseRegimen(['0.5mg tid']);
    expect(result.ok && result.value).toHaveLength(3);
    expect(result.ok && dailyTotal(result.value)).toBe(1500);
    expect(parseRegimen(['0.25 mg bid'])).toMatchObject({ ok: true, value: [{ amountUg: 250 }, { amountUg: 250 }] });
    expect(parseRegimen(['1mg'])).toEqual({ ok: true, value: [{ amountUg: 1000 }] });
  });

  it('names the entry at fault', () => {
    expect(parseRegimen(['0.5mg@08:00', '1mg@25:00'])).toMatchObject({
      ok: false,
      error: { code: 'TIME_INVALID', field: 'dose[1]' },
    });
    expect(parseRegimen(['0.5@08:00'])).toMatchObject({ ok: false, error: { code: 'DOSE_UNIT_MISSING', field: 'dose' } });
    expect(parseRegimen(['0.5mg sometimes'])).toMatchObject({ ok: false, error: { code: 'REGIMEN_INVALID' } });
    expect(parseRegimen([])).toMatchObject({ ok: false, error: { code: 'REGIMEN_EMPTY' } });
  });

  it('refuses two doses at the same time instead of silently doubling', () => {
    expect(parseRegimen(['0.5mg@08:00', '0.5mg@8:00'])).toMatchObject({ ok: false, error: { code: 'REGIMEN_DUPLICATE_TIME' } });
  });
});
