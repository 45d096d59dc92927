import type { Instrument } from '../instrument.js';
import { frequencyItem as item, PHQ_LICENCE } from './phq9.js';

/** GAD-7 (Spitzer 2006; public domain): official wording, bands 5/10/15. */
export const GAD7: Instrument = {
  id: 'gad7',
  version: '1',
  title: 'Generalized Anxiety Disorder scale (GAD-7)',
  shortTitle: 'GAD-7',
  completedBy: 'patient',
  timeframe: 'the last 2 weeks',
  intro: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  wording: 'official',
  licence: PHQ_LICENCE,
  items: [
    item(1, '69725-0', 'Feeling nervous, anxious, or on edge'),
    item(2, '68509-9', 'Not being able to stop or control worrying'),
    item(3, '69733-4', 'Worrying too much about different things'),
    item(4, '69734-2', 'Trouble relaxing'),
    item(5, '69735-9', 'Being so restless that it is hard to sit still'),
    item(6, '69689-8', 'Becoming easily annoyed or irritable'),
    item(7, '69736-7', 'Feeling afraid, as if something awful might happen'),
  ],
  scoredItems: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'],
  range: { min: 0, max: 21 },
  bands: [
    { min: 0, max: 4, id: 'minimal', label: 'Minimal', source: 'spitzer-2006' },
    { min: 5, max: 9, id: 'mild', label: 'Mild', source: 'spitzer-2006' },
    { min: 10, max: 14, id: 'moderate', label: 'Moderate', source: 'spitzer-2006' },
    { min: 15, max: 21, id: 'severe', label: 'Severe', source: 'spitzer-2006' },
  ],
  loinc: { panel: '69737-5', total: '70274-6', source: 'loinc' },
  source: 'spitzer-2006',
};
