import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';

export interface Sign {
  readonly id: string;
  readonly label: string;
  /** `danger`: call the emergency number; `sedation`: too much medicine now; `misuse`: possible misuse or dependence. */
  readonly kind: 'danger' | 'sedation' | 'misuse';
  readonly source: SourceId;
}

/** Signs a family member or friend may notice (NIDA; FDA 2020; Joint CPG). */
export const SIGNS: readonly Sign[] = [
  { id: 'slow-breathing', label: 'Very slow or stopped breathing, or blue lips', kind: 'danger', source: 'fda-dsc-2016-opioids' },
  { id: 'cannot-wake', label: 'Cannot be woken', kind: 'danger', source: 'fda-dsc-2016-opioids' },
  { id: 'seizure', label: 'A seizure', kind: 'danger', source: 'fda-dsc-2020-benzodiazepines' },
  {
    id: 'confused-after-stopping',
    label: 'Confused or seeing things after stopping or cutting down',
    kind: 'danger',
    source: 'joint-cpg-2025',
  },
  { id: 'suicide-talk', label: 'Talks about suicide or has a plan', kind: 'danger', source: 'nimh-asq' },
  { id: 'drowsy', label: 'Very drowsy, slurred speech or unsteady', kind: 'sedation', source: 'nida-cns-depressants' },
  { id: 'memory', label: 'Memory problems or confusion', kind: 'sedation', source: 'nida-cns-depressants' },
  {
    id: 'several-prescribers',
    label: 'Gets prescriptions from several prescribers',
    kind: 'misuse',
    source: 'nida-cns-depressants',
  },
  { id: 'runs-out-early', label: 'Runs out early or "loses" prescriptions', kind: 'misuse', source: 'nida-cns-depressants' },
  { id: 'money-problems', label: 'Unexplained money problems', kind: 'misuse', source: 'nida-cns-depressants' },
  { id: 'rebound', label: 'Anxiety or shakiness between doses', kind: 'misuse', source: 'joint-cpg-2025' },
  { id: 'lost-interest', label: 'Lost interest in work, school or hobbies', kind: 'misuse', source: 'nida-cns-depressants' },
  { id: 'new-friends', label: 'A new group of friends, secrecy', kind: 'misuse', source: 'nida-cns-depressants' },
  { id: 'legal-trouble', label: 'Legal trouble', kind: 'misuse', source: 'nida-cns-depressants' },
  { id: 'weight-change', label: 'Noticeable weight change', kind: 'misuse', source: 'nida-cns-depressants' },
  { id: 'irritable', label: 'Irritable or moody', kind: 'misuse', source: 'nida-cns-depressants' },
];

export interface SupporterAdvice {
  readonly emergency: boolean;
  readonly noticed: readonly Sign[];
  readonly summary: string;
  readonly whatToDo: readonly string[];
  readonly whatNotToDo: readonly string[];
  readonly howToTalk: readonly string[];
  readonly articles: readonly string[];
}

/**
 * What a supporter can do about the signs they have noticed in someone else:
 * an emergency first when a danger sign is present, then how to help, what
 * not to do, and how to talk about it.
 */
export const adviseSupporter = (signIds: readonly string[]): Result<SupporterAdvice> => {
  const noticed: Sign[] = [];
  for (const id of new Set(signIds)) {
    const sign = SIGNS.find((s) => s.id === id);
    if (!sign)
      return err('SIGN_UNKNOWN', `"${id}" is not a sign Stepdown knows.`, {
        field: 'signs',
        expected: SIGNS.map((s) => s.id).join(', '),
      });
    noticed.push(sign);
  }
  const emergency = noticed.some((s) => s.kind === 'danger');
  const sedation = noticed.some((s) => s.kind === 'sedation');
  const misuse = noticed.filter((s) => s.kind === 'misuse').length;
  const summary = emergency
    ? 'A danger sign: call the emergency number now and stay with them.'
    : misuse >= 2
      ? 'Several signs that could point to misuse or dependence. They are not proof; they are a reason for a caring conversation.'
      : sedation
        ? 'Signs of too much sedation: they may be taking more than is safe, or mixing it with something else.'
        : noticed.length > 0
          ? 'One sign on its own can have many causes. Keep an eye out and keep talking.'
          : 'No signs selected.';
  return ok({
    emergency,
    noticed,
    summary,
    whatToDo: [
      ...(emergency ? ['Call the emergency number now; stay with them; do not let them take more or drink.'] : []),
      ...(sedation
        ? [
            'If they are very drowsy, do not let them drive; check on their breathing; keep naloxone at hand if opioids are in the house.',
          ]
        : []),
      'Choose a calm moment when they are sober, and talk privately.',
      'Say what you have noticed and that you care, using "I" statements.',
      'Encourage them to talk to their prescriber: a slow, supervised taper works.',
      'Offer practical help: a lift to appointments, help keeping a dose diary.',
      'Look after yourself too: support for family and friends helps.',
    ],
    whatNotToDo: [
      'Do not push them to stop suddenly, and do not hide, flush or take away their medicine: stopping abruptly can cause seizures.',
      'Do not argue when they are sedated or upset.',
      'Do not blame, label or threaten; shame makes it harder to ask for help.',
    ],
    howToTalk: [
      '"I have noticed you seem very tired lately, and I am worried about you."',
      '"Would you be willing to talk to your doctor about how the medicine is working?"',
      '"I will help however I can — I am on your side."',
    ],
    articles: ['helping-someone-you-care-about', 'tolerance-dependence-addiction', ...(emergency ? ['getting-help-now'] : [])],
  });
};
