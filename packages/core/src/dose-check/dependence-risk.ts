import type { DoseBand } from '../equivalence/dose-band.js';
import type { Finding } from './finding.js';

/** Joint CPG 2025 Table 2 thresholds. */
export const DEPENDENCE_RISK_THRESHOLDS = {
  frequentUseMinDaysPerWeek: 4,
  oneMonthDays: 30,
  threeMonthsDays: 90,
  source: 'joint-cpg-2025',
} as const;

export interface DependenceRiskInput {
  readonly daysPerWeek: number;
  /** Undefined when the person did not say how long they have taken it. */
  readonly durationDays?: number;
  readonly band: DoseBand;
}

const NEXT_STEP =
  'Do not stop suddenly or cut the dose quickly on your own — that can cause withdrawal, including seizures. If you want to reduce, ask your prescriber about a gradual taper.';

/**
 * Risk of withdrawal on stopping (physical dependence), by days per week,
 * duration and dose, as in the Joint CPG 2025 Table 2.
 */
export const dependenceRisk = (input: DependenceRiskInput): Finding => {
  const { source } = DEPENDENCE_RISK_THRESHOLDS;
  if (input.daysPerWeek < DEPENDENCE_RISK_THRESHOLDS.frequentUseMinDaysPerWeek) {
    return {
      code: 'DEPENDENCE_RISK_RARE',
      severity: 'info',
      message: 'Taken on 3 days a week or fewer, withdrawal on stopping is rare.',
      source,
    };
  }
  if (input.durationDays === undefined) {
    return {
      code: 'DEPENDENCE_RISK_UNKNOWN_DURATION',
      severity: 'warning',
      message: `How long it has been taken was not given. Nearly everyone who takes a benzodiazepine on most days for more than a month becomes physically dependent. ${NEXT_STEP}`,
      source,
    };
  }
  const likely =
    input.durationDays >= DEPENDENCE_RISK_THRESHOLDS.threeMonthsDays ||
    (input.durationDays >= DEPENDENCE_RISK_THRESHOLDS.oneMonthDays && input.band !== 'low');
  if (likely) {
    return {
      code: 'DEPENDENCE_LIKELY',
      severity: 'warning',
      message: `At this dose and length of use, physical dependence is expected — it is a normal effect of the drug, not addiction. ${NEXT_STEP}`,
      source,
    };
  }
  return {
    code: 'DEPENDENCE_RISK_POSSIBLE',
    severity: 'info',
    message: `Withdrawal on stopping is less likely at this dose and length of use, but possible. ${NEXT_STEP}`,
    source,
  };
};
