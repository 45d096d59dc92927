import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import type { CalendarFeedsTable, Database } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

/** A private iCalendar feed URL for a patient's doses, found by the hash of its secret token. */
export interface CalendarFeed {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  readonly revokedAt: Instant | null;
}

const toCalendarFeed = (row: Selectable<CalendarFeedsTable>): CalendarFeed => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  revokedAt: row.revoked_at,
});

export type CalendarFeedsRepository = ReturnType<typeof createCalendarFeedsRepository>;

export const createCalendarFeedsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => ({
  async create(input: { readonly patientId: string; readonly tokenHash: string }): Promise<CalendarFeed> {
    const row = await db
      .insertInto('calendar_feeds')
      .values({
        id: ids(),
        created_at: clock().toISOString(),
        patient_id: input.patientId,
        token_hash: input.tokenHash,
        revoked_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCalendarFeed(row);
  },

  async findActiveByTokenHash(tokenHash: string): Promise<CalendarFeed | undefined> {
    const row = await db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row && toCalendarFeed(row);
  },

  async revoke(id: string): Promise<boolean> {
    const result = await db
      .updateTable('calendar_feeds')
      .set({ revoked_at: clock().toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async listForPatient(patientId: string): Promise<readonly CalendarFeed[]> {
    const rows = await db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toCalendarFeed);
  },
});
