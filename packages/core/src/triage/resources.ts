import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';

export type RegionId = 'US' | 'UK' | 'CA' | 'AU' | 'EU';
export const REGIONS: readonly RegionId[] = ['US', 'UK', 'CA', 'AU', 'EU'];

export type ResourceKind = 'emergency' | 'crisis' | 'poison' | 'urgent-advice' | 'treatment-referral' | 'treatment-locator';

/**
 * A public help service. Only government and non-profit services: never a
 * directory's paid "helpline", which routes callers to whoever pays for leads.
 */
export interface HelpResource {
  readonly id: string;
  readonly name: string;
  readonly kind: ResourceKind;
  /** How to reach it, as people dial or type it. */
  readonly contact: string;
  /** Digits and separators of every phone number in `contact`, for the no-paid-lines check. */
  readonly phoneNumbers: readonly string[];
  readonly url?: string;
  readonly when: string;
  readonly source: SourceId;
  /** The date this entry was last checked against its source. */
  readonly lastVerified: string;
}

const VERIFIED = '2026-11-22';

export interface Region {
  readonly id: RegionId;
  readonly name: string;
  readonly emergencyNumber: string;
  readonly resources: readonly HelpResource[];
}

export const HELP_REGIONS: readonly Region[] = [
  {
    id: 'US',
    name: 'United States',
    emergencyNumber: '911',
    resources: [
      {
        id: 'us-911',
        name: 'Emergency services',
        kind: 'emergency',
        contact: 'Call 911',
        phoneNumbers: ['911'],
        when: 'A seizure, trouble breathing, cannot be woken, confusion, or danger to life',
        source: 'us-911',
        lastVerified: VERIFIED,
      },
      {
        id: 'us-988',
        name: '988 Suicide & Crisis Lifeline',
        kind: 'crisis',
        contact: 'Call or text 988, or chat at 988lifeline.org',
        phoneNumbers: ['988'],
        url: 'https://988lifeline.org/',
        when: 'Thoughts of suicide, a mental-health or substance-use crisis, or worry about someone else — free, 24/7',
        source: 'us-988-lifeline',
        lastVerified: VERIFIED,
      },
      {
        id: 'us-poison',
        name: 'Poison Help',
        kind: 'poison',
        contact: 'Call 1-800-222-1222',
        phoneNumbers: ['1-800-222-1222'],
        url: 'https://poisonhelp.hrsa.gov/',
        when: 'Took too much, or took it with alcohol or other drugs, and is awake and breathing normally',
        source: 'poison-help',
        lastVerified: VERIFIED,
      },
      {
        id: 'us-samhsa',
        name: 'SAMHSA National Helpline',
        kind: 'treatment-referral',
        contact: 'Call 1-800-662-4357 (1-800-662-HELP)',
        phoneNumbers: ['1-800-662-4357'],
        url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
        when: 'Free, confidential referral to treatment and support, 24/7, English and Spanish',
        source: 'samhsa-helpline',
        lastVerified: VERIFIED,
      },
      {
        id: 'us-findtreatment',
        name: 'FindTreatment.gov',
        kind: 'treatment-locator',
        contact: 'findtreatment.gov',
        phoneNumbers: [],
        url: 'https://findtreatment.gov/',
        when: 'Find state-licensed treatment near you, by payment and service',
        source: 'findtreatment-gov',
        lastVerified: VERIFIED,
      },
    ],
  },
  {
    id: 'UK',
    name: 'United Kingdom',
    emergencyNumber: '999',
    resources: [
      {
        id: 'uk-999',
        name: 'Emergency services',
        kind: 'emergency',
        contact: 'Call 999 or go to A&E',
        phoneNumbers: ['999'],
        when: 'Life at risk: a seizure, trouble breathing, cannot be woken, overdose',
        source: 'nhs-999-111',
        lastVerified: VERIFIED,
      },
      {
        id: 'uk-111',
        name: 'NHS 111 (mental health option)',
        kind: 'urgent-advice',
        contact: 'Call 111 and choose the mental health option, or use 111.nhs.uk',
        phoneNumbers: ['111'],
        url: 'https://111.nhs.uk/',
        when: 'Urgent help that is not life-threatening, and mental-health crisis support, 24/7',
        source: 'nhs-999-111',
        lastVerified: VERIFIED,
      },
      {
        id: 'uk-samaritans',
        name: 'Samaritans',
        kind: 'crisis',
        contact: 'Call 116 123 (free)',
        phoneNumbers: ['116 123'],
        url: 'https://www.samaritans.org/',
        when: 'Anyone struggling or thinking about suicide, 24/7',
        source: 'samaritans',
        lastVerified: VERIFIED,
      },
    ],
  },
  {
    id: 'CA',
    name: 'Canada',
    emergencyNumber: '911',
    resources: [
      {
        id: 'ca-911',
        name: 'Emergency services',
        kind: 'emergency',
        contact: 'Call 911',
        phoneNumbers: ['911'],
        when: 'A seizure, trouble breathing, cannot be woken, or danger to life',
        source: 'us-911',
        lastVerified: VERIFIED,
      },
      {
        id: 'ca-988',
        name: '9-8-8 Suicide Crisis Helpline',
        kind: 'crisis',
        contact: 'Call or text 9-8-8',
        phoneNumbers: ['988'],
        url: 'https://988.ca/',
        when: 'Thoughts of suicide or a crisis, English and French, 24/7',
        source: 'canada-988',
        lastVerified: VERIFIED,
      },
    ],
  },
  {
    id: 'AU',
    name: 'Australia',
    emergencyNumber: '000',
    resources: [
      {
        id: 'au-000',
        name: 'Emergency services',
        kind: 'emergency',
        contact: 'Call 000',
        phoneNumbers: ['000'],
        when: 'Immediate danger to life',
        source: 'lifeline-au',
        lastVerified: VERIFIED,
      },
      {
        id: 'au-lifeline',
        name: 'Lifeline',
        kind: 'crisis',
        contact: 'Call 13 11 14',
        phoneNumbers: ['13 11 14'],
        url: 'https://www.lifeline.org.au/',
        when: 'Crisis support and suicide prevention, 24 hours',
        source: 'lifeline-au',
        lastVerified: VERIFIED,
      },
    ],
  },
  {
    id: 'EU',
    name: 'European Union (and elsewhere)',
    emergencyNumber: '112',
    resources: [
      {
        id: 'eu-112',
        name: 'Emergency services',
        kind: 'emergency',
        contact: 'Call 112',
        phoneNumbers: ['112'],
        when: 'Any emergency, free from any phone in the EU',
        source: 'eu-112',
        lastVerified: VERIFIED,
      },
    ],
  },
];

/** Resources are looked up by region; the EU's 112 is the default where a region is not known. */
export const DEFAULT_REGION: RegionId = 'EU';

export const findRegion = (id: string | undefined): Result<Region> => {
  const region = HELP_REGIONS.find((r) => r.id === (id ?? DEFAULT_REGION).toUpperCase());
  return region
    ? ok(region)
    : err('REGION_UNKNOWN', `"${id}" is not a region Stepdown has resources for.`, {
        field: 'region',
        expected: REGIONS.join(', '),
      });
};

/** Every phone number Stepdown may show anywhere (the no-paid-helplines rule checks against it). */
export const ALLOWED_PHONE_NUMBERS: readonly string[] = [
  ...new Set(HELP_REGIONS.flatMap((r) => r.resources.flatMap((res) => res.phoneNumbers))),
];
