import { findDrug } from '../drugs/catalogue.js';
import type { Drug, Indication, IndicationDosing } from '../drugs/drug.js';
import { INDICATIONS } from '../drugs/drug.js';
import { diazepamEquivalent } from '../equivalence/convert.js';
import { type DoseBand, doseBand } from '../equivalence/dose-band.js';
import { makeDose } from '../formulations/make-dose.js';
import { dailyTotal, type Regimen } from '../regimen/regimen.js';
import { err, ok, type Result } from '../result.js';
import { formatMg } from '../units/format-dose.js';
import type { Micrograms } from '../units/units.js';
import { dependenceRisk } from './dependence-risk.js';
import { type Finding, sortFindings } from './finding.js';

export type CoUse = 'opioids' | 'alcohol' | 'sedatives';
export const CO_USES: readonly CoUse[] = ['opioids', 'alcohol', 'sedatives'];

export interface DoseCheckInput {
  readonly drug: string;
  readonly indication: Indication;
  readonly regimen: Regimen;
  readonly ageYears?: number;
  readonly weightKg?: number;
  /** How long the drug has been taken, in days. */
  readonly durationDays?: number;
  /** Days a week it is taken; a regimen is a daily one, so 7 unless said. */
  readonly daysPerWeek?: number;
  readonly coUse?: readonly CoUse[];
  readonly pregnant?: boolean;
  readonly hepaticImpairment?: boolean;
  /** True when this is a new prescription, so starting doses apply. */
  readonly starting?: boolean;
}

export interface DoseCheck {
  readonly drug: Drug;
  readonly indication: Indication;
  readonly dailyTotalUg: Micrograms;
  readonly diazepamEquivalentUg?: Micrograms;
  readonly band?: DoseBand;
  readonly findings: readonly Finding[];
}

/** Age at which the label's geriatric advice applies. */
export const OLDER_ADULT = { ageYears: 65, source: 'fda-klonopin-label' } as const;
const ADULT_AGE = 18;

const validate = (input: DoseCheckInput): Result<true> => {
  if (!INDICATIONS.includes(input.indication)) {
    return err('INDICATION_UNKNOWN', `"${input.indication}" is not an indication Stepdown knows.`, {
      field: 'indication',
      expected: INDICATIONS.join(', '),
    });
  }
  if (input.regimen.length === 0)
    return err('REGIMEN_EMPTY', 'No dose was given.', { field: 'dose', expected: 'at least one dose' });
  const checks: [keyof DoseCheckInput, number | undefined, number, number, string][] = [
    ['ageYears', input.ageYears, 0, 120, 'an age in years from 0 to 120'],
    ['weightKg', input.weightKg, 0.5, 350, 'a body weight from 0.5 to 350 kg'],
    ['daysPerWeek', input.daysPerWeek, 1, 7, 'a whole number of days from 1 to 7'],
    ['durationDays', input.durationDays, 0, 80 * 365, 'a duration of use from 0 days to 80 years'],
  ];
  for (const [field, value, min, max, expected] of checks) {
    if (value !== undefined && !(Number.isFinite(value) && value >= min && value <= max)) {
      return err('INPUT_OUT_OF_RANGE', `${String(value)} is not a valid ${field}.`, { field, expected });
    }
  }
  return ok(true);
};

const perKg = (dailyUg: number, weightKg: number): string => `${(dailyUg / weightKg / 1000).toFixed(3)} mg/kg/day`;

/** `offLabel`: the dosing is another indication's, so only its maximum and the age rules carry over. */
const limitFindings = (
  drug: Drug,
  dosing: IndicationDosing,
  offLabel: boolean,
  input: DoseCheckInput,
  daily: Micrograms,
): Finding[] => {
  const findings: Finding[] = [];
  const low = dosing.confidence === 'low' ? { confidence: 'low' as const } : {};
  const total = formatMg(daily);
  if (dosing.maxDailyUg !== undefined && daily > dosing.maxDailyUg) {
    findings.push({
      code: 'ABOVE_LABEL_MAX',
      severity: 'error',
      message: `${total}/day is above the labelled maximum of ${formatMg(dosing.maxDailyUg)}/day for ${drug.name} (${dosing.title}). A prescriber must confirm a dose this high.`,
      source: dosing.source,
      ...low,
    });
  }
  if (!offLabel && dosing.usualDailyUg !== undefined && daily > dosing.usualDailyUg) {
    findings.push({
      code: 'ABOVE_USUAL_DOSE',
      severity: 'warning',
      message: `${total}/day is above the usual target of ${formatMg(dosing.usualDailyUg)}/day; side effects such as drowsiness and unsteadiness are more likely.`,
      source: dosing.source,
      ...low,
    });
  }
  if (!offLabel && input.starting && dosing.startDailyUg !== undefined && daily > dosing.startDailyUg) {
    findings.push({
      code: 'ABOVE_STARTING_DOSE',
      severity: 'warning',
      message: `${total}/day is above the usual starting dose of ${formatMg(dosing.startDailyUg)}/day; the label advises starting low and raising gradually.`,
      source: dosing.source,
      ...low,
    });
  }
  if (input.ageYears !== undefined && input.ageYears >= OLDER_ADULT.ageYears) {
    const lowEnd = dosing.elderlyStartDailyUg;
    findings.push(
      lowEnd !== undefined && daily > lowEnd
        ? {
            code: 'ELDERLY_ABOVE_LOW_END',
            severity: 'warning',
            message: `Older adults should be started at the low end (${formatMg(lowEnd)}/day) and watched closely: ${total}/day raises the risk of falls, confusion and over-sedation.`,
            source: dosing.source,
          }
        : {
            code: 'ELDERLY_START_LOW',
            severity: 'info',
            message:
              'Older adults are more sensitive to benzodiazepines: keep to the lowest dose that works and watch for falls and confusion.',
            source: dosing.source,
          },
    );
  }
  return findings;
};

const pediatricFindings = (dosing: IndicationDosing, input: DoseCheckInput, daily: Micrograms): Finding[] => {
  const child = input.ageYears !== undefined && input.ageYears < ADULT_AGE;
  const rule = dosing.pediatric;
  const byWeight =
    rule !== undefined &&
    ((input.ageYears !== undefined && input.ageYears <= rule.appliesTo.maxAgeYears) ||
      (input.weightKg !== undefined && input.weightKg < rule.appliesTo.maxWeightKg));
  const findings: Finding[] = [];
  if (child && rule === undefined && dosing.pediatricNote !== undefined) {
    findings.push({
      code: 'PEDIATRIC_NOT_ESTABLISHED',
      severity: 'warning',
      message: dosing.pediatricNote,
      source: dosing.source,
    });
  }
  if (!rule || !byWeight) return findings;
  if (input.weightKg === undefined) {
    findings.push({
      code: 'PEDIATRIC_WEIGHT_NEEDED',
      severity: 'warning',
      message: 'Children’s doses are set by body weight: give the weight to check this dose.',
      source: rule.source,
    });
    return findings;
  }
  const ugPerKg = daily / input.weightKg;
  if (ugPerKg > rule.maintenanceUgPerKgPerDay.high) {
    findings.push({
      code: 'ABOVE_PEDIATRIC_MAINTENANCE',
      severity: 'warning',
      message: `${perKg(daily, input.weightKg)} is above the labelled children’s maintenance range of ${rule.maintenanceUgPerKgPerDay.low / 1000}–${rule.maintenanceUgPerKgPerDay.high / 1000} mg/kg/day.`,
      source: rule.source,
    });
  }
  if (input.starting && ugPerKg > rule.initialMaxUgPerKgPerDay) {
    findings.push({
      code: 'ABOVE_PEDIATRIC_INITIAL',
      severity: 'warning',
      message: `${perKg(daily, input.weightKg)} is above the labelled children’s starting limit of ${rule.initialMaxUgPerKgPerDay / 1000} mg/kg/day.`,
      source: rule.source,
    });
  }
  return findings;
};

const CO_USE_FINDINGS: Readonly<Record<CoUse, readonly Finding[]>> = {
  opioids: [
    {
      code: 'OPIOID_CO_USE',
      severity: 'warning',
      message:
        'Benzodiazepines with opioids can slow or stop breathing and cause death (FDA boxed warning). Use together only when there is no alternative, at the lowest doses.',
      source: 'fda-dsc-2016-opioids',
    },
    {
      code: 'NALOXONE_ADVICE',
      severity: 'info',
      message: 'With opioids prescribed, keep naloxone at home and show family or friends how to use it.',
      source: 'joint-cpg-2025',
    },
  ],
  alcohol: [
    {
      code: 'ALCOHOL_CO_USE',
      severity: 'warning',
      message: 'Alcohol adds to the sedation and can slow breathing; avoid drinking while taking this medicine.',
      source: 'fda-klonopin-label',
    },
  ],
  sedatives: [
    {
      code: 'SEDATIVE_CO_USE',
      severity: 'warning',
      message:
        'Other sedating medicines (sleeping pills, other benzodiazepines, gabapentinoids, sedating antihistamines) add to drowsiness and slowed breathing.',
      source: 'fda-klonopin-label',
    },
  ],
};

const makeableFindings = (drug: Drug, regimen: Regimen): Finding[] => {
  const amounts = [...new Set(regimen.map((dose) => dose.amountUg))];
  const liquids = drug.formulations.filter((f) => f.kind === 'oral-solution');
  return amounts.flatMap((amount): Finding[] => {
    if (makeDose(amount, drug.formulations) !== undefined) return [];
    const source = drug.formulations[0]?.source ?? 'fda-klonopin-label';
    return [
      {
        code: 'DOSE_NOT_MAKEABLE',
        severity: 'warning',
        message:
          liquids.length > 0
            ? `${formatMg(amount)} cannot be made from ${drug.name} tablets or capsules; it needs an oral liquid measured with an oral syringe.`
            : `${formatMg(amount)} cannot be made from any ${drug.name} product Stepdown knows; check the dose.`,
        source,
      },
    ];
  });
};

/**
 * Checks a regimen against the drug's label and the guideline: labelled and
 * usual limits, age and weight, co-used substances, dependence risk and
 * whether the doses can be made. Every finding is returned, worst first.
 */
export const checkDose = (input: DoseCheckInput): Result<DoseCheck> => {
  const found = findDrug(input.drug);
  if (!found.ok) return { ok: false, error: { ...found.error, field: 'drug' } };
  const valid = validate(input);
  if (!valid.ok) return valid;
  const drug = found.value;
  const daily = dailyTotal(input.regimen);
  const findings: Finding[] = [];

  const labelled = drug.indications.find((dosing) => dosing.indication === input.indication);
  const reference =
    labelled ??
    drug.indications.reduce<IndicationDosing | undefined>(
      (highest, dosing) => ((dosing.maxDailyUg ?? 0) > (highest?.maxDailyUg ?? -1) ? dosing : highest),
      undefined,
    );
  if (!labelled) {
    findings.push({
      code: 'OFF_LABEL_INDICATION',
      severity: 'warning',
      message: `${drug.name} is not labelled for ${input.indication}${reference ? `; limits are checked against its highest labelled maximum (${reference.title})` : ''}.`,
      source: reference?.source ?? 'us-product-labels',
    });
  }
  if (reference) {
    findings.push(...limitFindings(drug, reference, !labelled, input, daily));
    findings.push(...pediatricFindings(reference, input, daily));
  }

  findings.push(...[...new Set(input.coUse ?? [])].flatMap((substance) => CO_USE_FINDINGS[substance]));
  const equivalent = diazepamEquivalent(drug.id, daily);
  // A drug no table lists is treated as high dose for dependence risk: the cautious reading.
  const band = equivalent ? doseBand(equivalent.estimateUg) : 'high';
  findings.push(
    dependenceRisk({
      daysPerWeek: input.daysPerWeek ?? 7,
      band,
      ...(input.durationDays === undefined ? {} : { durationDays: input.durationDays }),
    }),
  );
  if (input.pregnant) {
    findings.push({
      code: 'PREGNANCY',
      severity: 'warning',
      message:
        'Taken late in pregnancy, benzodiazepines can cause sedation and withdrawal in the newborn. Do not stop suddenly: talk to the prescriber and maternity team soon about the safest plan.',
      source: 'fda-klonopin-label',
    });
  }
  if (input.hepaticImpairment) {
    findings.push({
      code: 'HEPATIC_IMPAIRMENT',
      severity: 'warning',
      message: `Liver disease slows the clearance of ${drug.name}${drug.id === 'clonazepam' ? ', and significant liver disease is a labelled contraindication' : ''}: the prescriber must review this dose.`,
      source: drug.contraindicationsSource ?? 'us-product-labels',
    });
  }
  findings.push(...makeableFindings(drug, input.regimen));

  return ok({
    drug,
    indication: input.indication,
    dailyTotalUg: daily,
    ...(equivalent ? { diazepamEquivalentUg: equivalent.estimateUg, band } : {}),
    findings: sortFindings(findings),
  });
};
