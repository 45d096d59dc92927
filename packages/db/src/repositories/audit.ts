import type { Kysely, Selectable } from 'kysely';
import { type Instant, toInstant } from '../instant.js';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { AuditLogTable, AuditOutcome, Database } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

/** One access or change, allowed or denied. */
export interface AuditEntry {
  readonly id: string;
  readonly createdAt: Instant;
  readonly actorUserId: string | null;
  readonly patientId: string | null;
  /** What was attempted, e.g. `dose-log.create`, `plan.view`. */
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly at: Instant;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly outcome: AuditOutcome;
  readonly detail: unknown;
}

export interface NewAuditEntry {
  readonly actorUserId: string | null;
  readonly patientId?: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly targetId?: string | null;
  /** When it happened; default now. */
  readonly at?: Date | Instant;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
  readonly outcome: AuditOutcome;
  /** Extra facts as JSON; never secrets or tokens. */
  readonly detail?: unknown;
}

const toAuditEntry = (row: Selectable<AuditLogTable>): AuditEntry => ({
  id: row.id,
  createdAt: row.created_at,
  actorUserId: row.actor_user_id,
  patientId: row.patient_id,
  action: row.action,
  targetType: row.target_type,
  targetId: row.target_id,
  at: row.at,
  ip: row.ip,
  userAgent: row.user_agent,
  outcome: row.outcome,
  detail: fromJsonText(row.detail_json, 'audit_log.detail_json'),
});

export type AuditRepository = ReturnType<typeof createAuditRepository>;

/** The audit log is append-only: this repository can add and read entries, nothing else. */
export const createAuditRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => ({
  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const createdAt = clock().toISOString();
    const row = await db
      .insertInto('audit_log')
      .values({
        id: ids(),
        created_at: createdAt,
        actor_user_id: entry.actorUserId,
        patient_id: entry.patientId ?? null,
        action: entry.action,
        target_type: entry.targetType,
        target_id: entry.targetId ?? null,
        at: entry.at === undefined ? createdAt : toInstant(entry.at),
        ip: entry.ip ?? null,
        user_agent: entry.userAgent ?? null,
        outcome: entry.outcome,
        detail_json: toJsonText(entry.detail ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAuditEntry(row);
  },

  /** Newest first; `before` pages back through older entries. */
  async listForPatient(
    patientId: string,
    options: { readonly limit?: number; readonly before?: Date | Instant } = {},
  ): Promise<readonly AuditEntry[]> {
    let query = db.selectFrom('audit_log').selectAll().where('patient_id', '=', patientId);
    if (options.before !== undefined) query = query.where('at', '<', toInstant(options.before));
    const rows = await query
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit ?? 100)
      .execute();
    return rows.map(toAuditEntry);
  },
});
