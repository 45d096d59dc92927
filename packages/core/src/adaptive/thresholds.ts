/**
 * The numbers behind the adaptive-taper rules. Each group names its source.
 * The guideline and the label say *what* to do when withdrawal becomes
 * significant (slow or pause; return to the previous step), not at which
 * score; the windows and margins below are Stepdown's own choices, recorded
 * under `stepdown-check-in` with low confidence (docs/adaptive-taper.md).
 */

/** Which withdrawal measures the suggestion rule follows, and how each is compared with itself. */
export interface WithdrawalRuleThresholds {
  /** Days before the recent readings that make up the patient's own baseline. */
  readonly baselineDays: number;
  /** Fewer baseline readings than this: no baseline, so only the severe rule applies. */
  readonly minBaselineReadings: number;
  /** "Sustained": this many most recent readings (the new one included) all above the baseline… */
  readonly sustainedReadings: number;
  /** …taken within this many days of the new one… */
  readonly sustainedWithinDays: number;
  /** …each at least this much above the baseline median. */
  readonly riseAtLeast: number;
  /** A single reading at or above this is severe: suggest a hold. Null: the instrument has no validated cut-off. */
  readonly severeAtLeast: number | null;
  readonly source: 'stepdown-check-in';
  /** Where the severe cut-off comes from, when there is one. */
  readonly severeSource?: 'stepdown-check-in' | 'ciwa-b-bands';
}

/** The instruments the rule reads: the daily check-in's withdrawal rating (0–10), BWSQ (0–40), CIWA-B (0–80). */
export type WithdrawalInstrumentId = 'check-in' | 'bwsq' | 'ciwa-b';
export const WITHDRAWAL_INSTRUMENTS: readonly WithdrawalInstrumentId[] = ['check-in', 'bwsq', 'ciwa-b'];

export const ADAPTIVE_THRESHOLDS: Readonly<Record<WithdrawalInstrumentId, WithdrawalRuleThresholds>> & {
  readonly source: 'stepdown-check-in';
} = {
  source: 'stepdown-check-in',
  // Daily rating 0–10: two weeks of baseline, three days in a row 2 points above it.
  // Severe = the check-in's own review threshold (CHECK_IN_REVIEW, 7 of 10).
  'check-in': {
    baselineDays: 14,
    minBaselineReadings: 3,
    sustainedReadings: 3,
    sustainedWithinDays: 7,
    riseAtLeast: 2,
    severeAtLeast: 7,
    source: 'stepdown-check-in',
    severeSource: 'stepdown-check-in',
  },
  // Weekly questionnaire 0–40 with no validated cut-offs (tyrer-1990): change only, never "severe".
  // Two weekly answers in a row 5 points (an eighth of the range) above the previous four weeks.
  bwsq: {
    baselineDays: 28,
    minBaselineReadings: 2,
    sustainedReadings: 2,
    sustainedWithinDays: 14,
    riseAtLeast: 5,
    severeAtLeast: null,
    source: 'stepdown-check-in',
  },
  // Clinician-rated 0–80: severe band starts at 41 (ciwa-b-bands, low confidence); a rise of 10
  // (an eighth of the range) on two ratings within a week.
  'ciwa-b': {
    baselineDays: 28,
    minBaselineReadings: 1,
    sustainedReadings: 2,
    sustainedWithinDays: 7,
    riseAtLeast: 10,
    severeAtLeast: 41,
    source: 'stepdown-check-in',
    severeSource: 'ciwa-b-bands',
  },
};

/**
 * Dose-log rules. Missed doses: two or more in three local days look like an
 * unplanned fast reduction, which can bring on withdrawal (FDA 2020 boxed
 * warning); one miss alone is common and is left to the check-in. Any extra
 * dose is worth a look: it often means withdrawal is hard to bear.
 */
export const DOSE_LOG_THRESHOLDS = {
  missedDosesAtLeast: 2,
  missedWithinDays: 3,
  source: 'stepdown-check-in',
} as const;
