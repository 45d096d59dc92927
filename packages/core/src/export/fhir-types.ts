/**
 * The few FHIR R4 shapes the export writes (a subset of each resource), so
 * core needs no FHIR library. Field names and cardinalities follow R4.
 */

export interface FhirReference {
  /** e.g. `Patient/123`. */
  readonly reference?: string;
  readonly display?: string;
}

export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

export interface FhirQuantity {
  readonly value: number;
  readonly unit: string;
  readonly system: string;
  readonly code: string;
}

export interface FhirPeriod {
  readonly start: string;
  readonly end: string;
}

export interface FhirDosage {
  readonly sequence: number;
  readonly text: string;
  readonly patientInstruction?: string;
  readonly timing: {
    readonly repeat: {
      readonly boundsPeriod: FhirPeriod;
      readonly frequency: number;
      readonly period: number;
      readonly periodUnit: 'd';
      readonly timeOfDay: readonly string[];
    };
  };
  readonly route?: FhirCodeableConcept;
  readonly doseAndRate: readonly [{ readonly type?: FhirCodeableConcept; readonly doseQuantity: FhirQuantity }];
}

export interface FhirMedicationRequest {
  readonly resourceType: 'MedicationRequest';
  readonly id?: string;
  readonly status: 'draft' | 'active';
  readonly intent: 'plan';
  readonly medicationCodeableConcept: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly authoredOn: string;
  readonly requester?: FhirReference;
  readonly groupIdentifier?: { readonly value: string };
  readonly note?: readonly { readonly text: string }[];
  readonly dosageInstruction: readonly FhirDosage[];
}

export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly entry: readonly { readonly resource: FhirMedicationRequest }[];
}
