import type { SourceId } from '../sources/registry.js';
import { mg } from '../units/units.js';
import type { Drug, Formulation, FormulationKind, HalfLife, IndicationDosing, Market } from './drug.js';

/**
 * The drugs a patient may be switched from or to. Summary detail: what
 * conversion, crossover and dose checks need. Half-lives are the UK table
 * (NHS Scotland, adapted from Ashton) where it lists the drug.
 */

const US = 'us-product-labels' as const;
const UK = 'bnf-uk' as const;
const HALF_LIFE = 'nhs-scotland-2024' as const;

const form = (
  drug: string,
  kind: FormulationKind,
  strengthMg: number,
  markets: readonly Market[],
  source: SourceId,
  split: Formulation['split'] = 'none',
): Formulation => ({
  id: `${drug}-${kind}-${strengthMg}`,
  kind,
  strengthUg: mg(strengthMg),
  split,
  markets,
  source,
});

const halfLife = (low: number, high: number, source: SourceId, metabolite?: HalfLife['activeMetaboliteH']): HalfLife => ({
  typicalH: { low, high },
  ...(metabolite ? { activeMetaboliteH: metabolite } : {}),
  source,
});

const dosing = (
  indication: IndicationDosing['indication'],
  title: string,
  maxMg: number,
  source: SourceId,
  extra: Partial<Pick<IndicationDosing, 'titration' | 'confidence'>> & { startMg?: number; elderlyStartMg?: number } = {},
): IndicationDosing => ({
  indication,
  title,
  maxDailyUg: mg(maxMg),
  ...(extra.startMg === undefined ? {} : { startDailyUg: mg(extra.startMg) }),
  ...(extra.elderlyStartMg === undefined ? {} : { elderlyStartDailyUg: mg(extra.elderlyStartMg) }),
  ...(extra.titration === undefined ? {} : { titration: extra.titration }),
  ...(extra.confidence === undefined ? {} : { confidence: extra.confidence }),
  source,
});

const summary = (drug: Omit<Drug, 'class' | 'detail'> & { class?: Drug['class'] }): Drug => ({
  class: 'benzodiazepine',
  detail: 'summary',
  ...drug,
});

export const OTHER_DRUGS: readonly Drug[] = [
  summary({
    id: 'alprazolam',
    name: 'alprazolam',
    brands: [
      { name: 'Xanax', markets: ['US', 'UK'] },
      { name: 'Xanax XR', markets: ['US'] },
    ],
    schedule: { us: 'C-IV', source: US },
    indications: [
      dosing('anxiety', 'Generalised anxiety disorder', 4, US, { startMg: 0.75, elderlyStartMg: 0.5 }),
      dosing('panic', 'Panic disorder', 10, US, {
        titration: 'Trials used 1–10 mg/day, mostly 5–6 mg/day; reassess above 4 mg/day.',
      }),
    ],
    formulations: [
      form('alprazolam', 'tablet', 0.25, ['US', 'UK'], US),
      form('alprazolam', 'tablet', 0.5, ['US', 'UK'], US),
      form('alprazolam', 'tablet', 1, ['US'], US),
      form('alprazolam', 'tablet', 2, ['US'], US),
      form('alprazolam', 'odt', 0.25, ['US'], US),
      form('alprazolam', 'odt', 0.5, ['US'], US),
      form('alprazolam', 'odt', 1, ['US'], US),
      form('alprazolam', 'odt', 2, ['US'], US),
      form('alprazolam', 'oral-solution', 1, ['US'], US),
    ],
    pharmacokinetics: { halfLife: halfLife(6, 12, HALF_LIFE) },
  }),
  summary({
    id: 'lorazepam',
    name: 'lorazepam',
    brands: [
      { name: 'Ativan', markets: ['US', 'UK'] },
      { name: 'Loreev XR', markets: ['US'] },
    ],
    schedule: { us: 'C-IV', source: US },
    indications: [
      dosing('anxiety', 'Anxiety disorders', 10, US, {
        startMg: 2,
        elderlyStartMg: 1,
        titration: 'Usually 2–6 mg/day in divided doses; the label range is 1–10 mg/day.',
      }),
    ],
    formulations: [
      form('lorazepam', 'tablet', 0.5, ['US'], US),
      form('lorazepam', 'tablet', 1, ['US', 'UK'], US),
      form('lorazepam', 'tablet', 2, ['US'], US),
      form('lorazepam', 'tablet', 2.5, ['UK'], UK),
      form('lorazepam', 'oral-solution', 2, ['US'], US),
    ],
    pharmacokinetics: { halfLife: halfLife(10, 20, HALF_LIFE) },
  }),
  summary({
    id: 'chlordiazepoxide',
    name: 'chlordiazepoxide',
    brands: [{ name: 'Librium', markets: ['US', 'UK'] }],
    schedule: { us: 'C-IV', source: US },
    indications: [
      dosing('alcohol-withdrawal', 'Acute alcohol withdrawal', 300, US, {
        titration: '50–100 mg, repeated as needed, up to 300 mg/day.',
        confidence: 'low',
      }),
      dosing('anxiety', 'Anxiety disorders', 100, US, {
        startMg: 15,
        elderlyStartMg: 10,
        titration: '5–10 mg three or four times daily; 20–25 mg three or four times daily when severe.',
        confidence: 'low',
      }),
    ],
    formulations: [
      form('chlordiazepoxide', 'capsule', 5, ['US', 'UK'], US),
      form('chlordiazepoxide', 'capsule', 10, ['US', 'UK'], US),
      form('chlordiazepoxide', 'capsule', 25, ['US'], US),
    ],
    pharmacokinetics: { halfLife: halfLife(5, 30, HALF_LIFE, { name: 'desmethyldiazepam', low: 36, high: 200 }) },
  }),
  summary({
    id: 'oxazepam',
    name: 'oxazepam',
    brands: [{ name: 'Serax', markets: ['US'] }],
    schedule: { us: 'C-IV', source: US },
    indications: [
      dosing('anxiety', 'Anxiety, including with alcohol withdrawal', 120, US, {
        startMg: 30,
        elderlyStartMg: 30,
        titration: '10–15 mg three or four times daily; 15–30 mg three or four times daily when severe.',
      }),
    ],
    formulations: [
      form('oxazepam', 'capsule', 10, ['US'], US),
      form('oxazepam', 'capsule', 15, ['US'], US),
      form('oxazepam', 'capsule', 30, ['US'], US),
      form('oxazepam', 'tablet', 10, ['UK'], UK),
      form('oxazepam', 'tablet', 15, ['UK'], UK),
    ],
    pharmacokinetics: { halfLife: halfLife(4, 15, HALF_LIFE) },
  }),
  summary({
    id: 'temazepam',
    name: 'temazepam',
    brands: [{ name: 'Restoril', markets: ['US'] }],
    schedule: { us: 'C-IV', source: US },
    indications: [dosing('insomnia', 'Short-term treatment of insomnia', 30, US, { startMg: 15, elderlyStartMg: 7.5 })],
    formulations: [
      form('temazepam', 'capsule', 7.5, ['US'], US),
      form('temazepam', 'capsule', 15, ['US'], US),
      form('temazepam', 'capsule', 22.5, ['US'], US),
      form('temazepam', 'capsule', 30, ['US'], US),
      form('temazepam', 'tablet', 10, ['UK'], UK),
      form('temazepam', 'oral-solution', 2, ['UK'], UK),
    ],
    pharmacokinetics: { halfLife: halfLife(8, 22, HALF_LIFE) },
  }),
  summary({
    id: 'nitrazepam',
    name: 'nitrazepam',
    brands: [{ name: 'Mogadon', markets: ['UK'] }],
    indications: [dosing('insomnia', 'Short-term treatment of insomnia', 10, UK, { startMg: 5, elderlyStartMg: 2.5 })],
    formulations: [form('nitrazepam', 'tablet', 5, ['UK'], UK, 'halves'), form('nitrazepam', 'oral-solution', 0.5, ['UK'], UK)],
    pharmacokinetics: { halfLife: halfLife(15, 38, HALF_LIFE) },
  }),
  summary({
    id: 'bromazepam',
    name: 'bromazepam',
    brands: [
      { name: 'Lexotan', markets: ['UK'] },
      { name: 'Lexomil', markets: [] },
      { name: 'Lectopam', markets: [] },
    ],
    indications: [dosing('anxiety', 'Anxiety (outpatients)', 18, UK, { startMg: 3, elderlyStartMg: 1.5, confidence: 'low' })],
    formulations: [form('bromazepam', 'tablet', 1.5, ['UK'], UK), form('bromazepam', 'tablet', 3, ['UK'], UK)],
    pharmacokinetics: { halfLife: halfLife(10, 20, 'ashton-manual-unconfirmed') },
  }),
  summary({
    id: 'clobazam',
    name: 'clobazam',
    brands: [
      { name: 'Onfi', markets: ['US'] },
      { name: 'Sympazan', markets: ['US'] },
      { name: 'Frisium', markets: ['UK'] },
      { name: 'Tapclob', markets: ['UK'] },
    ],
    schedule: { us: 'C-IV', source: US, confidence: 'low' },
    indications: [
      dosing('seizure', 'Lennox-Gastaut syndrome, adjunct (over 30 kg)', 40, US, { startMg: 10, elderlyStartMg: 5 }),
      dosing('anxiety', 'Anxiety (UK)', 60, UK, { startMg: 20, elderlyStartMg: 10 }),
    ],
    formulations: [
      form('clobazam', 'tablet', 10, ['US', 'UK'], US, 'halves'),
      form('clobazam', 'tablet', 20, ['US', 'UK'], US, 'halves'),
      form('clobazam', 'oral-solution', 2.5, ['US'], US),
      form('clobazam', 'oral-solution', 1, ['UK'], UK),
    ],
    pharmacokinetics: {
      halfLife: halfLife(12, 60, HALF_LIFE),
    },
  }),
  summary({
    id: 'clorazepate',
    name: 'clorazepate',
    brands: [{ name: 'Tranxene', markets: ['US'] }],
    schedule: { us: 'C-IV', source: US },
    indications: [
      dosing('anxiety', 'Anxiety disorders', 60, US, { startMg: 15, elderlyStartMg: 7.5 }),
      dosing('alcohol-withdrawal', 'Acute alcohol withdrawal', 90, US),
      dosing('seizure', 'Partial seizures, adjunct (over 12 years)', 90, US, { startMg: 22.5 }),
    ],
    formulations: [
      form('clorazepate', 'tablet', 3.75, ['US'], US),
      form('clorazepate', 'tablet', 7.5, ['US'], US),
      form('clorazepate', 'tablet', 15, ['US'], US),
    ],
    pharmacokinetics: {
      halfLife: halfLife(2, 2, US, { name: 'desmethyldiazepam (active form)', low: 20, high: 160 }),
    },
  }),
  summary({
    id: 'estazolam',
    name: 'estazolam',
    brands: [{ name: 'ProSom', markets: ['US'] }],
    schedule: { us: 'C-IV', source: US },
    indications: [dosing('insomnia', 'Short-term treatment of insomnia', 2, US, { startMg: 1, elderlyStartMg: 0.5 })],
    formulations: [form('estazolam', 'tablet', 1, ['US'], US), form('estazolam', 'tablet', 2, ['US'], US)],
    pharmacokinetics: { halfLife: halfLife(10, 24, US) },
  }),
  summary({
    id: 'flurazepam',
    name: 'flurazepam',
    brands: [{ name: 'Dalmane', markets: ['US'] }],
    schedule: { us: 'C-IV', source: US },
    indications: [dosing('insomnia', 'Short-term treatment of insomnia', 30, US, { startMg: 15, elderlyStartMg: 15 })],
    formulations: [form('flurazepam', 'capsule', 15, ['US'], US), form('flurazepam', 'capsule', 30, ['US'], US)],
    pharmacokinetics: { halfLife: halfLife(2, 3, US, { name: 'N-desalkylflurazepam', low: 47, high: 100 }) },
  }),
  summary({
    id: 'triazolam',
    name: 'triazolam',
    brands: [{ name: 'Halcion', markets: ['US'] }],
    schedule: { us: 'C-IV', source: US },
    indications: [
      dosing('insomnia', 'Short-term treatment of insomnia (7–10 days)', 0.5, US, { startMg: 0.25, elderlyStartMg: 0.125 }),
    ],
    formulations: [form('triazolam', 'tablet', 0.125, ['US'], US), form('triazolam', 'tablet', 0.25, ['US'], US)],
    pharmacokinetics: { halfLife: halfLife(1.5, 5.5, US) },
  }),
  summary({
    id: 'zolpidem',
    name: 'zolpidem',
    class: 'z-drug',
    brands: [
      { name: 'Ambien', markets: ['US'] },
      { name: 'Edluar', markets: ['US'] },
      { name: 'Stilnoct', markets: ['UK'] },
    ],
    schedule: { us: 'C-IV', source: US, confidence: 'low' },
    indications: [dosing('insomnia', 'Short-term treatment of insomnia', 10, US, { startMg: 5, elderlyStartMg: 5 })],
    formulations: [form('zolpidem', 'tablet', 5, ['US', 'UK'], US), form('zolpidem', 'tablet', 10, ['US', 'UK'], US)],
    pharmacokinetics: { halfLife: halfLife(2, 2, HALF_LIFE) },
  }),
  summary({
    id: 'zopiclone',
    name: 'zopiclone',
    class: 'z-drug',
    brands: [
      { name: 'Zimovane', markets: ['UK'] },
      { name: 'Imovane', markets: [] },
    ],
    indications: [
      dosing('insomnia', 'Short-term treatment of insomnia (up to 4 weeks)', 7.5, UK, { startMg: 7.5, elderlyStartMg: 3.75 }),
    ],
    formulations: [form('zopiclone', 'tablet', 3.75, ['UK'], UK), form('zopiclone', 'tablet', 7.5, ['UK'], UK, 'halves')],
    pharmacokinetics: { halfLife: halfLife(5, 6, HALF_LIFE) },
  }),
];
