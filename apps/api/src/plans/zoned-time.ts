/**
 * Wall-clock time in an IANA time zone, with Intl.DateTimeFormat only (no
 * dependencies). Doses are taken by the wall clock: 08:00 stays 08:00 when the
 * clocks change, so the instant is worked out for each date.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** A local date and time of day, as numbers. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall clock in `timeZone` at `instant`. */
export const wallClock = (instant: Date, timeZone: string): WallClock => {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    // Some engines print midnight as 24 even with h23.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
};

/** The wall clock read as if it were UTC, in milliseconds: comparable and subtractable. */
const asUtc = (w: WallClock): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The zone's offset from UTC at `ms`, in milliseconds (whole seconds). */
const offsetAt = (ms: number, timeZone: string): number =>
  asUtc(wallClock(new Date(ms), timeZone)) - Math.floor(ms / 1000) * 1000;

/** The local date `YYYY-MM-DD` in `timeZone` at `instant`: "today" for the patient. */
export const localDate = (instant: Date, timeZone: string): string => {
  const w = wallClock(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
};

/**
 * The UTC instant of a wall-clock time (`HH:MM`) on a local date in `timeZone`.
 * A time that exists once is exact. An ambiguous time (clocks going back) takes
 * its first occurrence. A time that does not exist (clocks going forward) moves
 * to the first valid minute after it, the moment the clocks change.
 */
export const zonedInstant = (date: string, time: string, timeZone: string): Date => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Any transition near the date lies between the offsets a day either side (zones change at most once a day).
  const offsets = [...new Set([offsetAt(wanted - DAY_MS, timeZone), offsetAt(wanted + DAY_MS, timeZone)])];
  const matches = offsets
    .map((offset) => wanted - offset)
    .filter((ms) => asUtc(wallClock(new Date(ms), timeZone)) === wanted)
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first !== undefined) return new Date(first);
  // In a gap: the change happens between the two readings; find its first minute by bisection.
  const candidates = offsets.map((offset) => wanted - offset).sort((a, b) => a - b);
  let low = candidates[0] ?? wanted;
  let high = candidates.at(-1) ?? wanted;
  const beforeOffset = offsetAt(low, timeZone);
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(middle, timeZone) === beforeOffset) low = middle;
    else high = middle;
  }
  return new Date(high);
};
