/**
 * UUIDv7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then randomness, so ids
 * sort by creation time and can be made by the app before the row exists. The
 * clock and the random source are injected; nothing here reads the real time.
 *
 * Ids made in the same millisecond (or when the clock steps back) stay strictly
 * increasing: the 12-bit `rand_a` field is a counter seeded at random for each
 * new millisecond (RFC 9562 §6.2, method 1), and a full counter borrows the next
 * millisecond.
 */
export interface UuidV7Options {
  /** The current time. */
  readonly clock: () => Date;
  /** Fills `bytes` with random bytes, e.g. `crypto.getRandomValues`. */
  readonly random: (bytes: Uint8Array) => void;
}

const MAX_TIMESTAMP = 2 ** 48 - 1;
const COUNTER_LIMIT = 0x1000;

export const createUuidV7 = ({ clock, random }: UuidV7Options): (() => string) => {
  let lastMs = -1;
  let counter = 0;
  const bytes = new Uint8Array(10);
  return () => {
    const now = clock().getTime();
    if (!(Number.isSafeInteger(now) && now >= 0 && now <= MAX_TIMESTAMP)) {
      throw new RangeError(`uuidv7: the clock gave ${now}, not a time in 1970–10889`);
    }
    random(bytes);
    const read = (i: number): number => bytes[i] ?? 0;
    if (now > lastMs) {
      lastMs = now;
      // Seed with the top bit clear so there is room to count up.
      counter = ((read(0) & 0x07) << 8) | read(1);
    } else {
      counter += 1;
      if (counter >= COUNTER_LIMIT) {
        lastMs += 1;
        counter = 0;
      }
    }
    const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');
    const time = hex(lastMs, 12);
    const randA = hex(0x7000 | counter, 4);
    const variant = hex(0x8000 | ((read(2) & 0x3f) << 8) | read(3), 4);
    let tail = '';
    for (let i = 4; i < 10; i += 1) tail += hex(read(i), 2);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-${randA}-${variant}-${tail}`;
  };
};

/** The millisecond timestamp an id was made at. */
export const uuidV7Time = (id: string): Date => new Date(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16));

export const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
