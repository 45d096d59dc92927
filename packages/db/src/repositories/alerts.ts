import { err, ok, type Result } from '@stepdown/core';
import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '../instant.js';
import type { AlertAudience, AlertsTable, Database, Urgency } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

export interface Alert {
  readonly id: string;
  readonly createdAt: Instant;
  readonly patientId: string;
  /** What raised it, e.g. `asq-positive`, `missed-doses`. */
  readonly kind: string;
  readonly urgency: Urgency;
  readonly title: string;
  readonly body: string;
  /** What to do now, in plain words. */
  readonly action: string | null;
  readonly audience: AlertAudience;
  readonly acknowledgedBy: string | null;
  readonly acknowledgedAt: Instant | null;
}

export interface NewAlert {
  readonly patientId: string;
  readonly kind: string;
  readonly urgency: Urgency;
  readonly title: string;
  readonly body: string;
  readonly action?: string | null;
  readonly audience: AlertAudience;
}

const toAlert = (row: Selectable<AlertsTable>): Alert => ({
  id: row.id,
  createdAt: row.created_at,
  patientId: row.patient_id,
  kind: row.kind,
  urgency: row.urgency,
  title: row.title,
  body: row.body,
  action: row.action,
  audience: row.audience,
  acknowledgedBy: row.acknowledged_by,
  acknowledgedAt: row.acknowledged_at,
});

export type AlertsRepository = ReturnType<typeof createAlertsRepository>;

export const createAlertsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => {
  const now = () => clock().toISOString();
  return {
    async create(input: NewAlert): Promise<Alert> {
      const row = await db
        .insertInto('alerts')
        .values({
          id: ids(),
          created_at: now(),
          patient_id: input.patientId,
          kind: input.kind,
          urgency: input.urgency,
          title: input.title,
          body: input.body,
          action: input.action ?? null,
          audience: input.audience,
          acknowledged_by: null,
          acknowledged_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAlert(row);
    },

    async findById(id: string): Promise<Alert | undefined> {
      const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAlert(row);
    },

    /** Newest first. */
    async listForPatient(
      patientId: string,
      options: { readonly audience?: AlertAudience; readonly unacknowledgedOnly?: boolean; readonly limit?: number } = {},
    ): Promise<readonly Alert[]> {
      let query = db.selectFrom('alerts').selectAll().where('patient_id', '=', patientId);
      if (options.audience !== undefined) query = query.where('audience', '=', options.audience);
      if (options.unacknowledgedOnly === true) query = query.where('acknowledged_at', 'is', null);
      query = query.orderBy('created_at', 'desc').orderBy('id', 'desc');
      if (options.limit !== undefined) query = query.limit(options.limit);
      return (await query.execute()).map(toAlert);
    },

    /** The first acknowledgement counts; a second gets `ALERT_ACKNOWLEDGED`. */
    async acknowledge(id: string, by: string): Promise<Result<Alert>> {
      const row = await db
        .updateTable('alerts')
        .set({ acknowledged_by: by, acknowledged_at: now() })
        .where('id', '=', id)
        .where('acknowledged_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (row) return ok(toAlert(row));
      const exists = await db.selectFrom('alerts').select('id').where('id', '=', id).executeTakeFirst();
      return exists
        ? err('ALERT_ACKNOWLEDGED', 'This alert was already acknowledged.', { field: 'alertId' })
        : err('ALERT_NOT_FOUND', 'No such alert.', { field: 'alertId' });
    },
  };
};
