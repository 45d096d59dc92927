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
}

const toMedication = (row: Selectable<MedicationsTable>): Medication => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  drug: row.drug,
  indication: row.indication,
  regimen: fromJsonText(row.regimen_json, 'medications.regimen_json'),
  startedOn: row.started_on,
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

  async listForPatient(patientId: string): Promise<readonly Medication[]> {
    const rows = await db
      .selectFrom('medications')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toMedication);
  },
});
