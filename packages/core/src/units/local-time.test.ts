import { describe, expect, it } from 'vitest';
import { minutesOfDay, parseLocalTime } from './local-time.js';

describe('parseLocalTime', () => {
  it('normalises to HH:MM', () => {
    expect(parseLocalTime('8:00')).toEqual({ ok: true, value: '08:00' });
    expect(parseLocalTime('22:30')).toEqual({ ok: true, value: '22:30' });
  });

  it('rejects impossible times', () => {
    for (const text of ['24:00', '12:60', '8am', '', '1:5']) {
      expect(parseLocalTime(text)).toMatchObject({ ok: false, error: { code: 'TIME_INVALID' } });
    }
  });

  it('orders the day', () => {
    const time = parseLocalTime('22:30');
    expect(time.ok && minutesOfDay(time.value)).toBe(22 * 60 + 30);
  });
});
