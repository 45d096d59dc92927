import type { Instrument } from '../instrument.js';

/** DSM-5 severity by the number of criteria met: 2–3 mild, 4–5 moderate, 6 or more severe. */
export const USE_DISORDER_BANDS = { mildFrom: 2, moderateFrom: 4, severeFrom: 6, source: 'dsm5-sud-criteria' } as const;

const criterion = (id: string, text: string) => ({ id, kind: 'yes-no' as const, text });

/** Tolerance and withdrawal: not counted for someone taking it as prescribed under medical care. */
const PHARMACOLOGICAL = ['c10', 'c11'];

/**
 * A checklist based on the DSM-5 criteria for sedative, hypnotic or
 * anxiolytic use disorder, in Stepdown's own words (the APA's text is
 * licensed). The key distinction: physical dependence from prescribed use is
 * not a use disorder, so tolerance and withdrawal do not count then.
 */
export const DSM5_CHECKLIST: Instrument = {
  id: 'dsm5',
  version: '1',
  title: 'Use-disorder checklist (based on DSM-5 criteria)',
  shortTitle: 'DSM-5-based checklist',
  completedBy: 'clinician',
  timeframe: 'the past 12 months',
  intro:
    'Based on DSM-5 criteria for sedative, hypnotic or anxiolytic use disorder, in our own words. A screening aid: a diagnosis needs a clinical assessment.',
  wording: 'own',
  licence: 'Own wording based on DSM-5 criteria (DSM-5 text is © American Psychiatric Association and not reproduced).',
  items: [
    { id: 'supervised', kind: 'yes-no', text: 'Is it taken only as prescribed, under the care of a prescriber?' },
    criterion('c1', 'Taken in larger amounts, or for longer, than meant to'),
    criterion('c2', 'Wanted to cut down, or tried and could not'),
    criterion('c3', 'A lot of time spent getting it, using it or getting over its effects'),
    criterion('c4', 'Cravings or strong urges to take it'),
    criterion('c5', 'Use has got in the way of work, school or home duties'),
    criterion('c6', 'Kept using even though it caused or worsened problems with other people'),
    criterion('c7', 'Gave up or cut back important activities because of it'),
    criterion('c8', 'Used it again and again in situations where it is physically risky (such as driving)'),
    criterion('c9', 'Kept using despite knowing it causes or worsens a physical or mental health problem'),
    criterion('c10', 'Needs more for the same effect, or the same amount works less (tolerance)'),
    criterion('c11', 'Withdrawal symptoms when it wears off, or taking it to avoid them'),
  ],
  scoredItems: [],
  range: { min: 0, max: 11 },
  bands: [
    { min: 0, max: 1, id: 'not-met', label: 'Criteria for a use disorder not met', source: 'dsm5-sud-criteria' },
    { min: 2, max: 3, id: 'mild', label: 'Possible mild use disorder', source: 'dsm5-sud-criteria' },
    { min: 4, max: 5, id: 'moderate', label: 'Possible moderate use disorder', source: 'dsm5-sud-criteria' },
    { min: 6, max: 11, id: 'severe', label: 'Possible severe use disorder', source: 'dsm5-sud-criteria' },
  ],
  source: 'dsm5-sud-criteria',
  evaluate: (answers) => {
    const supervised = answers.supervised === 1;
    const counted = Array.from({ length: 11 }, (_, i) => `c${i + 1}`).filter(
      (id) => answers[id] === 1 && !(supervised && PHARMACOLOGICAL.includes(id)),
    );
    const excluded = supervised ? PHARMACOLOGICAL.filter((id) => answers[id] === 1) : [];
    return {
      total: counted.length,
      flags: excluded.map((itemId) => ({
        itemId,
        code: 'NOT_COUNTED_UNDER_SUPERVISION',
        message:
          'Not counted: with prescribed, supervised use this is physical dependence, an expected effect of the medicine, not a use disorder.',
      })),
    };
  },
};
