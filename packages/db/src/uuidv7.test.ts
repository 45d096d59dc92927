import { randomFillSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUuidV7, UUID_V7_PATTERN, uuidV7Time } from './uuidv7.js';

const fixedClock = (iso: string) => {
  let ms = Date.parse(iso);
  return { clock: () => new Date(ms), set: (next: number) => (ms = next), now: () => ms };
};

describe('createUuidV7', () => {
  it('makes RFC 9562 version-7 ids carrying the clock time', () => {
    const { clock } = fixedClock('2026-03-01T09:30:00.123Z');
    const id = createUuidV7({ clock, random: (b) => randomFillSync(b) })();
    expect(id).toMatch(UUID_V7_PATTERN);
    expect(uuidV7Time(id).toISOString()).toBe('2026-03-01T09:30:00.123Z');
  });

  it('is deterministic for a given clock and random source', () => {
    const { clock } = fixedClock('2026-03-01T00:00:00.000Z');
    const zeros = () => createUuidV7({ clock, random: (b) => b.fill(0) })();
    expect(zeros()).toBe('019ca6b1-dc00-7000-8000-000000000000');
    expect(zeros()).toBe(zeros());
  });

  it('stays strictly increasing within a millisecond and when the clock steps back', () => {
    const c = fixedClock('2026-03-01T00:00:00.000Z');
    const next = createUuidV7({ clock: c.clock, random: (b) => b.fill(0xff) });
    const ids: string[] = [];
    for (let i = 0; i < 5000; i += 1) ids.push(next()); // more than the 12-bit counter holds
    c.set(c.now() - 60_000);
    ids.push(next(), next());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(UUID_V7_PATTERN);
  });

  it('refuses a clock outside the 48-bit range', () => {
    const next = createUuidV7({ clock: () => new Date(Number.NaN), random: (b) => b.fill(0) });
    expect(() => next()).toThrow(RangeError);
  });
});
