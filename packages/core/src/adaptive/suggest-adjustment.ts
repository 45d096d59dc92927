import type { SourceId } from '../sources/registry.js';
import { ADAPTIVE_THRESHOLDS, type WithdrawalInstrumentId } from './thresholds.js';

/** One scored withdrawal reading: the check-in's withdrawal rating, or a BWSQ / CIWA-B total. */
export interface WithdrawalReading {
  readonly instrumentId: WithdrawalInstrumentId;
  /** When it was completed (ISO instant). */
  readonly completedAt: string;
  readonly value: number;
}

/** What the rule proposes. Never "stop", never "increase": only a prescriber changes a dose. */
export type SuggestionKind = 'none' | 'slow' | 'hold';
export const SUGGESTION_RANK: Readonly<Record<SuggestionKind, number>> = { none: 0, slow: 1, hold: 2 };

export interface AdjustmentAdvice {
  readonly kind: SuggestionKind;
  /** Stable id of the rule that fired (stored as the suggestion's source), or null for none. */
  readonly ruleId: string | null;
  /** In plain words, for the clinician deciding. */
  readonly reason: string;
  readonly sources: readonly SourceId[];
  /** The baseline median the reading was compared with, when there was one. */
  readonly baseline: number | null;
}

const MS_PER_DAY = 86_400_000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // Integers in, so the mean of the two middle values is exact (x.5 at worst).
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const NAMES: Readonly<Record<WithdrawalInstrumentId, string>> = {
  'check-in': 'daily withdrawal rating',
  bwsq: 'BWSQ total',
  'ciwa-b': 'CIWA-B total',
};

/** Why slowing or pausing is the response (Joint 2025; clonazepam label), plus the thresholds' own source. */
const WHY: readonly SourceId[] = ['joint-cpg-2025', 'fda-klonopin-label'];

/**
 * Compares a new withdrawal reading with the patient's own recent history of
 * the same instrument. A severe reading suggests a hold (pause at the current
 * step); a sustained rise over the patient's baseline suggests slowing; both
 * together suggest a hold. Readings after the new one are ignored, so a late
 * upload of an old check-in is judged against what came before it.
 */
export const suggestAdjustment = (history: readonly WithdrawalReading[], latest: WithdrawalReading): AdjustmentAdvice => {
  const t = ADAPTIVE_THRESHOLDS[latest.instrumentId];
  const at = Date.parse(latest.completedAt);
  const name = NAMES[latest.instrumentId];
  const earlier = history
    .filter((r) => r.instrumentId === latest.instrumentId && Date.parse(r.completedAt) < at)
    .sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));

  const severe = t.severeAtLeast !== null && latest.value >= t.severeAtLeast;

  // The recent readings: the new one and the ones just before it, all within the window.
  const recent = [...earlier.slice(-(t.sustainedReadings - 1)), latest];
  const first = recent[0] as WithdrawalReading;
  const recentInWindow =
    recent.length === t.sustainedReadings && at - Date.parse(first.completedAt) <= t.sustainedWithinDays * MS_PER_DAY;
  const start = Date.parse(first.completedAt);
  const baselineReadings = earlier.filter(
    (r) => Date.parse(r.completedAt) < start && Date.parse(r.completedAt) >= start - t.baselineDays * MS_PER_DAY,
  );
  const baseline = baselineReadings.length >= t.minBaselineReadings ? median(baselineReadings.map((r) => r.value)) : null;
  const rising =
    baseline !== null && recentInWindow && recent.every((r) => r.value >= baseline + t.riseAtLeast) && latest.value > baseline;

  const sources: SourceId[] = [...WHY, t.source, ...(severe && t.severeSource ? [t.severeSource] : [])];
  const unique = [...new Set(sources)];
  if (severe) {
    return {
      kind: 'hold',
      ruleId: `adaptive:${latest.instrumentId}:severe`,
      reason:
        `Severe withdrawal: ${name} ${latest.value} (severe from ${t.severeAtLeast})` +
        (rising
          ? `, and ${t.sustainedReadings} readings in a row at least ${t.riseAtLeast} above the baseline ${baseline}`
          : '') +
        '. Consider pausing at the current step, or returning to the previous step, until symptoms settle.',
      sources: unique,
      baseline,
    };
  }
  if (rising) {
    return {
      kind: 'slow',
      ruleId: `adaptive:${latest.instrumentId}:sustained-rise`,
      reason:
        `Sustained rise: the last ${t.sustainedReadings} ${name}s (${recent.map((r) => r.value).join(', ')}) are each at least ` +
        `${t.riseAtLeast} above this patient's baseline of ${baseline} (median of the previous ${t.baselineDays} days). ` +
        'Consider slowing the taper: smaller cuts or longer steps.',
      sources: unique,
      baseline,
    };
  }
  return {
    kind: 'none',
    ruleId: null,
    reason:
      baseline === null
        ? `Not enough earlier ${name}s for a baseline; no severe reading.`
        : 'No severe reading or sustained rise.',
    sources: unique,
    baseline,
  };
};
