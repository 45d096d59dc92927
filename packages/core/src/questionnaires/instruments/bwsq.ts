import type { AnswerOption, Instrument } from '../instrument.js';

const OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes, moderate' },
  { value: 2, label: 'Yes, severe' },
];

const TOPICS = [
  'Feeling that things around you are unreal',
  'Very sensitive to noise',
  'Very sensitive to light',
  'Very sensitive to smells',
  'Very sensitive to touch',
  'A strange taste in the mouth',
  'Aching muscles',
  'Twitching muscles',
  'Shaking or trembling',
  'Pins and needles',
  'Dizziness or light-headedness',
  'Feeling faint',
  'Feeling sick',
  'Feeling low or depressed',
  'Sore eyes',
  'Feeling that still things are moving',
  'Seeing or hearing things that are not there',
  'Trouble controlling your movements',
  'Memory loss',
  'Loss of appetite',
];

/**
 * Benzodiazepine Withdrawal Symptom Questionnaire (Tyrer 1990): 20 symptoms,
 * 0–2 each, total 0–40, in Stepdown's words. It has no validated cut-offs, so
 * it is used to follow change over a taper, never to label severity.
 */
export const BWSQ: Instrument = {
  id: 'bwsq',
  version: '1',
  title: 'Benzodiazepine Withdrawal Symptom Questionnaire (BWSQ), Stepdown wording',
  shortTitle: 'BWSQ',
  completedBy: 'patient',
  timeframe: 'the past week',
  intro: 'In the past week, have you had any of these? Answer for how you felt, whatever you think the cause.',
  wording: 'paraphrased',
  licence: 'Freely accessible measure; no owner licence statement found. Items paraphrased by Stepdown.',
  items: TOPICS.map((text, i) => ({ id: `q${i + 1}`, kind: 'choice' as const, text, options: OPTIONS })),
  scoredItems: TOPICS.map((_, i) => `q${i + 1}`),
  range: { min: 0, max: 40 },
  bands: [],
  source: 'tyrer-1990',
  evaluate: (answers) => ({
    band: null,
    flags:
      answers.q17 !== undefined && Number(answers.q17) > 0
        ? [
            {
              itemId: 'q17',
              code: 'HALLUCINATIONS',
              message: 'Seeing or hearing things that are not there needs medical help now.',
            },
          ]
        : [],
    triggers:
      answers.q17 !== undefined && Number(answers.q17) > 0
        ? [{ kind: 'triage', urgency: 'emergency', reason: 'Hallucinations reported on the withdrawal questionnaire' }]
        : [],
  }),
};
