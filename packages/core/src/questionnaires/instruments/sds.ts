import type { AnswerOption, Instrument } from '../instrument.js';

const OFTEN: readonly AnswerOption[] = [
  { value: 0, label: 'Never or almost never' },
  { value: 1, label: 'Sometimes' },
  { value: 2, label: 'Often' },
  { value: 3, label: 'Always or nearly always' },
];
const DIFFICULT: readonly AnswerOption[] = [
  { value: 0, label: 'Not difficult' },
  { value: 1, label: 'Quite difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Impossible' },
];

/** SDS cut-offs for benzodiazepines: 7 or more (de las Cuevas 2000); 6 or more in older adults (Cheng 2019). */
export const SDS_CUT_OFFS = {
  standard: 7,
  olderAdults: 6,
  source: 'de-las-cuevas-2000',
  olderAdultsSource: 'cheng-2019',
} as const;

/**
 * Severity of Dependence Scale (Gossop 1995), in Stepdown's words. Only the
 * published benzodiazepine cut-off is reported: no invented severity bands.
 */
export const SDS: Instrument = {
  id: 'sds',
  version: '1',
  title: 'Severity of Dependence Scale (SDS), benzodiazepine version',
  shortTitle: 'SDS',
  completedBy: 'patient',
  timeframe: 'the past 12 months',
  intro: 'These questions are about your use of clonazepam (or another benzodiazepine) over the past year.',
  wording: 'paraphrased',
  licence: 'Published scale (Addiction 1995), no licence statement found; questions paraphrased by Stepdown.',
  items: [
    { id: 'q1', kind: 'choice', text: 'Did you feel your use of it was out of your control?', options: OFTEN },
    { id: 'q2', kind: 'choice', text: 'Did the thought of missing a dose make you anxious or worried?', options: OFTEN },
    { id: 'q3', kind: 'choice', text: 'Did you worry about how you use it?', options: OFTEN },
    { id: 'q4', kind: 'choice', text: 'Did you wish you could stop?', options: OFTEN },
    { id: 'q5', kind: 'choice', text: 'How difficult would you find it to stop or go without it?', options: DIFFICULT },
  ],
  scoredItems: ['q1', 'q2', 'q3', 'q4', 'q5'],
  range: { min: 0, max: 15 },
  bands: [],
  source: 'gossop-1995',
  evaluate: (_answers, total, options) => {
    const cutOff = options.sdsCutOff ?? SDS_CUT_OFFS.standard;
    const source = cutOff === SDS_CUT_OFFS.standard ? SDS_CUT_OFFS.source : SDS_CUT_OFFS.olderAdultsSource;
    return total >= cutOff
      ? {
          band: {
            min: cutOff,
            max: 15,
            id: 'suggests-dependence',
            label: `At or above the cut-off of ${cutOff}: suggests dependence`,
            source,
          },
          triggers: [
            {
              kind: 'instrument',
              instrumentId: 'dsm5',
              reason: `SDS ${total} ≥ ${cutOff}: check for a use disorder and seek an assessment`,
            },
          ],
        }
      : { band: { min: 0, max: cutOff - 1, id: 'below-cut-off', label: `Below the cut-off of ${cutOff}`, source } };
  },
};
