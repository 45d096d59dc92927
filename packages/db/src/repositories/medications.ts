import type { Kysely, Selectable } from 'kysely';
import { checkIsoDate } from '../column-values.js';
import type { Instant } from '../instant.js';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { Database, MedicationsTable } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface Medication {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  readonly drug: string;
  readonly indication: string;
  /** The regimen as the core parsed it (parsed JSON, not validated here). */
  readonly regimen: unknown;
  readonly startedOn: string | null;
  /**
   * When the patient removed it from their record; null while it is current. Always present on records
   * read from the database; optional only so records built in memory (export fixtures) still type-check.
   */
  readonly removedAt?: Instant | null;
}

/** What a change of a medication replaces (the whole entry, as recording it did). */
export interface MedicationChange {
  readonly drug: string;
  readonly indication: string;
  readonly regimen: unknown;
  readonly startedOn?: string | null;
}

const toMedication = (row: Selectable<MedicationsTable>): Medication => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  drug: row.drug,
  indication: row.indication,
  regimen: fromJsonText(row.regimen_json, 'medications.regimen_json'),
  startedOn: row.started_on,
  removedAt: row.removed_at ?? null,
});

export type MedicationsRepository = ReturnType<typeof createMedicationsRepository>;

export const createMedicationsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => ({
  async create(input: {
    readonly patientId: string;
    readonly drug: string;
    readonly indication: string;
    readonly regimen: unknown;
    readonly startedOn?: string | null;
  }): Promise<Medication> {
    const startedOn = input.startedOn ?? null;
    const row = await db
      .insertInto('medications')
      .values({
        id: ids(),
        created_at: clock().toISOString(),
        patient_id: input.patientId,
        drug: input.drug,
        indication: input.indication,
        regimen_json: toJsonText(input.regimen),
        started_on: startedOn === null ? null : checkIsoDate(startedOn, 'startedOn'),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMedication(row);
  },

  /** The patient's current medications; with `includeRemoved`, removed ones too (the whole history, e.g. for an export). */
  async listForPatient(patientId: string, options: { readonly includeRemoved?: boolean } = {}): Promise<readonly Medication[]> {
    let query = db.selectFrom('medications').selectAll().where('patient_id', '=', patientId);
    if (!options.includeRemoved) query = query.where('removed_at', 'is', null);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    return rows.map(toMedication);
  },

  /** A current medication of this patient; undefined when there is none (unknown, another patient's, or removed). */
  async findCurrent(patientId: string, medicationId: string): Promise<Medication | undefined> {
    const row = await db
      .selectFrom('medications')
      .selectAll()
      .where('id', '=', medicationId)
      .where('patient_id', '=', patientId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return row && toMedication(row);
  },

  /** Replaces a current medication's entry (a correction); undefined when there is no such current medication. */
  async update(patientId: string, medicationId: string, change: MedicationChange): Promise<Medication | undefined> {
    const startedOn = change.startedOn ?? null;
    const row = await db
      .updateTable('medications')
      .set({
        drug: change.drug,
        indication: change.indication,
        regimen_json: toJsonText(change.regimen),
        started_on: startedOn === null ? null : checkIsoDate(startedOn, 'startedOn'),
      })
      .where('id', '=', medicationId)
      .where('patient_id', '=', patientId)
      .where('removed_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row && toMedication(row);
  },

  /**
   * Takes a medication off the record, keeping the row as history; undefined when there is no such
   * current medication (so a second removal is told apart from the first).
   */
  async remove(patientId: string, medicationId: string): Promise<Medication | undefined> {
    const row = await db
      .updateTable('medications')
      .set({ removed_at: clock().toISOString() })
      .where('id', '=', medicationId)
      .where('patient_id', '=', patientId)
      .where('removed_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row && toMedication(row);
  },
});
