import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import type { AdjustmentKind, AdjustmentState, AdjustmentSuggestionsTable, Database } from '../schema.js';
import type { Recorded } from './dose-logs.js';
import type { RepositoryDeps } from './repository-deps.js';

/** A proposal to hold or slow a taper, waiting for the prescriber's decision. */
export interface AdjustmentSuggestion {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  readonly planId: string;
  readonly kind: AdjustmentKind;
  readonly reason: string;
  /** What raised it, e.g. a check-in rule or the patient. */
  readonly source: string;
  readonly state: AdjustmentState;
  readonly decidedBy: string | null;
  readonly decidedAt: Instant | null;
  readonly requestedByPatient: boolean;
}

const toSuggestion = (row: Selectable<AdjustmentSuggestionsTable>): AdjustmentSuggestion => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  planId: row.plan_id,
  kind: row.kind,
  reason: row.reason,
  source: row.source,
  state: row.state,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  requestedByPatient: row.requested_by_patient === 1,
});

export type AdjustmentSuggestionsRepository = ReturnType<typeof createAdjustmentSuggestionsRepository>;

export interface NewAdjustmentSuggestion {
  readonly patientId: string;
  readonly planId: string;
  readonly kind: AdjustmentKind;
  readonly reason: string;
  readonly source: string;
  readonly requestedByPatient: boolean;
  /** The client's id for a patient's request; a retry with the same id is the same request. */
  readonly clientId?: string | undefined;
}

export const createAdjustmentSuggestionsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  /**
   * Stores a suggestion; with a client id, once per (patient, client id), like
   * dose logs: `INSERT … ON CONFLICT DO NOTHING` and then a read, so a retry or
   * two copies racing on different connections never make a second row, and
   * `created` tells the caller whether the row is theirs.
   */
  const record = async (input: NewAdjustmentSuggestion): Promise<Recorded<AdjustmentSuggestion>> => {
    const clientId = input.clientId ?? null;
    const insert = db.insertInto('adjustment_suggestions').values({
      id: ids(),
      created_at: clock().toISOString(),
      patient_id: input.patientId,
      plan_id: input.planId,
      kind: input.kind,
      reason: input.reason,
      source: input.source,
      state: 'suggested',
      decided_by: null,
      decided_at: null,
      requested_by_patient: input.requestedByPatient ? 1 : 0,
      client_id: clientId,
    });
    if (clientId === null) return { value: toSuggestion(await insert.returningAll().executeTakeFirstOrThrow()), created: true };
    const inserted = await insert
      .onConflict((oc) => oc.columns(['patient_id', 'client_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { value: toSuggestion(inserted), created: true };
    const existing = await db
      .selectFrom('adjustment_suggestions')
      .selectAll()
      .where('patient_id', '=', input.patientId)
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    return { value: toSuggestion(existing), created: false };
  };

  return {
    record,

    /** A new suggestion, always (no client id): the rule's suggestions and callers that need no retry safety. */
    async create(input: Omit<NewAdjustmentSuggestion, 'clientId'>): Promise<AdjustmentSuggestion> {
      return (await record(input)).value;
    },

    /** Records the prescriber's decision on a suggestion still `suggested`. */
    async decide(
      id: string,
      decision: { readonly state: 'approved' | 'edited' | 'rejected'; readonly by: string },
    ): Promise<Result<AdjustmentSuggestion>> {
      const row = await db
        .updateTable('adjustment_suggestions')
        .set({ state: decision.state, decided_by: decision.by, decided_at: clock().toISOString() })
        .where('id', '=', id)
        .where('state', '=', 'suggested')
        .returningAll()
        .executeTakeFirst();
      if (row) return ok(toSuggestion(row));
      const exists = await db.selectFrom('adjustment_suggestions').select('state').where('id', '=', id).executeTakeFirst();
      return exists
        ? err('SUGGESTION_DECIDED', `This suggestion was already ${exists.state}.`, { field: 'suggestionId' })
        : err('SUGGESTION_NOT_FOUND', 'No such suggestion.', { field: 'suggestionId' });
    },

    /** Newest first. */
    async listForPatient(
      patientId: string,
      options: { readonly state?: AdjustmentState } = {},
    ): Promise<readonly AdjustmentSuggestion[]> {
      let query = db.selectFrom('adjustment_suggestions').selectAll().where('patient_id', '=', patientId);
      if (options.state !== undefined) query = query.where('state', '=', options.state);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toSuggestion);
    },
  };
};
