import type { Kysely, Selectable } from 'kysely';
import { checkFiniteNumber } from '../column-values.js';
import { type Instant, toInstant } from '../instant.js';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { Database, ResponsesTable } from '../schema.js';
import type { Recorded } from './dose-logs.js';
import type { RepositoryDeps } from './repository-deps.js';

/** A completed questionnaire or daily check-in, as scored by the core. */
export interface QuestionnaireResponse {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  readonly clientId: string;
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly answers: unknown;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: unknown;
  readonly triggers: unknown;
  readonly completedAt: Instant;
}

export interface NewQuestionnaireResponse {
  readonly patientId: string;
  /** The client's id for this entry; a retry with the same id is the same entry. */
  readonly clientId: string;
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly answers: unknown;
  readonly total?: number | null;
  readonly band?: string | null;
  readonly flags?: unknown;
  readonly triggers?: unknown;
  readonly completedAt: Date | Instant;
}

export interface ListResponsesOptions {
  /** Completed at or after this instant. */
  readonly from?: Date | Instant;
  /** Completed before this instant. */
  readonly to?: Date | Instant;
  readonly instrumentId?: string;
  /** Newest first when limited; default: all, oldest first. */
  readonly limit?: number;
}

export type ResponsesTableName = 'check_ins' | 'questionnaire_responses';

const toResponse = (table: ResponsesTableName, row: Selectable<ResponsesTable>): QuestionnaireResponse => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  clientId: row.client_id,
  instrumentId: row.instrument_id,
  instrumentVersion: row.instrument_version,
  answers: fromJsonText(row.answers_json, `${table}.answers_json`),
  total: row.total,
  band: row.band,
  flags: fromJsonText(row.flags_json, `${table}.flags_json`),
  triggers: fromJsonText(row.triggers_json, `${table}.triggers_json`),
  completedAt: row.completed_at,
});

export type ResponsesRepository = ReturnType<typeof createResponsesRepository>;

/**
 * `check_ins` and `questionnaire_responses` have the same shape and the same
 * rules; one factory serves both. Recording is idempotent per (patient, client
 * id), like dose logs.
 */
export const createResponsesRepository = (db: Kysely<Database>, table: ResponsesTableName, { clock, ids }: RepositoryDeps) => {
  return {
    async record(input: NewQuestionnaireResponse): Promise<Recorded<QuestionnaireResponse>> {
      const total = input.total ?? null;
      const inserted = await db
        .insertInto(table)
        .values({
          id: ids(),
          created_at: clock().toISOString(),
          patient_id: input.patientId,
          client_id: input.clientId,
          instrument_id: input.instrumentId,
          instrument_version: input.instrumentVersion,
          answers_json: toJsonText(input.answers),
          total: total === null ? null : checkFiniteNumber(total, 'total'),
          band: input.band ?? null,
          flags_json: toJsonText(input.flags ?? []),
          triggers_json: toJsonText(input.triggers ?? []),
          completed_at: toInstant(input.completedAt),
        })
        .onConflict((oc) => oc.columns(['patient_id', 'client_id']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { value: toResponse(table, inserted), created: true };
      const existing = await db
        .selectFrom(table)
        .selectAll()
        .where('patient_id', '=', input.patientId)
        .where('client_id', '=', input.clientId)
        .executeTakeFirstOrThrow();
      return { value: toResponse(table, existing), created: false };
    },

    async findById(id: string): Promise<QuestionnaireResponse | undefined> {
      const row = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
      return row && toResponse(table, row);
    },

    async listForPatient(patientId: string, options: ListResponsesOptions = {}): Promise<readonly QuestionnaireResponse[]> {
      let query = db.selectFrom(table).selectAll().where('patient_id', '=', patientId);
      if (options.from !== undefined) query = query.where('completed_at', '>=', toInstant(options.from));
      if (options.to !== undefined) query = query.where('completed_at', '<', toInstant(options.to));
      if (options.instrumentId !== undefined) query = query.where('instrument_id', '=', options.instrumentId);
      if (options.limit !== undefined) {
        const rows = await query.orderBy('completed_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
        return rows.map((row) => toResponse(table, row));
      }
      const rows = await query.orderBy('completed_at').orderBy('id').execute();
      return rows.map((row) => toResponse(table, row));
    },
  };
};
