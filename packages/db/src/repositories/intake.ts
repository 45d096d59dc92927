import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { Database, IntakeRequestsTable, IntakeStatus, Urgency } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

/** A request for help sent to a clinic by someone without an account. */
export interface IntakeRequest {
  readonly id: string;
  readonly createdAt: Instant;
  readonly clinicId: string;
  readonly contactName: string;
  readonly contactMethod: string;
  readonly contactValue: string;
  readonly message: string | null;
  readonly triageUrgency: Urgency;
  readonly answers: unknown;
  readonly status: IntakeStatus;
  readonly claimedBy: string | null;
  readonly claimedAt: Instant | null;
  readonly closedAt: Instant | null;
  readonly ipHash: string | null;
}

export interface NewIntakeRequest {
  readonly clinicId: string;
  readonly contactName: string;
  readonly contactMethod: string;
  readonly contactValue: string;
  readonly message?: string | null;
  readonly triageUrgency: Urgency;
  readonly answers: unknown;
  /** A keyed hash of the sender's address, for rate limits; never the address. */
  readonly ipHash?: string | null;
}

const toIntakeRequest = (row: Selectable<IntakeRequestsTable>): IntakeRequest => ({
  id: row.id,
  createdAt: row.created_at,
  clinicId: row.clinic_id,
  contactName: row.contact_name,
  contactMethod: row.contact_method,
  contactValue: row.contact_value,
  message: row.message,
  triageUrgency: row.triage_urgency,
  answers: fromJsonText(row.answers_json, 'intake_requests.answers_json'),
  status: row.status,
  claimedBy: row.claimed_by,
  claimedAt: row.claimed_at,
  closedAt: row.closed_at,
  ipHash: row.ip_hash,
});

export type IntakeRepository = ReturnType<typeof createIntakeRepository>;

export const createIntakeRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  const findById = async (id: string): Promise<IntakeRequest | undefined> => {
    const row = await db.selectFrom('intake_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toIntakeRequest(row);
  };
  const refusal = async (id: string, wanted: string): Promise<Result<never>> => {
    const current = await findById(id);
    return current
      ? err('INTAKE_STATE', `This request is ${current.status}; it must be ${wanted}.`, { field: 'intakeId' })
      : err('INTAKE_NOT_FOUND', 'No such intake request.', { field: 'intakeId' });
  };

  return {
    findById,

    async create(input: NewIntakeRequest): Promise<IntakeRequest> {
      const row = await db
        .insertInto('intake_requests')
        .values({
          id: ids(),
          created_at: now(),
          clinic_id: input.clinicId,
          contact_name: input.contactName,
          contact_method: input.contactMethod,
          contact_value: input.contactValue,
          message: input.message ?? null,
          triage_urgency: input.triageUrgency,
          answers_json: toJsonText(input.answers),
          status: 'new',
          claimed_by: null,
          claimed_at: null,
          closed_at: null,
          ip_hash: input.ipHash ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toIntakeRequest(row);
    },

    /** The clinic's open requests (new and claimed by default): emergencies first, then urgent, then oldest first. */
    async queue(
      clinicId: string,
      options: { readonly statuses?: readonly IntakeStatus[] } = {},
    ): Promise<readonly IntakeRequest[]> {
      const statuses = options.statuses ?? ['new', 'claimed'];
      if (statuses.length === 0) return [];
      const rows = await db
        .selectFrom('intake_requests')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('status', 'in', statuses)
        .orderBy((eb) => eb.case('triage_urgency').when('emergency').then(0).when('urgent').then(1).else(2).end())
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toIntakeRequest);
    },

    /** Takes a new request; only one claimer wins. */
    async claim(id: string, by: string): Promise<Result<IntakeRequest>> {
      const row = await db
        .updateTable('intake_requests')
        .set({ status: 'claimed', claimed_by: by, claimed_at: now() })
        .where('id', '=', id)
        .where('status', '=', 'new')
        .returningAll()
        .executeTakeFirst();
      return row ? ok(toIntakeRequest(row)) : refusal(id, 'new');
    },

    /** Closes a new or claimed request. */
    async close(id: string): Promise<Result<IntakeRequest>> {
      const row = await db
        .updateTable('intake_requests')
        .set({ status: 'closed', closed_at: now() })
        .where('id', '=', id)
        .where('status', '<>', 'closed')
        .returningAll()
        .executeTakeFirst();
      return row ? ok(toIntakeRequest(row)) : refusal(id, 'open');
    },
  };
};
