import { mg } from '../units/units.js';
import type { Drug } from './drug.js';

const LABEL = 'fda-valium-label' as const;

/** Diazepam, the usual long-acting drug to switch to before a taper (Ashton; NICE CKS). */
export const DIAZEPAM: Drug = {
  id: 'diazepam',
  name: 'diazepam',
  class: 'benzodiazepine',
  brands: [
    { name: 'Valium', markets: ['US', 'UK'] },
    { name: 'Diazemuls', markets: ['UK'] },
  ],
  detail: 'full',
  schedule: { us: 'C-IV', source: LABEL },
  indications: [
    {
      indication: 'anxiety',
      title: 'Anxiety disorders and short-term relief of anxiety symptoms',
      startDailyUg: mg(4),
      maxDailyUg: mg(40),
      elderlyStartDailyUg: mg(2),
      titration:
        'Adults 2–10 mg two to four times daily. Older or debilitated adults: 2–2.5 mg once or twice daily to start, raised slowly.',
      source: LABEL,
      // The label gives ranges, not a stated maximum: 40 mg is 10 mg four times daily.
      confidence: 'low',
    },
    {
      indication: 'alcohol-withdrawal',
      title: 'Acute alcohol withdrawal',
      startDailyUg: mg(30),
      maxDailyUg: mg(40),
      titration: '10 mg three or four times in the first 24 hours, then 5 mg three or four times daily as needed.',
      source: LABEL,
      confidence: 'low',
    },
    {
      indication: 'muscle-spasm',
      title: 'Adjunct for relief of skeletal muscle spasm',
      startDailyUg: mg(6),
      maxDailyUg: mg(40),
      elderlyStartDailyUg: mg(2),
      titration: '2–10 mg three or four times daily.',
      source: LABEL,
      confidence: 'low',
    },
    {
      indication: 'seizure',
      title: 'Adjunct in convulsive disorders',
      startDailyUg: mg(4),
      maxDailyUg: mg(40),
      elderlyStartDailyUg: mg(2),
      titration: '2–10 mg two to four times daily.',
      source: LABEL,
      confidence: 'low',
    },
  ],
  formulations: [
    {
      id: 'diazepam-tablet-2',
      kind: 'tablet',
      strengthUg: mg(2),
      split: 'halves',
      markets: ['US', 'UK'],
      source: LABEL,
      rxnorm: { code: '197590', display: 'diazepam 2 MG Oral Tablet', source: 'rxnorm-vsac-2025' },
    },
    {
      id: 'diazepam-tablet-5',
      kind: 'tablet',
      strengthUg: mg(5),
      split: 'halves',
      markets: ['US', 'UK'],
      source: LABEL,
      rxnorm: { code: '197591', display: 'diazepam 5 MG Oral Tablet', source: 'rxnorm-vsac-2025' },
    },
    {
      id: 'diazepam-tablet-10',
      kind: 'tablet',
      strengthUg: mg(10),
      split: 'halves',
      markets: ['US', 'UK'],
      source: LABEL,
      rxnorm: { code: '197589', display: 'diazepam 10 MG Oral Tablet', source: 'rxnorm-vsac-2025' },
    },
    {
      id: 'diazepam-solution-1',
      kind: 'oral-solution',
      strengthUg: mg(1),
      split: 'none',
      markets: ['US'],
      note: '5 mg/5 mL',
      source: LABEL,
    },
    {
      id: 'diazepam-solution-5',
      kind: 'oral-solution',
      strengthUg: mg(5),
      split: 'none',
      markets: ['US'],
      note: 'Intensol concentrate 5 mg/mL',
      source: LABEL,
    },
    {
      id: 'diazepam-solution-0.4',
      kind: 'oral-solution',
      strengthUg: mg(0.4),
      split: 'none',
      markets: ['UK'],
      note: '2 mg/5 mL',
      source: 'bnf-uk',
      confidence: 'low',
    },
  ],
  pharmacokinetics: {
    halfLife: {
      typicalH: { low: 20, high: 100 },
      activeMetaboliteH: { name: 'desmethyldiazepam', low: 36, high: 200 },
      source: 'nhs-scotland-2024',
    },
    tmax: { value: 1.25, unit: 'h', range: { low: 1, high: 1.5 }, source: LABEL },
    proteinBinding: { value: 98, unit: '%', source: LABEL },
    volume: { value: 0.9, unit: 'L/kg', range: { low: 0.8, high: 1 }, source: LABEL },
    metabolism: {
      text: 'Liver metabolism to the active metabolite desmethyldiazepam (and smaller amounts of temazepam and oxazepam), which accumulates with daily dosing.',
      source: LABEL,
    },
  },
  contraindications: [
    'Myasthenia gravis',
    'Severe respiratory insufficiency',
    'Severe liver impairment',
    'Sleep apnoea syndrome',
    'Acute narrow-angle glaucoma',
    'Known sensitivity to benzodiazepines',
  ],
  contraindicationsSource: LABEL,
  boxedWarnings: [
    {
      title: 'Risks from use with opioids',
      since: '2016-08-31',
      text: 'Taking benzodiazepines with opioids can cause profound sedation, slowed or stopped breathing, coma and death.',
      source: 'fda-dsc-2016-opioids',
    },
    {
      title: 'Abuse, misuse and addiction; dependence and withdrawal reactions',
      since: '2020-09-23',
      text: 'Steady use can cause physical dependence; stopping abruptly or cutting quickly can cause life-threatening withdrawal, including seizures.',
      source: 'fda-dsc-2020-benzodiazepines',
    },
  ],
};
