import type { SourceId } from '../sources/registry.js';

export type Urgency = 'emergency' | 'urgent' | 'routine';
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = { routine: 0, urgent: 1, emergency: 2 };

export interface RedFlag {
  readonly id: string;
  /** As the person would say it. */
  readonly label: string;
  readonly urgency: Exclude<Urgency, 'routine'>;
  readonly why: string;
  readonly source: SourceId;
}

/**
 * Red flags and how urgent each is. Emergencies: seizure, delirium,
 * hallucinations, over-sedation or trouble breathing, suicide risk now,
 * severe agitation with a racing heart (Joint CPG Table 3 and Rec 5/12; FDA 2020).
 */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'seizure',
    label: 'A seizure (fit)',
    urgency: 'emergency',
    why: 'Withdrawal seizures can be life-threatening.',
    source: 'fda-dsc-2020-benzodiazepines',
  },
  {
    id: 'confusion',
    label: 'Confusion or delirium',
    urgency: 'emergency',
    why: 'Confusion can be a sign of severe withdrawal or over-sedation.',
    source: 'joint-cpg-2025',
  },
  {
    id: 'hallucinations',
    label: 'Seeing or hearing things that are not there',
    urgency: 'emergency',
    why: 'Hallucinations are a sign of complicated withdrawal.',
    source: 'joint-cpg-2025',
  },
  {
    id: 'breathing',
    label: 'Trouble breathing, or very slow breathing',
    urgency: 'emergency',
    why: 'Slowed breathing can be fatal, especially with opioids or alcohol.',
    source: 'fda-dsc-2016-opioids',
  },
  {
    id: 'cannot-stay-awake',
    label: 'Cannot stay awake, or hard to wake',
    urgency: 'emergency',
    why: 'Deep sedation can stop breathing.',
    source: 'fda-dsc-2016-opioids',
  },
  {
    id: 'suicidal-now',
    label: 'Thinking about suicide right now, or has a plan',
    urgency: 'emergency',
    why: 'Immediate risk to life: do not stay alone.',
    source: 'nimh-asq',
  },
  {
    id: 'severe-agitation',
    label: 'Severe agitation with a racing heart',
    urgency: 'emergency',
    why: 'Severe autonomic symptoms are a sign of severe or complicated withdrawal.',
    source: 'joint-cpg-2025',
  },
  {
    id: 'suicidal-thoughts',
    label: 'Thoughts of being better off dead or of self-harm',
    urgency: 'urgent',
    why: 'Needs a safety check with a professional today, and crisis support now.',
    source: 'kroenke-2001',
  },
  {
    id: 'took-much-more',
    label: 'Took much more than planned',
    urgency: 'urgent',
    why: 'Risk of over-sedation over the next hours; get advice now.',
    source: 'poison-help',
  },
  {
    id: 'opioids-or-alcohol',
    label: 'Took it with opioids or alcohol',
    urgency: 'urgent',
    why: 'Together they can slow or stop breathing.',
    source: 'fda-dsc-2016-opioids',
  },
  {
    id: 'pregnancy',
    label: 'Pregnant, or may be',
    urgency: 'urgent',
    why: 'The safest plan changes in pregnancy; never stop suddenly — talk to the prescriber soon.',
    source: 'fda-klonopin-label',
  },
  {
    id: 'fall-or-head-injury',
    label: 'A fall or a head injury',
    urgency: 'urgent',
    why: 'Sedatives raise the risk of falls; a head injury needs checking.',
    source: 'fda-klonopin-label',
  },
];
