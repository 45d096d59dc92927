import {
  type FhirMedicationRequest,
  findInstrument,
  planMedicationRequests,
  type Score,
  type TaperPlan,
  toFhirQuestionnaireResponse,
  toMilligrams,
} from '@stepdown/core';
import type { DoseLog, QuestionnaireResponse } from '@stepdown/db';
import type { PatientRecord } from './patient-record.js';

const UCUM = 'http://unitsofmeasure.org';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/** A FHIR R4 resource as plain JSON: the shapes below follow R4; the test validates every one. */
export type FhirResource = { readonly resourceType: string; readonly id?: string } & Record<string, unknown>;

export interface FhirExportBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly timestamp: string;
  readonly entry: readonly { readonly resource: FhirResource }[];
}

/** FHIR strings must hold something other than whitespace: blank text is left out. */
const hasText = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim() !== '';

/** What a stored answer becomes when its instrument is unknown: FHIR has one value[x] per type. */
const answerValue = (value: unknown): Record<string, unknown> => {
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'number' && Number.isFinite(value))
    return Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value };
  if (typeof value === 'string' && hasText(value)) return { valueString: value };
  return { valueString: JSON.stringify(value) };
};

const isAnswerMap = (answers: unknown): answers is Record<string, number | string> =>
  typeof answers === 'object' && answers !== null && !Array.isArray(answers);

/**
 * A response as a QuestionnaireResponse: the core's mapping when the
 * instrument is known and the answers are its answer map, otherwise one item
 * per stored answer (a link id FHIR accepts, the value as its JSON type).
 */
const questionnaireResponse = (r: QuestionnaireResponse, subject: { reference: string }): FhirResource => {
  const instrument = findInstrument(r.instrumentId);
  if (instrument.ok && isAnswerMap(r.answers)) {
    // The core mapping reads only the answers of a score.
    const score = { answers: r.answers } as unknown as Score;
    const mapped = toFhirQuestionnaireResponse(instrument.value, score, { subject, authored: r.completedAt });
    const { item: all, ...resource } = mapped;
    // A blank free-text answer is no answer in FHIR; and FHIR forbids empty arrays, so no answers means no `item`.
    const item = all.filter(
      (i) => !('valueString' in (i.answer[0] ?? {})) || hasText((i.answer[0] as { valueString?: string }).valueString),
    );
    return { ...resource, id: r.id, ...(item.length ? { item } : {}) };
  }
  const entries = isAnswerMap(r.answers)
    ? Object.entries(r.answers)
    : Array.isArray(r.answers)
      ? r.answers.map((v, i) => [String(i + 1), v] as const)
      : [];
  return {
    resourceType: 'QuestionnaireResponse',
    id: r.id,
    questionnaire: `urn:stepdown:questionnaire:${encodeURIComponent(r.instrumentId)}:${encodeURIComponent(r.instrumentVersion)}`,
    status: 'completed',
    subject,
    authored: r.completedAt,
    ...(entries.length
      ? {
          item: entries.map(([key, value], i) => ({
            linkId: hasText(key) ? key : `item-${i + 1}`,
            answer: [answerValue(value)],
          })),
        }
      : {}),
  };
};

/** A scored response's total as an Observation derived from its QuestionnaireResponse. */
const scoreObservation = (r: QuestionnaireResponse, subject: { reference: string }): FhirResource[] => {
  if (r.total === null) return [];
  const instrument = findInstrument(r.instrumentId);
  const title = instrument.ok ? instrument.value.title : r.instrumentId;
  const loinc = instrument.ok ? instrument.value.loinc?.total : undefined;
  return [
    {
      resourceType: 'Observation',
      id: `${r.id}-score`,
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
      code: {
        ...(loinc ? { coding: [{ system: 'http://loinc.org', code: loinc }] } : {}),
        text: `${title}: total score`,
      },
      subject,
      effectiveDateTime: r.completedAt,
      valueQuantity: { value: r.total, unit: 'score', system: UCUM, code: '{score}' },
      ...(hasText(r.band) ? { interpretation: [{ text: r.band }] } : {}),
      derivedFrom: [{ reference: `QuestionnaireResponse/${r.id}` }],
    },
  ];
};

/**
 * A dose log entry as a MedicationAdministration: taken, late or extra →
 * `completed`; missed → `not-done` (no dose was given; the planned amount is
 * kept as the dosage, for the record).
 */
const administration = (d: DoseLog, subject: { reference: string }): FhirResource => ({
  resourceType: 'MedicationAdministration',
  id: d.id,
  status: d.status === 'missed' ? 'not-done' : 'completed',
  ...(d.status === 'missed' ? { statusReason: [{ text: 'Dose missed' }] } : {}),
  medicationCodeableConcept: { text: hasText(d.drug) ? d.drug : 'unknown medicine' },
  subject,
  // A logged time is an instant; otherwise the local date the dose belonged to.
  effectiveDateTime: d.takenAt ?? d.date,
  ...(hasText(d.note) || d.status === 'late' || d.status === 'extra'
    ? {
        note: [
          ...(d.status === 'late' ? [{ text: `Taken late${d.plannedTime ? ` (planned ${d.plannedTime})` : ''}` }] : []),
          ...(d.status === 'extra' ? [{ text: 'An extra dose, outside the plan' }] : []),
          ...(hasText(d.note) ? [{ text: d.note }] : []),
        ],
      }
    : {}),
  dosage: {
    ...(d.plannedTime ? { text: `Planned at ${d.plannedTime} on ${d.date}` } : {}),
    dose: { value: toMilligrams(d.amountUg), unit: 'mg', system: UCUM, code: 'mg' },
  },
});

/**
 * The taper in force: the core's MedicationRequests for each plan's active
 * version (status `active`: a prescriber approved it). A stored plan the core
 * cannot read is left out rather than failing the whole export.
 */
const taperRequests = (record: PatientRecord, subject: { reference: string }): FhirMedicationRequest[] =>
  record.plans.flatMap(({ plan, versions }) => {
    const active = versions.find((v) => v.id === plan.activeVersionId);
    if (!active) return [];
    try {
      return planMedicationRequests(active.plan as TaperPlan, {
        subject,
        authoredOn: active.approvedAt ?? active.createdAt,
        planId: plan.id,
        status: 'active',
        ...(active.approvedBy ? { requester: { reference: `Practitioner/${active.approvedBy}` } } : {}),
      });
    } catch {
      return [];
    }
  });

/** The record as a FHIR R4 Bundle of type `collection`. */
export const exportFhir = (record: PatientRecord, exportedAt: Date): FhirExportBundle => {
  const { patient, account } = record;
  const subject = { reference: `Patient/${patient.id}` };
  const resources: FhirResource[] = [
    {
      resourceType: 'Patient',
      id: patient.id,
      ...(hasText(account.displayName) ? { name: [{ text: account.displayName }] } : {}),
      ...(hasText(account.email) ? { telecom: [{ system: 'email', value: account.email }] } : {}),
      ...(patient.dateOfBirth ? { birthDate: patient.dateOfBirth } : {}),
    },
    ...(taperRequests(record, subject) as unknown as FhirResource[]),
    ...record.doseLogs.map((d) => administration(d, subject)),
    ...[...record.questionnaireResponses, ...record.checkIns].flatMap((r) => [
      questionnaireResponse(r, subject),
      ...scoreObservation(r, subject),
    ]),
    ...record.alerts
      .filter((a) => a.acknowledgedAt === null)
      .map(
        (a): FhirResource => ({
          resourceType: 'Flag',
          id: a.id,
          status: 'active',
          category: [{ text: a.urgency }],
          code: { text: hasText(a.title) ? a.title : a.kind },
          subject,
          period: { start: a.createdAt },
        }),
      ),
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: exportedAt.toISOString(),
    entry: resources.map((resource) => ({ resource })),
  };
};
