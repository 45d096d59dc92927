import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration.js';

describe('parseDuration', () => {
  it('reads days, weeks, months and years', () => {
    expect(parseDuration('10d')).toEqual({ ok: true, value: { amount: 10, unit: 'day', days: 10 } });
    expect(parseDuration('3w')).toMatchObject({ ok: true, value: { days: 21 } });
    expect(parseDuration('6 months')).toMatchObject({ ok: true, value: { unit: 'month', days: 180 } });
    expect(parseDuration('2y')).toMatchObject({ ok: true, value: { days: 730 } });
  });

  it('rejects what is not a duration', () => {
    expect(parseDuration('six months')).toMatchObject({ ok: false, error: { code: 'DURATION_INVALID' } });
    expect(parseDuration('3 fortnights')).toMatchObject({ ok: false, error: { code: 'DURATION_UNIT_UNKNOWN' } });
    expect(parseDuration('200y')).toMatchObject({ ok: false, error: { code: 'DURATION_IMPLAUSIBLE' } });
  });
});
