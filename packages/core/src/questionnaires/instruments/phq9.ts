import type { AnswerOption, Instrument } from '../instrument.js';

/** The four PHQ/GAD frequency answers with their LOINC answer codes. */
export const FREQUENCY_OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 1, label: 'Several days', loinc: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loinc: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loinc: 'LA6571-9' },
];

/** The PHQ family (PHQ-9, GAD-7) is public domain. */
export const PHQ_LICENCE = 'Public domain (Pfizer; phqscreeners.com): no permission needed to reproduce, translate or display.';

/** A PHQ/GAD item: `q<n>` with the frequency answers and its LOINC code. */
export const frequencyItem = (n: number, loinc: string, text: string) => ({
  id: `q${n}`,
  kind: 'choice' as const,
  text,
  options: FREQUENCY_OPTIONS,
  loinc,
});
const item = frequencyItem;

/** PHQ-9 (Kroenke 2001; public domain): official wording, bands 5/10/15/20, item 9 always followed up. */
export const PHQ9: Instrument = {
  id: 'phq9',
  version: '1',
  title: 'Patient Health Questionnaire (PHQ-9)',
  shortTitle: 'PHQ-9',
  completedBy: 'patient',
  timeframe: 'the last 2 weeks',
  intro: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  wording: 'official',
  licence: PHQ_LICENCE,
  items: [
    item(1, '44250-9', 'Little interest or pleasure in doing things'),
    item(2, '44255-8', 'Feeling down, depressed, or hopeless'),
    item(3, '44259-0', 'Trouble falling or staying asleep, or sleeping too much'),
    item(4, '44254-1', 'Feeling tired or having little energy'),
    item(5, '44251-7', 'Poor appetite or overeating'),
    item(6, '44258-2', 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'),
    item(7, '44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television'),
    item(
      8,
      '44253-3',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    ),
    item(9, '44260-8', 'Thoughts that you would be better off dead or of hurting yourself in some way'),
  ],
  scoredItems: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'],
  range: { min: 0, max: 27 },
  bands: [
    { min: 0, max: 4, id: 'minimal', label: 'Minimal or none', source: 'kroenke-2001' },
    { min: 5, max: 9, id: 'mild', label: 'Mild', source: 'kroenke-2001' },
    { min: 10, max: 14, id: 'moderate', label: 'Moderate', source: 'kroenke-2001' },
    { min: 15, max: 19, id: 'moderately-severe', label: 'Moderately severe', source: 'kroenke-2001' },
    { min: 20, max: 27, id: 'severe', label: 'Severe', source: 'kroenke-2001' },
  ],
  loinc: { panel: '44249-1', total: '44261-6', source: 'loinc' },
  source: 'kroenke-2001',
  // Any answer above "not at all" on item 9 needs a suicide screen, whatever the total.
  evaluate: (answers) =>
    Number(answers.q9) > 0
      ? {
          flags: [
            {
              itemId: 'q9',
              code: 'SUICIDE_ITEM_POSITIVE',
              message: 'Thoughts of being better off dead or of self-harm: ask the suicide screening questions now.',
            },
          ],
          triggers: [{ kind: 'instrument', instrumentId: 'asq', reason: 'PHQ-9 item 9 above 0' }],
        }
      : {},
};
