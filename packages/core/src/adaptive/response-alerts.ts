import { CHECK_IN_REVIEW } from '../questionnaires/instruments/daily-check-in.js';
import type { Score } from '../questionnaires/score.js';
import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';
import type { RegionId } from '../triage/resources.js';
import { RED_FLAGS } from '../triage/symptoms.js';
import { type Triage, type TriageInput, triage } from '../triage/triage.js';
import { ADAPTIVE_THRESHOLDS } from './thresholds.js';

export type AlertUrgency = 'emergency' | 'urgent' | 'routine';

/** An alert to raise: who sees it is decided by the server (consent); this says what and how urgent. */
export interface AlertSpec {
  /** Stable, e.g. `red-flag`, `asq-acute-positive`, `phq9-item9`, `severe-withdrawal`, `missed-doses`. */
  readonly kind: string;
  readonly urgency: AlertUrgency;
  readonly title: string;
  readonly body: string;
  /** What the care team should do now. */
  readonly action: string;
  /** Also shown to the patient, with the crisis resources (emergencies only). */
  readonly patientFacing: boolean;
  /** What the patient should do now, in their words (patient-facing alerts). */
  readonly patientAction?: string;
  readonly sources: readonly SourceId[];
}

export interface ResponseAlertsInput {
  /** The scored answers, as `scoreInstrument` returned them. */
  readonly score: Pick<Score, 'instrumentId' | 'total' | 'band' | 'answers'>;
  /** Red-flag ids (RED_FLAGS) the patient ticked with a check-in. */
  readonly redFlags?: readonly string[];
  readonly region: RegionId | string;
}

export interface ResponseAlerts {
  readonly alerts: readonly AlertSpec[];
  /** The triage of everything in the response: the patient's "what to do now" and the region's services. */
  readonly triage: Triage;
}

/** Red flags that the check-in's own answers imply, beyond those ticked. */
const impliedRedFlags = (score: ResponseAlertsInput['score']): string[] => {
  const a = score.answers;
  // Alcohol, opioids or other sedatives with a benzodiazepine: the FDA boxed warning (RED_FLAGS 'opioids-or-alcohol').
  if (score.instrumentId === 'check-in' && a.otherSedatives === 1) return ['opioids-or-alcohol'];
  // BWSQ item 17: seeing or hearing things that are not there.
  if (score.instrumentId === 'bwsq' && Number(a.q17) > 0) return ['hallucinations'];
  return [];
};

const triageInput = (input: ResponseAlertsInput): TriageInput => {
  const { score } = input;
  const band = score.band?.id;
  return {
    symptoms: [...(input.redFlags ?? []), ...impliedRedFlags(score)],
    region: input.region,
    ...(score.instrumentId === 'asq' && (band === 'acute-positive' || band === 'non-acute-positive' || band === 'negative')
      ? { asq: band }
      : {}),
    ...(score.instrumentId === 'phq9' && typeof score.answers.q9 === 'number' ? { phq9Item9: score.answers.q9 } : {}),
  };
};

const kindOf = (t: Triage): string => {
  const ids = t.reasons.map((r) => r.id);
  if (ids.includes('asq-acute-positive')) return 'asq-acute-positive';
  if (ids.includes('asq-positive')) return 'asq-positive';
  if (ids.includes('phq9-item9')) return 'phq9-item9';
  return 'red-flag';
};

const CARE_TEAM_ACTION: Readonly<Record<Exclude<AlertUrgency, 'routine'>, string>> = {
  emergency:
    'Contact the patient now. If you cannot reach them, or they are in danger, call the emergency services for their area. The patient has been shown the emergency number and crisis lines.',
  urgent:
    'Contact the patient today. Suicidal thoughts: a safety assessment today. Opioids or alcohol: check for over-sedation. Severe withdrawal: consider pausing the taper.',
};

/** The withdrawal value a response carries, if its instrument is one the severe rule reads. */
const severeWithdrawal = (score: ResponseAlertsInput['score']): { value: number; from: number } | null => {
  if (score.instrumentId === 'check-in' && typeof score.answers.withdrawal === 'number') {
    return score.answers.withdrawal >= CHECK_IN_REVIEW.withdrawalAtLeast
      ? { value: score.answers.withdrawal, from: CHECK_IN_REVIEW.withdrawalAtLeast }
      : null;
  }
  const from = ADAPTIVE_THRESHOLDS['ciwa-b'].severeAtLeast;
  if (score.instrumentId === 'ciwa-b' && score.total !== null && from !== null && score.total >= from) {
    return { value: score.total, from };
  }
  return null;
};

/**
 * Which alerts a scored check-in or questionnaire raises: red flags and
 * suicide-screen answers through core triage (the worst urgency wins, H25);
 * a severe withdrawal score; extra doses reported in a check-in. Emergencies
 * are also shown to the patient. Unknown red-flag ids are an error.
 */
export const responseAlerts = (input: ResponseAlertsInput): Result<ResponseAlerts> => {
  const t = triage(triageInput(input));
  if (!t.ok)
    return t.error.code === 'SYMPTOM_UNKNOWN'
      ? err(t.error.code, t.error.message, { field: 'redFlags', expected: RED_FLAGS.map((f) => f.id).join(', ') })
      : t;
  const alerts: AlertSpec[] = [];
  const triaged = t.value;
  if (triaged.urgency !== 'routine') {
    alerts.push({
      kind: kindOf(triaged),
      urgency: triaged.urgency,
      title: triaged.urgency === 'emergency' ? `Emergency: ${triaged.reasons[0]?.label}` : `Urgent: ${triaged.reasons[0]?.label}`,
      body: triaged.reasons.map((r) => `${r.label}: ${r.why}`).join(' '),
      action: CARE_TEAM_ACTION[triaged.urgency],
      patientFacing: triaged.urgency === 'emergency',
      ...(triaged.urgency === 'emergency' ? { patientAction: triaged.actions.join(' ') } : {}),
      sources: [...new Set(triaged.reasons.map((r) => r.source))],
    });
  }
  const severe = severeWithdrawal(input.score);
  if (severe) {
    alerts.push({
      kind: 'severe-withdrawal',
      urgency: 'urgent',
      title: `Severe withdrawal score (${severe.value})`,
      body: `${input.score.instrumentId === 'check-in' ? 'Daily withdrawal rating' : 'CIWA-B total'} ${severe.value}, at or above ${severe.from}.`,
      action:
        'Contact the patient today: ask about red-flag signs, and consider pausing at the current step or returning to the previous one. Never stop suddenly.',
      patientFacing: false,
      sources: [
        'joint-cpg-2025',
        'fda-klonopin-label',
        input.score.instrumentId === 'check-in' ? 'stepdown-check-in' : 'ciwa-b-bands',
      ],
    });
  }
  const extra = input.score.instrumentId === 'check-in' ? Number(input.score.answers.extraDoses) : 0;
  if (extra > 0) {
    alerts.push({
      kind: 'extra-dose',
      urgency: 'routine',
      title: `Extra doses reported (${extra})`,
      body: `The patient reported ${extra} extra dose${extra === 1 ? '' : 's'} in today's check-in.`,
      action: 'Ask how the patient is coping: extra doses often mean withdrawal is hard to bear and the pace may need review.',
      patientFacing: false,
      sources: ['stepdown-check-in', 'joint-cpg-2025'],
    });
  }
  return ok({ alerts, triage: triaged });
};
