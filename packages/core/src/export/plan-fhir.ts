import type { TaperPlan } from '../taper/plan.js';
import { stepDaySets } from '../taper/step-days.js';
import { formatMg } from '../units/format-dose.js';
import { minutesOfDay } from '../units/local-time.js';
import { toMilligrams } from '../units/units.js';
import { describeUnits, drugName, isLiquid } from './dose-text.js';
import type { FhirBundle, FhirDosage, FhirMedicationRequest, FhirReference } from './fhir-types.js';
import { formatLongDate } from './human-date.js';
import { assertPlanShape, dosesInTimeOrder, planDrugs } from './plan-days.js';
import { productById } from './products.js';
import { medicationConcept } from './rxnorm.js';
import { APPROVED_NOTE, DECISION_SUPPORT_NOTE, SAFETY_LINE } from './safety-text.js';
import { daySetEnd, daySetStart, daysBetweenText, everyOtherDayText, stepSpan } from './step-text.js';

export interface PlanFhirOptions {
  /** Who the plan is for, e.g. `{ reference: 'Patient/123' }`. */
  readonly subject: FhirReference;
  /** When the plan was written: a FHIR date or dateTime (with a zone when it has a time). */
  readonly authoredOn: string;
  /** The caller's plan id: resource ids become `<planId>-<drug>` and it is the requests' groupIdentifier. */
  readonly planId?: string;
  readonly requester?: FhirReference;
  /** `draft` (default) until a prescriber approves the plan; `active` once they have. */
  readonly status?: 'draft' | 'active';
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const FHIR_DATE_TIME =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/;

/** Oral route, SNOMED CT 26643006, as in the HL7 tapering example (medrx0303). */
const ORAL_ROUTE = { coding: [{ system: 'http://snomed.info/sct', code: '26643006', display: 'Oral route' }] };
const ORDERED_DOSE = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/dose-rate-type', code: 'ordered', display: 'Ordered' }],
};
const UCUM = 'http://unitsofmeasure.org';

const productName = (formulationId: string): string => {
  const { drug, formulation } = productById(formulationId);
  if (formulation.rxnorm) return `${formulation.rxnorm.display} (RxNorm ${formulation.rxnorm.code})`;
  const per = formulation.kind === 'oral-solution' ? '/mL oral solution' : ` ${formulation.kind}`;
  return `${drug.name} ${formatMg(formulation.strengthUg)}${per}`;
};

/**
 * One MedicationRequest per drug the plan doses (the plan's drug first),
 * modelled on the HL7 tapering example medrx0303: intent `plan`, status
 * `draft` unless approved, and one dosageInstruction per step and dose time
 * (`sequence` = step index + 1, so a step's dose times share a sequence and
 * apply together) with the step's dates as `timing.repeat.boundsPeriod`,
 * the time as `timeOfDay`, once a day, and the dose in UCUM mg. On an
 * alternate-day step each day's doses are once every 2 days (`period: 2`),
 * bounded from that day set's first day to its last. Throws on a
 * malformed plan id or authoredOn (caller bugs) or a plan with no doses.
 * A drug-free day of an alternate-day step has no instruction of its own: the
 * other day's instructions say "On the days between: no clonazepam".
 */
export const planMedicationRequests = (plan: TaperPlan, options: PlanFhirOptions): FhirMedicationRequest[] => {
  assertPlanShape(plan);
  if (!FHIR_DATE_TIME.test(options.authoredOn)) throw new RangeError(`authoredOn must be a FHIR dateTime: ${options.authoredOn}`);
  const lastStep = plan.steps.at(-1);
  const requests = planDrugs(plan).flatMap((drug): FhirMedicationRequest[] => {
    const id = options.planId === undefined ? undefined : `${options.planId}-${drug}`;
    if (id !== undefined && !FHIR_ID.test(id))
      throw new RangeError(`planId must make a FHIR id (A–Z, a–z, 0–9, "-", "."; ≤ 64): ${id}`);
    const dosageInstruction = plan.steps.flatMap((step) =>
      stepDaySets(step).flatMap((set) =>
        dosesInTimeOrder(set.doses)
          .filter((dose) => dose.drug === drug)
          .map((dose): FhirDosage => {
            const alternate = set.everyDays === 2;
            const when = alternate ? everyOtherDayText(step, set) : 'every day';
            return {
              sequence: step.index + 1,
              text: `${stepSpan(step, plan)}: ${formatMg(dose.amountUg)} ${drugName(drug)} at ${dose.time} ${when} (${describeUnits(dose.units)}).${alternate ? ` ${daysBetweenText(step, set)}` : ''}`,
              patientInstruction: alternate
                ? `Take ${describeUnits(dose.units)} at ${dose.time} every other day, starting ${formatLongDate(daySetStart(step, set))}.`
                : `Take ${describeUnits(dose.units)} at ${dose.time}.`,
              timing: {
                repeat: {
                  // Every other day is once every 2 days from the set's own first day.
                  boundsPeriod: { start: daySetStart(step, set), end: daySetEnd(step, set) },
                  frequency: 1,
                  period: set.everyDays,
                  periodUnit: 'd',
                  timeOfDay: [`${dose.time}:00`],
                },
              },
              route: ORAL_ROUTE,
              doseAndRate: [
                {
                  type: ORDERED_DOSE,
                  doseQuantity: { value: toMilligrams(dose.amountUg), unit: 'mg', system: UCUM, code: 'mg' },
                },
              ],
            };
          }),
      ),
    );
    if (dosageInstruction.length === 0) return [];
    const doses = plan.steps.flatMap((step) =>
      stepDaySets(step).flatMap((set) => set.doses.filter((d) => d.drug === drug).map((d) => ({ step, set, dose: d }))),
    );
    const formulationIds = doses.flatMap(({ dose }) =>
      isLiquid(dose.units) ? [dose.units[0].formulationId] : dose.units.map((unit) => unit.formulationId),
    );
    const lastDay = (entry: (typeof doses)[number]) => daySetEnd(entry.step, entry.set);
    // The last dose: the latest day, then the latest time that day.
    const last = doses.reduce<(typeof doses)[number] | undefined>(
      (latest, entry) =>
        !latest ||
        lastDay(entry) > lastDay(latest) ||
        (lastDay(entry) === lastDay(latest) && minutesOfDay(entry.dose.time) >= minutesOfDay(latest.dose.time))
          ? entry
          : latest,
      undefined,
    );
    const taperedOff = lastStep !== undefined && !stepDaySets(lastStep).some((set) => set.doses.some((d) => d.drug === drug));
    const notes = [
      options.status === 'active' ? APPROVED_NOTE : DECISION_SUPPORT_NOTE,
      SAFETY_LINE,
      `Made up from: ${[...new Set(formulationIds)].map(productName).join('; ')}.`,
      ...(taperedOff && last
        ? [`Last dose of ${drugName(drug)}: ${last.dose.time} on ${formatLongDate(lastDay(last))}; none after that.`]
        : []),
    ];
    return [
      {
        resourceType: 'MedicationRequest',
        ...(id === undefined ? {} : { id }),
        status: options.status ?? 'draft',
        intent: 'plan',
        medicationCodeableConcept: medicationConcept(drug, formulationIds),
        subject: options.subject,
        authoredOn: options.authoredOn,
        ...(options.requester === undefined ? {} : { requester: options.requester }),
        ...(options.planId === undefined ? {} : { groupIdentifier: { value: options.planId } }),
        note: notes.map((text) => ({ text })),
        dosageInstruction,
      },
    ];
  });
  if (requests.length === 0) throw new RangeError('the plan has no doses to request');
  return requests;
};

/**
 * The plan in FHIR R4: a single MedicationRequest for a one-drug plan, or a
 * Bundle (type `collection`) of one MedicationRequest per drug for a plan
 * that switches drugs.
 */
export const planFhir = (plan: TaperPlan, options: PlanFhirOptions): FhirMedicationRequest | FhirBundle => {
  const requests = planMedicationRequests(plan, options);
  const [only] = requests;
  return requests.length === 1 && only
    ? only
    : { resourceType: 'Bundle', type: 'collection', entry: requests.map((resource) => ({ resource })) };
};
