import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';
import { findRegion, type HelpResource, type RegionId } from './resources.js';
import { RED_FLAGS, type RedFlag, URGENCY_RANK, type Urgency } from './symptoms.js';

export interface TriageInput {
  /** Red-flag ids (see RED_FLAGS). */
  readonly symptoms: readonly string[];
  /** Answers from the suicide screen and the PHQ-9, when given. */
  readonly asq?: 'negative' | 'non-acute-positive' | 'acute-positive';
  readonly phq9Item9?: number;
  readonly region?: RegionId | string;
}

export interface TriageReason {
  readonly id: string;
  readonly label: string;
  readonly urgency: Exclude<Urgency, 'routine'>;
  readonly why: string;
  readonly source: SourceId;
}

export interface Triage {
  readonly urgency: Urgency;
  readonly headline: string;
  readonly actions: readonly string[];
  readonly reasons: readonly TriageReason[];
  readonly region: RegionId;
  readonly emergencyNumber: string;
  readonly resources: readonly HelpResource[];
  /** What to tell the person who answers. */
  readonly tellThem: readonly string[];
}

/** The resources everyone is shown, whatever the answers: emergency, crisis and referral lines. */
const ROUTINE_KINDS: readonly HelpResource['kind'][] = [
  'emergency',
  'crisis',
  'urgent-advice',
  'treatment-referral',
  'treatment-locator',
];

const TELL_THEM = [
  'The medicine (for example clonazepam), the dose, and when the last dose was taken.',
  'Whether the dose was recently lowered or stopped, and since when.',
  'Anything else taken: alcohol, opioids, sleeping pills or other drugs.',
  'What happened and when it started; any seizure, fall or head injury.',
];

/**
 * Sorts reported symptoms and screening answers into what to do now. Any
 * emergency sign makes the whole answer an emergency, whatever else is
 * present; every answer includes the region's emergency and crisis services.
 */
export const triage = (input: TriageInput): Result<Triage> => {
  const region = findRegion(input.region);
  if (!region.ok) return region;
  const reasons: TriageReason[] = [];
  for (const id of new Set(input.symptoms)) {
    const flag = RED_FLAGS.find((f) => f.id === id);
    if (!flag) {
      return err('SYMPTOM_UNKNOWN', `"${id}" is not a symptom Stepdown triages.`, {
        field: 'symptom',
        expected: RED_FLAGS.map((f) => f.id).join(', '),
      });
    }
    reasons.push(flag);
  }
  const suicideNow = RED_FLAGS.find((f) => f.id === 'suicidal-now') as RedFlag;
  const suicideThoughts = RED_FLAGS.find((f) => f.id === 'suicidal-thoughts') as RedFlag;
  if (input.asq === 'acute-positive')
    reasons.push({ ...suicideNow, id: 'asq-acute-positive', label: 'Suicide screen: thoughts of suicide right now' });
  if (input.asq === 'non-acute-positive')
    reasons.push({ ...suicideThoughts, id: 'asq-positive', label: 'Suicide screen positive', source: 'nimh-asq' });
  if (input.phq9Item9 !== undefined && input.phq9Item9 > 0)
    reasons.push({ ...suicideThoughts, id: 'phq9-item9', label: 'PHQ-9: thoughts of being better off dead or of self-harm' });

  const urgency = reasons.reduce<Urgency>(
    (worst, r) => (URGENCY_RANK[r.urgency] > URGENCY_RANK[worst] ? r.urgency : worst),
    'routine',
  );
  const number = region.value.emergencyNumber;
  const byKind = (kinds: readonly HelpResource['kind'][]) => region.value.resources.filter((r) => kinds.includes(r.kind));
  const resources = urgency === 'routine' ? byKind(ROUTINE_KINDS) : region.value.resources;
  const suicidal = reasons.some((r) => r.id.includes('suicid') || r.id.startsWith('asq') || r.id === 'phq9-item9');
  const overdose = reasons.some((r) => r.id === 'took-much-more' || r.id === 'opioids-or-alcohol');

  const headline =
    urgency === 'emergency'
      ? `Call ${number} now.`
      : urgency === 'urgent'
        ? 'Get help today: contact the prescriber today, or a crisis line now.'
        : 'No emergency signs in these answers.';
  const actions =
    urgency === 'emergency'
      ? [
          `Call ${number} now, or ask someone near you to call.`,
          'Do not stay alone: stay with someone until help arrives.',
          'Do not take more of the medicine, alcohol or other drugs.',
          ...(suicidal ? ['Remove anything that could be used for self-harm, if it is safe to do so.'] : []),
        ]
      : urgency === 'urgent'
        ? [
            'Contact the prescriber or care team today.',
            ...(suicidal ? ['Talk to a crisis line now; you do not have to wait.'] : []),
            ...(overdose
              ? [
                  'Call Poison Help (US) or the emergency number for advice now; call the emergency number if breathing slows or they cannot be woken.',
                ]
              : []),
            'Do not stop the medicine suddenly, and do not take extra doses.',
            `If anything gets worse — a seizure, confusion, trouble breathing — call ${number}.`,
          ]
        : [
            'Keep to the plan and check in daily.',
            'Talk to the prescriber if symptoms are hard to bear; a taper can be slowed or paused.',
            `If red-flag signs appear, call ${number}.`,
          ];
  return ok({
    urgency,
    headline,
    actions,
    reasons: reasons.map((r) => ({ id: r.id, label: r.label, urgency: r.urgency, why: r.why, source: r.source })),
    region: region.value.id,
    emergencyNumber: number,
    resources,
    tellThem: TELL_THEM,
  });
};

export { ROUTINE_KINDS };
