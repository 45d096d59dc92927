import type { AnswerOption, Instrument } from '../instrument.js';

const SEVERITY: readonly AnswerOption[] = [
  { value: 0, label: 'None' },
  { value: 1, label: 'Mild' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'Severe' },
  { value: 4, label: 'Very severe' },
];

const ASKED = [
  'Do you feel irritable?',
  'Do you feel tired?',
  'Do you feel tense?',
  'Do you have trouble concentrating?',
  'Have you lost your appetite?',
  'Do you have numbness or burning in your face, hands or feet?',
  'Does your heart feel like it is racing?',
  'Does your head feel full or achy?',
  'Do your muscles ache or feel stiff?',
  'Do you feel anxious, nervous or jittery?',
  'Do you feel upset?',
  'How restless was your sleep last night?',
  'Do you feel weak?',
  'Did you get too little sleep last night?',
  'Is your vision disturbed (sensitive to light, blurred)?',
  'Do you feel fearful?',
  'Have you been worrying about things that might go wrong?',
];
const OBSERVED = [
  'Observe: restlessness and agitation',
  'Observe: tremor (arms held out, fingers spread)',
  'Observe: sweating (feel the palms)',
];

/**
 * CIWA-B (Busto 1989): 17 questions the person answers and 3 signs the
 * clinician observes, 0–4 each, total 0–80. Its severity bands come from
 * clinical implementations, not the original paper, so they carry low confidence.
 */
export const CIWA_B: Instrument = {
  id: 'ciwa-b',
  version: '1',
  title: 'Clinical Institute Withdrawal Assessment for Benzodiazepines (CIWA-B), Stepdown wording',
  shortTitle: 'CIWA-B',
  completedBy: 'clinician',
  timeframe: 'now',
  intro: 'A clinician asks the first 17 questions and rates the last 3 signs by observation.',
  wording: 'paraphrased',
  licence: 'No licence statement found (the CIWA-Ar notice does not extend to CIWA-B); items paraphrased by Stepdown.',
  items: [
    ...ASKED.map((text, i) => ({ id: `q${i + 1}`, kind: 'choice' as const, text, options: SEVERITY, ratedBy: 'self' as const })),
    ...OBSERVED.map((text, i) => ({
      id: `q${i + 18}`,
      kind: 'choice' as const,
      text,
      options: SEVERITY,
      ratedBy: 'observer' as const,
    })),
  ],
  scoredItems: Array.from({ length: 20 }, (_, i) => `q${i + 1}`),
  range: { min: 0, max: 80 },
  bands: [
    { min: 0, max: 0, id: 'none', label: 'No signs of withdrawal', source: 'ciwa-b-bands', confidence: 'low' },
    { min: 1, max: 20, id: 'mild', label: 'Mild withdrawal', source: 'ciwa-b-bands', confidence: 'low' },
    { min: 21, max: 40, id: 'moderate', label: 'Moderate withdrawal', source: 'ciwa-b-bands', confidence: 'low' },
    { min: 41, max: 60, id: 'severe', label: 'Severe withdrawal', source: 'ciwa-b-bands', confidence: 'low' },
    { min: 61, max: 80, id: 'very-severe', label: 'Very severe withdrawal', source: 'ciwa-b-bands', confidence: 'low' },
  ],
  source: 'busto-1989',
  // Joint CPG Rec 12: severe or complicated withdrawal needs medically managed care.
  evaluate: (_answers, total) =>
    total > 40
      ? {
          triggers: [
            {
              kind: 'triage',
              urgency: 'urgent',
              reason: `CIWA-B ${total}: severe withdrawal — medical review today; consider medically managed care`,
            },
          ],
        }
      : {},
};
