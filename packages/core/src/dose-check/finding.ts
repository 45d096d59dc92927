import type { SourceId } from '../sources/registry.js';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** One thing a dose check found. Codes are stable: the API, CLI and tests rely on them. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  /** Plain language, for the patient as much as the prescriber. */
  readonly message: string;
  readonly source: SourceId;
  /** Set when the rule rests on a fact Stepdown could not fully confirm. */
  readonly confidence?: 'low';
}

/** Most severe first, then by code, so output is stable. */
export const sortFindings = (findings: readonly Finding[]): Finding[] =>
  findings.toSorted((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.code.localeCompare(b.code));
