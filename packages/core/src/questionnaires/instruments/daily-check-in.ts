import type { AnswerOption, Instrument } from '../instrument.js';

const TREMOR: readonly AnswerOption[] = [
  { value: 0, label: 'None' },
  { value: 1, label: 'Slight' },
  { value: 2, label: 'Noticeable' },
  { value: 3, label: 'Severe' },
];

/** A withdrawal rating at or above this prompts a review (own design, unvalidated). */
export const CHECK_IN_REVIEW = { withdrawalAtLeast: 7, source: 'stepdown-check-in' } as const;

const scale = (id: string, text: string) => ({
  id,
  kind: 'number' as const,
  text,
  min: 0,
  max: 10,
  unit: 'out of 10',
  integer: true,
});

/**
 * The daily diary: a short own-design check-in that the trend charts and the
 * adaptive taper use. It has no total; it raises flags for the care team.
 */
export const DAILY_CHECK_IN: Instrument = {
  id: 'check-in',
  version: '1',
  title: 'Daily check-in',
  shortTitle: 'Check-in',
  completedBy: 'patient',
  timeframe: 'today',
  intro: 'A minute a day: how you are, so you and your care team can see how the taper is going.',
  wording: 'own',
  licence: 'Stepdown’s own (Apache-2.0).',
  items: [
    scale('withdrawal', 'Overall, how strong are withdrawal symptoms today? (0 none – 10 worst)'),
    scale('anxiety', 'How anxious have you felt today? (0 not at all – 10 extremely)'),
    {
      id: 'sleepHours',
      kind: 'number',
      text: 'How many hours did you sleep last night?',
      min: 0,
      max: 24,
      unit: 'hours',
      integer: false,
    },
    scale('sleepQuality', 'How well did you sleep? (0 very badly – 10 very well)'),
    { id: 'tremor', kind: 'choice', text: 'Shaking or tremor today', options: TREMOR },
    { id: 'dosesAsPlanned', kind: 'yes-no', text: 'Did you take your doses as planned?' },
    {
      id: 'extraDoses',
      kind: 'number',
      text: 'How many extra doses did you take?',
      min: 0,
      max: 20,
      unit: 'doses',
      integer: true,
    },
    { id: 'otherSedatives', kind: 'yes-no', text: 'Did you drink alcohol or take other sedating medicines or opioids?' },
    { id: 'note', kind: 'text', text: 'Anything else you want to note?', maxLength: 2000, optional: true },
  ],
  scoredItems: [],
  bands: [],
  source: 'stepdown-check-in',
  evaluate: (answers) => {
    const flags = [
      ...(Number(answers.withdrawal) >= CHECK_IN_REVIEW.withdrawalAtLeast
        ? [
            {
              itemId: 'withdrawal',
              code: 'SEVERE_WITHDRAWAL_RATING',
              message: 'A strong withdrawal rating: your care team will review whether to hold or slow the taper.',
            },
          ]
        : []),
      ...(answers.dosesAsPlanned === 0
        ? [{ itemId: 'dosesAsPlanned', code: 'DOSES_NOT_AS_PLANNED', message: 'Doses not taken as planned.' }]
        : []),
      ...(Number(answers.extraDoses) > 0
        ? [{ itemId: 'extraDoses', code: 'EXTRA_DOSES', message: 'Extra doses taken: that is useful to know, not a failure.' }]
        : []),
      ...(answers.otherSedatives === 1
        ? [
            {
              itemId: 'otherSedatives',
              code: 'OTHER_SEDATIVES',
              message: 'Alcohol, opioids or other sedatives add to the risk of slowed breathing.',
            },
          ]
        : []),
    ];
    return { flags };
  },
};
