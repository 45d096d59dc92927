import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';
import { type Micrograms, mg } from '../units/units.js';

export type CareSetting = 'outpatient' | 'intensive-outpatient' | 'partial-hospitalisation' | 'inpatient-medically-managed';
const SETTING_RANK: Readonly<Record<CareSetting, number>> = {
  outpatient: 0,
  'intensive-outpatient': 1,
  'partial-hospitalisation': 2,
  'inpatient-medically-managed': 3,
};

export interface CareContext {
  /** Daily diazepam-equivalent dose. */
  readonly diazepamEquivalentUg?: Micrograms;
  readonly durationDays?: number;
  readonly history?: readonly CareHistory[];
  /** A DSM-5-based use disorder and its severity, when assessed. */
  readonly useDisorder?: 'none' | 'mild' | 'moderate' | 'severe';
  readonly supportAtHome?: boolean;
  readonly pregnant?: boolean;
}

export type CareHistory =
  | 'withdrawal-seizures'
  | 'withdrawal-delirium'
  | 'seizure-disorder'
  | 'other-substance-dependence'
  | 'co-prescribed-opioids'
  | 'co-prescribed-sedatives'
  | 'unstable-medical-illness'
  | 'unstable-psychiatric-illness'
  | 'imminent-risk'
  | 'severe-withdrawal-now'
  | 'failed-outpatient-tapers'
  | 'injecting';

export const CARE_HISTORY: readonly CareHistory[] = [
  'withdrawal-seizures',
  'withdrawal-delirium',
  'seizure-disorder',
  'other-substance-dependence',
  'co-prescribed-opioids',
  'co-prescribed-sedatives',
  'unstable-medical-illness',
  'unstable-psychiatric-illness',
  'imminent-risk',
  'severe-withdrawal-now',
  'failed-outpatient-tapers',
  'injecting',
];

/** Above 50 mg diazepam-equivalent a day, withdrawal starts as an inpatient (SA Health). */
export const HIGH_DOSE_FOR_INPATIENT = { diazepamEquivalentUg: mg(50), source: 'sa-health-bzd-withdrawal' } as const;
/** Programme intensity: intensive outpatient at least 9 h/week; partial hospitalisation at least 20 h/week. */
export const PROGRAMME_HOURS = {
  intensiveOutpatientMin: 9,
  partialHospitalisationMin: 20,
  source: 'samhsa-iop-advisory-2021',
} as const;

export interface CareCriterion {
  readonly id: string;
  readonly setting: CareSetting;
  readonly text: string;
  readonly source: SourceId;
}

export interface CareSuggestion {
  readonly setting: CareSetting;
  readonly title: string;
  readonly description: string;
  /** Why: the criteria that raised the setting above outpatient (empty for outpatient). */
  readonly criteria: readonly CareCriterion[];
  /** Offered whatever the setting. */
  readonly addOns: readonly { readonly id: string; readonly text: string; readonly source: SourceId }[];
  readonly notes: readonly string[];
}

const DESCRIPTIONS: Readonly<Record<CareSetting, { title: string; description: string }>> = {
  outpatient: {
    title: 'Outpatient taper with the prescriber',
    description: 'A slow taper at home, planned and reviewed with the prescriber. This is how most people taper safely.',
  },
  'intensive-outpatient': {
    title: 'Intensive outpatient programme',
    description: `Living at home with at least ${PROGRAMME_HOURS.intensiveOutpatientMin} hours a week of treatment and support alongside the taper.`,
  },
  'partial-hospitalisation': {
    title: 'Partial hospitalisation (day programme)',
    description: `Treatment most days, at least ${PROGRAMME_HOURS.partialHospitalisationMin} hours a week, going home at night.`,
  },
  'inpatient-medically-managed': {
    title: 'Medically managed withdrawal (inpatient or residential)',
    description:
      'Withdrawal with round-the-clock medical and nursing care: vital signs, structured withdrawal assessment and seizure precautions. An exception for specific risks, not the default.',
  },
};

const RULES: readonly {
  readonly id: CareHistory;
  readonly setting: CareSetting;
  readonly text: string;
  readonly source: SourceId;
}[] = [
  {
    id: 'severe-withdrawal-now',
    setting: 'inpatient-medically-managed',
    text: 'Severe or complicated withdrawal now or expected',
    source: 'joint-cpg-2025',
  },
  {
    id: 'withdrawal-seizures',
    setting: 'inpatient-medically-managed',
    text: 'A history of withdrawal seizures',
    source: 'sa-health-bzd-withdrawal',
  },
  {
    id: 'withdrawal-delirium',
    setting: 'inpatient-medically-managed',
    text: 'A history of withdrawal delirium',
    source: 'joint-cpg-2025',
  },
  {
    id: 'seizure-disorder',
    setting: 'inpatient-medically-managed',
    text: 'A seizure disorder or a history of seizures',
    source: 'sa-health-bzd-withdrawal',
  },
  {
    id: 'other-substance-dependence',
    setting: 'inpatient-medically-managed',
    text: 'Dependence on alcohol or other drugs as well',
    source: 'sa-health-bzd-withdrawal',
  },
  {
    id: 'co-prescribed-opioids',
    setting: 'inpatient-medically-managed',
    text: 'Opioids prescribed as well (consider medically supervised withdrawal)',
    source: 'sa-health-bzd-withdrawal',
  },
  {
    id: 'co-prescribed-sedatives',
    setting: 'inpatient-medically-managed',
    text: 'Other sedatives prescribed as well (consider medically supervised withdrawal)',
    source: 'sa-health-bzd-withdrawal',
  },
  {
    id: 'unstable-medical-illness',
    setting: 'inpatient-medically-managed',
    text: 'A medical condition that would make outpatient tapering unsafe',
    source: 'joint-cpg-2025',
  },
  {
    id: 'unstable-psychiatric-illness',
    setting: 'inpatient-medically-managed',
    text: 'A mental-health condition that would make outpatient tapering unsafe',
    source: 'joint-cpg-2025',
  },
  {
    id: 'imminent-risk',
    setting: 'inpatient-medically-managed',
    text: 'Imminent risk of serious harm from continued use (overdose, falls, self-harm)',
    source: 'joint-cpg-2025',
  },
  {
    id: 'injecting',
    setting: 'inpatient-medically-managed',
    text: 'Injecting benzodiazepines',
    source: 'sa-health-bzd-withdrawal',
  },
];

/**
 * Suggests where a taper is best done, from the cited criteria: outpatient
 * with the prescriber unless a specific criterion raises it. Detox and
 * inpatient care are the exception the criteria trigger. Psychosocial
 * support (CBT, CBT-I) is offered to everyone. A suggestion for the care
 * team, not a decision.
 */
export const levelOfCare = (context: CareContext): Result<CareSuggestion> => {
  const unknown = (context.history ?? []).find((h) => !CARE_HISTORY.includes(h));
  if (unknown)
    return err('HISTORY_UNKNOWN', `"${unknown}" is not a history item Stepdown knows.`, {
      field: 'history',
      expected: CARE_HISTORY.join(', '),
    });
  const criteria: CareCriterion[] = RULES.filter((rule) => context.history?.includes(rule.id)).map((rule) => ({ ...rule }));
  if (context.diazepamEquivalentUg !== undefined && context.diazepamEquivalentUg > HIGH_DOSE_FOR_INPATIENT.diazepamEquivalentUg) {
    criteria.push({
      id: 'high-dose',
      setting: 'inpatient-medically-managed',
      text: `More than ${HIGH_DOSE_FOR_INPATIENT.diazepamEquivalentUg / 1000} mg diazepam-equivalent a day`,
      source: HIGH_DOSE_FOR_INPATIENT.source,
    });
  }
  const disorder = context.useDisorder;
  const noSupport = context.supportAtHome === false;
  const failed = context.history?.includes('failed-outpatient-tapers') ?? false;
  if ((disorder === 'moderate' || disorder === 'severe') && (noSupport || failed)) {
    criteria.push({
      id: 'use-disorder-without-support',
      setting: 'partial-hospitalisation',
      text: 'A moderate or severe use disorder with little support at home or failed outpatient tapers',
      source: 'stepdown-derived-care-mapping',
    });
  } else if ((disorder !== undefined && disorder !== 'none') || (noSupport && failed)) {
    criteria.push({
      id: disorder && disorder !== 'none' ? 'use-disorder' : 'no-support-and-failed-tapers',
      setting: 'intensive-outpatient',
      text:
        disorder && disorder !== 'none'
          ? 'A use disorder, beyond physical dependence'
          : 'Little support at home and failed outpatient tapers',
      source: 'stepdown-derived-care-mapping',
    });
  }
  const setting = criteria.reduce<CareSetting>(
    (top, c) => (SETTING_RANK[c.setting] > SETTING_RANK[top] ? c.setting : top),
    'outpatient',
  );
  const notes = [
    ...(context.pregnant ? ['Pregnancy: plan with the prescriber and maternity team; never stop suddenly.'] : []),
    ...(noSupport && setting === 'outpatient'
      ? ['Little support at home: arrange more frequent check-ins with the care team.']
      : []),
    'A suggestion for the care team to consider with the person, not a decision.',
  ];
  return ok({
    setting,
    ...DESCRIPTIONS[setting],
    criteria: criteria.sort((a, b) => SETTING_RANK[b.setting] - SETTING_RANK[a.setting]),
    addOns: [
      {
        id: 'cbt',
        text: 'Offer psychological support alongside the taper: CBT, or CBT for insomnia (CBT-I) when sleep is the problem.',
        source: 'joint-cpg-2025',
      },
      {
        id: 'cbt-evidence',
        text: 'CBT with a taper helps more people stop than a taper alone, at least in the short term.',
        source: 'darker-2015-cochrane',
      },
    ],
    notes,
  });
};
