/**
 * Exact 5th, 50th and 95th percentiles of a set of values that changes a
 * little at each step, in about one predictable pass per step instead of a
 * sort. Percentiles interpolate linearly between ranks (position p·(n − 1)).
 *
 * The tracker keeps one ordering of the items per phase (for a simulation on
 * an hourly grid, per hour of the day: ranks at 09:00 today are close to those
 * at 09:00 yesterday). For each percentile it takes as bounds today's values
 * of the items that ranked `WINDOW` places either side of it in that ordering,
 * then counts, in one pass, the items below each lower bound and collects
 * those between the bounds. If, for every percentile, the count below is at
 * most the wanted rank and the count below plus the collected items goes past
 * it, the wanted ranks are among the collected items, which are sorted (they
 * are few). Otherwise the phase's ordering is re-sorted and read directly. The
 * result is the exact order statistic either way: the ordering only makes the
 * fast path likely.
 */

/** Items either side of a percentile's rank whose values bound it. */
const WINDOW = 6;
/** Above this many insertion-sort moves per item, re-sort from scratch. */
const MOVES_PER_ITEM = 16;

export const BAND_PERCENTILES = [0.05, 0.5, 0.95] as const;

interface Rank {
  readonly position: number;
  readonly lo: number;
  readonly hi: number;
}

export interface QuantileTracker {
  /** Sorts every phase's ordering by `values` (call once, before the first `select`). */
  start(values: Float64Array): void;
  /** Writes the 5th, 50th and 95th percentiles of `values` into `into[0..2]`, using `phase`'s ordering. */
  select(phase: number, values: Float64Array, into: Float64Array): void;
}

const sortFully = (order: Int32Array, values: Float64Array): void => {
  const sorted = Array.from(order).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
  order.set(sorted);
};

/** Insertion sort from the previous ordering: O(n + moves); falls back to a full sort past the budget. */
const resort = (order: Int32Array, values: Float64Array): void => {
  const budget = MOVES_PER_ITEM * order.length;
  let moves = 0;
  for (let i = 1; i < order.length; i++) {
    const item = order[i] as number;
    const key = values[item] as number;
    let k = i - 1;
    while (k >= 0 && (values[order[k] as number] as number) > key) {
      order[k + 1] = order[k] as number;
      k--;
    }
    order[k + 1] = item;
    moves += i - 1 - k;
    if (moves > budget) {
      sortFully(order, values);
      return;
    }
  }
};

/** Sorts `buffer[0..length)` in place (it arrives nearly sorted). */
const sortPrefix = (buffer: Float64Array, length: number): void => {
  for (let i = 1; i < length; i++) {
    const x = buffer[i] as number;
    let k = i - 1;
    while (k >= 0 && (buffer[k] as number) > x) {
      buffer[k + 1] = buffer[k] as number;
      k--;
    }
    buffer[k + 1] = x;
  }
};

const valueAt = (order: Int32Array, values: Float64Array, index: number): number => values[order[index] as number] as number;

/** Today's value of the item `WINDOW` places below the rank in the ordering (no bound if there is none). */
const lowerBound = (order: Int32Array, values: Float64Array, rank: Rank): number =>
  rank.lo - WINDOW < 0
    ? Number.NEGATIVE_INFINITY
    : Math.min(valueAt(order, values, rank.lo - WINDOW), valueAt(order, values, rank.lo));

/** Today's value of the item `WINDOW` places above the rank in the ordering (no bound if there is none). */
const upperBound = (order: Int32Array, values: Float64Array, rank: Rank): number =>
  rank.hi + WINDOW >= order.length
    ? Number.POSITIVE_INFINITY
    : Math.max(valueAt(order, values, rank.hi + WINDOW), valueAt(order, values, rank.hi));

/** Whether the wanted ranks fall among the collected items: at most `lo` items below them, and enough collected to reach `hi`. */
const holds = (rank: Rank, under: number, collected: number): boolean => under <= rank.lo && under + collected > rank.hi;

const interpolate = (rank: Rank, low: number, high: number): number => low + (rank.position - rank.lo) * (high - low);

export const createQuantileTracker = (count: number, phases: number): QuantileTracker => {
  if (!(Number.isSafeInteger(count) && count > 0)) throw new RangeError(`count must be a positive integer, got ${count}`);
  if (!(Number.isSafeInteger(phases) && phases > 0)) throw new RangeError(`phases must be a positive integer, got ${phases}`);
  const ranks: Rank[] = BAND_PERCENTILES.map((p) => {
    const position = p * (count - 1);
    const lo = Math.floor(position);
    return { position, lo, hi: Math.min(lo + 1, count - 1) };
  });
  const [r5, r50, r95] = ranks as [Rank, Rank, Rank];
  const orders = Array.from({ length: phases }, () => new Int32Array(count));
  const low5 = new Float64Array(count);
  const mid50 = new Float64Array(count);
  const high95 = new Float64Array(count);

  const fromOrder = (order: Int32Array, values: Float64Array, into: Float64Array): void => {
    for (const [k, rank] of ranks.entries()) {
      into[k] = interpolate(rank, valueAt(order, values, rank.lo), valueAt(order, values, rank.hi));
    }
  };

  const slow = (order: Int32Array, values: Float64Array, into: Float64Array): void => {
    resort(order, values);
    fromOrder(order, values, into);
  };

  return {
    start(values) {
      const first = orders[0] as Int32Array;
      for (let i = 0; i < count; i++) first[i] = i;
      sortFully(first, values);
      for (const order of orders) order.set(first);
    },

    select(phase, values, into) {
      const order = orders[phase % phases] as Int32Array;
      const t0 = lowerBound(order, values, r5);
      const t1 = upperBound(order, values, r5);
      const t2 = lowerBound(order, values, r50);
      const t3 = upperBound(order, values, r50);
      const t4 = lowerBound(order, values, r95);
      const t5 = upperBound(order, values, r95);
      // The three bands must be disjoint and in order for one pass to sort items into them.
      if (!(t0 <= t1 && t1 < t2 && t2 <= t3 && t3 < t4 && t4 <= t5)) {
        slow(order, values, into);
        return;
      }
      let under5 = 0;
      let under50 = 0;
      let from95 = 0;
      let n5 = 0;
      let n50 = 0;
      let n95 = 0;
      for (let i = 0; i < count; i++) {
        const x = valueAt(order, values, i);
        if (x < t2) {
          under50++;
          if (x < t0) under5++;
          else if (x <= t1) low5[n5++] = x;
        } else if (x <= t3) {
          mid50[n50++] = x;
        } else if (x >= t4) {
          from95++;
          if (x <= t5) high95[n95++] = x;
        }
      }
      const under95 = count - from95;
      if (!(holds(r5, under5, n5) && holds(r50, under50, n50) && holds(r95, under95, n95))) {
        slow(order, values, into);
        return;
      }
      sortPrefix(low5, n5);
      sortPrefix(mid50, n50);
      sortPrefix(high95, n95);
      into[0] = interpolate(r5, low5[r5.lo - under5] as number, low5[r5.hi - under5] as number);
      into[1] = interpolate(r50, mid50[r50.lo - under50] as number, mid50[r50.hi - under50] as number);
      into[2] = interpolate(r95, high95[r95.lo - under95] as number, high95[r95.hi - under95] as number);
    },
  };
};
