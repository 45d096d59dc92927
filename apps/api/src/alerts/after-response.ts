import {
  type AdjustmentAdvice,
  type AlertSpec,
  type Instrument,
  type ResponseAlerts,
  responseAlerts,
  type Score,
  scoreInstrument,
  suggestAdjustment,
  WITHDRAWAL_INSTRUMENTS,
  type WithdrawalInstrumentId,
  type WithdrawalReading,
} from '@stepdown/core';
import type { AdjustmentSuggestion, Alert, QuestionnaireResponse, Repositories } from '@stepdown/db';
import { ProblemError, unwrapCore } from '../problems.js';
import { type RaiseDeps, raiseAlerts } from './raise.js';

/** Red flags are stored as flags named `redFlags.<id>`, so a retry can give the same answer again. */
const RED_FLAG_PREFIX = 'redFlags.';

export interface Evaluated {
  readonly score: Score;
  readonly rules: ResponseAlerts;
}

/** Scores the answers and runs the alert rules; bad answers are a 422 naming `answers.<item>`, before anything is stored. */
export const evaluateResponse = (
  instrument: Instrument,
  answers: Readonly<Record<string, number | boolean | string>>,
  redFlags: readonly string[],
  region: string,
): Evaluated => {
  const score = unwrapCore(scoreInstrument(instrument, answers), 'answers.');
  const rules = unwrapCore(responseAlerts({ score, redFlags, region }));
  return { score, rules };
};

/** What is stored with the response: the instrument's own flags and triggers, plus the red flags ticked and the triage reasons. */
export const storedFields = ({ score, rules }: Evaluated, redFlags: readonly string[]) => ({
  instrumentId: score.instrumentId,
  instrumentVersion: score.version,
  answers: score.answers,
  total: score.total,
  band: score.band?.id ?? null,
  flags: [
    ...score.flags,
    ...[...new Set(redFlags)].map((id) => ({
      itemId: `${RED_FLAG_PREFIX}${id}`,
      code: 'RED_FLAG',
      message: rules.triage.reasons.find((r) => r.id === id)?.label ?? id,
    })),
  ],
  triggers: [
    ...score.triggers,
    ...rules.triage.reasons.map((r) => ({ kind: 'triage', urgency: r.urgency, reason: r.label, source: r.source })),
  ],
});

/** The red-flag ids stored with a response. */
export const storedRedFlags = (response: QuestionnaireResponse): string[] =>
  (Array.isArray(response.flags) ? (response.flags as { itemId?: unknown }[]) : [])
    .map((f) =>
      typeof f.itemId === 'string' && f.itemId.startsWith(RED_FLAG_PREFIX) ? f.itemId.slice(RED_FLAG_PREFIX.length) : '',
    )
    .filter((id) => id !== '');

/** The patient's "what to do now" when the answers call for help today or now; null otherwise. */
export const helpFor = ({ rules }: Evaluated) => {
  const t = rules.triage;
  if (t.urgency === 'routine') return null;
  return {
    urgency: t.urgency,
    headline: t.headline,
    actions: t.actions,
    emergencyNumber: t.emergencyNumber,
    resources: t.resources,
    tellThem: t.tellThem,
  };
};

/** The withdrawal value the suggestion rule reads from a stored response, if it is one of its instruments. */
const readingOf = (response: QuestionnaireResponse): WithdrawalReading | null => {
  const id = response.instrumentId as WithdrawalInstrumentId;
  if (!WITHDRAWAL_INSTRUMENTS.includes(id)) return null;
  const answers = (response.answers ?? {}) as Record<string, unknown>;
  const value = id === 'check-in' ? answers.withdrawal : response.total;
  return typeof value === 'number' ? { instrumentId: id, completedAt: response.completedAt, value } : null;
};

/** Long enough for every window the rule uses (28 baseline days + 14 recent days), with room. */
const HISTORY_DAYS = 60;

/** The plan a suggestion is about: the one with an approved version, else the newest. */
export const currentPlan = async (repositories: Repositories, patientId: string) => {
  const plans = await repositories.plans.listForPatient(patientId);
  return [...plans].reverse().find((p) => p.activeVersionId !== null) ?? plans[plans.length - 1];
};

export const NO_PLAN = () =>
  new ProblemError(422, 'NO_PLAN', 'There is no taper plan yet: ask your prescriber to make one first.', [
    { field: 'patientId', message: 'has no plan' },
  ]);

const KIND_WORDS = { hold: 'pause (hold) the taper', slow: 'slow the taper' } as const;

/** Raises the routine "a suggestion waits for you" alert and publishes the suggestion. */
export const announceSuggestion = async (deps: RaiseDeps, suggestion: AdjustmentSuggestion, urgent = false) => {
  deps.events.publish({ type: 'suggestion', patientId: suggestion.patientId, data: suggestion });
  const spec: AlertSpec = {
    kind: suggestion.requestedByPatient ? 'patient-asked-for-pause' : 'adjustment-suggested',
    urgency: urgent ? 'urgent' : 'routine',
    title: suggestion.requestedByPatient
      ? `The patient asked to ${KIND_WORDS[suggestion.kind]}`
      : `Suggested: ${KIND_WORDS[suggestion.kind]}`,
    body: suggestion.reason,
    action:
      'Review the suggestion and approve, edit or reject it. Nothing changes in the plan until a prescriber decides; the patient keeps to the current dose meanwhile.',
    patientFacing: false,
    sources: ['joint-cpg-2025', 'fda-klonopin-label'],
  };
  return raiseAlerts(deps, suggestion.patientId, [spec]);
};

/**
 * Runs the suggestion rule after a new withdrawal reading. A hold or slow
 * becomes a suggestion for the prescriber only if the patient has a plan and
 * no suggestion of that kind is already waiting; it is never applied here.
 */
const suggestAfter = async (
  deps: RaiseDeps,
  table: 'checkIns' | 'questionnaireResponses',
  response: QuestionnaireResponse,
): Promise<{ advice: AdjustmentAdvice; suggestion: AdjustmentSuggestion | null } | null> => {
  const latest = readingOf(response);
  if (!latest) return null;
  const at = Date.parse(response.completedAt);
  const history = await deps.repositories[table].listForPatient(response.patientId, {
    instrumentId: response.instrumentId,
    from: new Date(at - HISTORY_DAYS * 86_400_000),
    to: new Date(at),
  });
  const advice = suggestAdjustment(
    history.flatMap((r) => readingOf(r) ?? []),
    latest,
  );
  if (advice.kind === 'none' || advice.ruleId === null) return { advice, suggestion: null };
  const plan = await currentPlan(deps.repositories, response.patientId);
  if (!plan) return { advice, suggestion: null };
  const waiting = await deps.repositories.adjustmentSuggestions.listForPatient(response.patientId, { state: 'suggested' });
  if (waiting.some((s) => s.kind === advice.kind)) return { advice, suggestion: null };
  const suggestion = await deps.repositories.adjustmentSuggestions.create({
    patientId: response.patientId,
    planId: plan.id,
    kind: advice.kind,
    reason: advice.reason,
    source: advice.ruleId,
    requestedByPatient: false,
  });
  await announceSuggestion(deps, suggestion);
  return { advice, suggestion };
};

/** Everything that follows a newly stored response: alerts, the suggestion rule and the live event. */
export const afterNewResponse = async (
  deps: RaiseDeps,
  table: 'checkIns' | 'questionnaireResponses',
  response: QuestionnaireResponse,
  evaluated: Evaluated,
): Promise<{ alerts: readonly Alert[]; suggestion: AdjustmentSuggestion | null }> => {
  const alerts = await raiseAlerts(deps, response.patientId, evaluated.rules.alerts);
  const suggested = await suggestAfter(deps, table, response);
  deps.events.publish({
    type: table === 'checkIns' ? 'check-in' : 'questionnaire-response',
    patientId: response.patientId,
    data: response,
  });
  return { alerts, suggestion: suggested?.suggestion ?? null };
};
