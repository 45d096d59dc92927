import { mg } from '../units/units.js';
import type { Drug } from './drug.js';

const LABEL = 'fda-klonopin-label' as const;
const ODT = 'dailymed-clonazepam-odt' as const;

/** Clonazepam, in full from the US label (Klonopin, rev. 01/2023) unless a fact says otherwise. */
export const CLONAZEPAM: Drug = {
  id: 'clonazepam',
  name: 'clonazepam',
  class: 'benzodiazepine',
  brands: [
    { name: 'Klonopin', markets: ['US'] },
    { name: 'Rivotril', markets: ['UK'] },
  ],
  aliases: ['clonazepamum', 'klonapin', 'clonapam'],
  detail: 'full',
  schedule: { us: 'C-IV', source: LABEL },
  indications: [
    {
      indication: 'panic',
      title: 'Panic disorder, with or without agoraphobia (adults)',
      startDailyUg: mg(0.5),
      usualDailyUg: mg(1),
      maxDailyUg: mg(4),
      elderlyStartDailyUg: mg(0.5),
      titration:
        'Start 0.25 mg twice daily; raise to the target of 1 mg/day after 3 days. Some people benefit from raises of 0.125–0.25 mg twice daily every 3 days, up to 4 mg/day. One dose at bedtime may reduce sleepiness.',
      pediatricNote: 'Safety and effectiveness in panic disorder have not been established under 18 years.',
      source: LABEL,
    },
    {
      indication: 'seizure',
      title:
        'Seizure disorders: Lennox-Gastaut syndrome (petit mal variant), akinetic and myoclonic seizures, alone or as an adjunct; absence seizures that have not responded to succinimides',
      startDailyUg: mg(1.5),
      maxDailyUg: mg(20),
      elderlyStartDailyUg: mg(1.5),
      titration:
        'Adults: start at no more than 1.5 mg/day in three divided doses; raise by 0.5–1 mg every 3 days until seizures are controlled or side effects prevent further increases.',
      pediatric: {
        appliesTo: { maxAgeYears: 10, maxWeightKg: 30 },
        initialUgPerKgPerDay: { low: 10, high: 30 },
        initialMaxUgPerKgPerDay: 50,
        maintenanceUgPerKgPerDay: { low: 100, high: 200 },
        source: LABEL,
      },
      pediatricNote:
        'Children up to 10 years or 30 kg: 0.01–0.03 mg/kg/day to start (not above 0.05 mg/kg/day) in 2–3 doses; raise by no more than 0.25–0.5 mg every third day to 0.1–0.2 mg/kg/day. Give the largest dose at bedtime if doses are unequal.',
      source: LABEL,
    },
  ],
  formulations: [
    { id: 'clonazepam-tablet-0.5', kind: 'tablet', strengthUg: mg(0.5), split: 'halves', markets: ['US', 'UK'], source: LABEL },
    { id: 'clonazepam-tablet-1', kind: 'tablet', strengthUg: mg(1), split: 'none', markets: ['US'], source: LABEL },
    { id: 'clonazepam-tablet-2', kind: 'tablet', strengthUg: mg(2), split: 'none', markets: ['US', 'UK'], source: LABEL },
    { id: 'clonazepam-odt-0.125', kind: 'odt', strengthUg: mg(0.125), split: 'none', markets: ['US'], source: ODT },
    { id: 'clonazepam-odt-0.25', kind: 'odt', strengthUg: mg(0.25), split: 'none', markets: ['US'], source: ODT },
    { id: 'clonazepam-odt-0.5', kind: 'odt', strengthUg: mg(0.5), split: 'none', markets: ['US'], source: ODT },
    { id: 'clonazepam-odt-1', kind: 'odt', strengthUg: mg(1), split: 'none', markets: ['US'], source: ODT },
    { id: 'clonazepam-odt-2', kind: 'odt', strengthUg: mg(2), split: 'none', markets: ['US'], source: ODT },
    {
      id: 'clonazepam-solution-0.1',
      kind: 'oral-solution',
      strengthUg: mg(0.1),
      split: 'none',
      markets: ['UK'],
      note: '0.5 mg/5 mL; contains some ethanol.',
      source: 'bnf-uk',
    },
    {
      id: 'clonazepam-solution-0.4',
      kind: 'oral-solution',
      strengthUg: mg(0.4),
      split: 'none',
      markets: ['UK'],
      note: '2 mg/5 mL; contains some ethanol.',
      source: 'bnf-uk',
    },
    {
      id: 'clonazepam-compounded-liquid',
      kind: 'oral-solution',
      strengthUg: mg(0.1),
      split: 'none',
      markets: ['US'],
      compounded: true,
      note: 'No licensed US liquid: a pharmacy makes it up. 0.1 mg/mL is a planning default; the real concentration is agreed with the pharmacist.',
      source: 'stepdown-derived-pk',
      confidence: 'low',
    },
  ],
  pharmacokinetics: {
    halfLife: {
      typicalH: { low: 30, high: 40 },
      rangeH: { low: 19, high: 60 },
      rangeSource: 'berlin-dahlstrom-1975',
      source: LABEL,
    },
    bioavailability: { value: 0.9, unit: 'fraction', source: 'crevoisier-2003' },
    tmax: { value: 1.7, unit: 'h', range: { low: 1, high: 4 }, source: 'crevoisier-2003' },
    proteinBinding: { value: 85, unit: '%', source: LABEL },
    clearance: { value: 4.3, unit: 'L/h', range: { low: 3.3, high: 4.9 }, cvPercent: 20, source: 'greenblatt-2005' },
    volume: {
      value: 3,
      unit: 'L/kg',
      range: { low: 1.5, high: 4.4 },
      cvPercent: 25,
      source: 'stepdown-derived-pk',
      confidence: 'low',
    },
    absorptionRate: { value: 1.7, unit: '1/h', range: { low: 1.5, high: 1.7 }, source: 'greenblatt-2005' },
    metabolism: {
      text: 'Extensive liver metabolism, including by CYP3A; mainly nitro-reduction to 7-amino-clonazepam, which has little activity. Under 2% is excreted unchanged.',
      source: LABEL,
    },
  },
  boxedWarnings: [
    {
      title: 'Risks from use with opioids',
      since: '2016-08-31',
      text: 'Taking benzodiazepines with opioids can cause profound sedation, slowed or stopped breathing, coma and death. Co-prescribe only when there is no adequate alternative, at the lowest doses for the shortest time, and watch for breathing problems and sedation.',
      source: 'fda-dsc-2016-opioids',
    },
    {
      title: 'Abuse, misuse and addiction; dependence and withdrawal reactions',
      since: '2020-09-23',
      text: 'Misuse can lead to overdose or death. Steady use, even as prescribed, can cause physical dependence within days to weeks; the risk grows with longer use and higher doses. Stopping abruptly or cutting the dose quickly can cause life-threatening withdrawal, including seizures. Reduce gradually.',
      source: 'fda-dsc-2020-benzodiazepines',
    },
  ],
  contraindications: [
    'Significant liver disease (clinical or biochemical evidence)',
    'Acute narrow-angle glaucoma (open-angle glaucoma only if treated)',
    'Known sensitivity to benzodiazepines',
  ],
  contraindicationsSource: LABEL,
  sideEffects: {
    common: ['Drowsiness', 'Problems with coordination and balance (ataxia)', 'Dizziness', 'Tiredness', 'Depressed mood'],
    lessCommon: [
      'Behaviour problems, irritability or aggression (more often in children)',
      'Memory problems or difficulty concentrating',
      'Slurred speech',
      'More saliva or drooling',
      'Reduced sex drive',
      'Frequent urination',
      'Blurred vision',
    ],
    serious: [
      'Thoughts of suicide or self-harm, or a sudden worsening of mood',
      'Slow, shallow or difficult breathing, or being very hard to wake',
      'Rash, hives, or swelling of the face, lips or throat',
      'Confusion, hallucinations or unusual excitement',
      'More seizures, or new kinds of seizure',
    ],
    note: 'In seizure disorders about half of patients had drowsiness, about 30% ataxia and about 25% behaviour problems; some fade with time.',
    source: LABEL,
  },
  interactions: [
    {
      id: 'opioids',
      title: 'Opioids (pain or cough medicines, methadone, buprenorphine, heroin, fentanyl)',
      examples: ['oxycodone', 'hydrocodone', 'morphine', 'codeine', 'tramadol', 'methadone', 'buprenorphine', 'fentanyl'],
      effect: 'Profound sedation, slowed or stopped breathing, coma and death (boxed warning).',
      action: 'Avoid unless there is no alternative; use the lowest doses; keep naloxone at hand and teach others to use it.',
      source: 'fda-dsc-2016-opioids',
    },
    {
      id: 'alcohol',
      title: 'Alcohol',
      examples: ['beer', 'wine', 'spirits'],
      effect: 'Adds to sedation and slows breathing; raises the risk of overdose, falls and accidents.',
      action: 'Avoid alcohol while taking clonazepam.',
      source: LABEL,
    },
    {
      id: 'cns-depressants',
      title:
        'Other sedatives (other benzodiazepines, sleeping pills, sedating antihistamines, barbiturates, gabapentinoids, antipsychotics)',
      examples: ['zolpidem', 'diphenhydramine', 'phenobarbital', 'gabapentin', 'pregabalin', 'quetiapine'],
      effect: 'Added sedation and slowed breathing.',
      action: 'Tell the prescriber about every sedating medicine; doses may need to be lower.',
      source: LABEL,
    },
    {
      id: 'cyp3a-inducers',
      title: 'Enzyme-inducing antiepileptics',
      examples: ['carbamazepine', 'phenytoin', 'phenobarbital'],
      effect: 'They speed up clonazepam metabolism (in epilepsy, clearance about 1.2-fold with one such drug), so levels fall.',
      action: 'Starting or stopping one of these changes clonazepam levels: review the dose with the prescriber.',
      source: 'yukawa-2002',
    },
    {
      id: 'cyp3a-inhibitors',
      title: 'CYP3A inhibitors, notably oral antifungals',
      examples: ['ketoconazole', 'itraconazole'],
      effect: 'Not studied, but they may slow clearance and raise clonazepam levels and sedation.',
      action: 'The label advises caution; watch for more drowsiness.',
      source: LABEL,
    },
  ],
};
