import type { Kysely } from 'kysely';
import { fromJsonText, toJsonText } from '../json-text.js';
import type { Database, Urgency } from '../schema.js';
import type { RepositoryDeps } from './repository-deps.js';

/** One patient a clinician reaches, with the facts the roster's status flags are made from. */
export interface RosterFacts {
  readonly patientId: string;
  readonly displayName: string;
  readonly timeZone: string;
  /** When care began: the earliest acceptance among the links that reach the clinician. */
  readonly careStartedAt: string;
  /** Unacknowledged alerts, by urgency. */
  readonly openAlerts: Readonly<Record<Urgency, number>>;
  /** Suggestions still waiting for a decision. */
  readonly pendingSuggestions: { readonly requestedByPatient: number; readonly byRule: number };
  /** Local dates of missed doses on or after the `missedSince` asked for. */
  readonly missedDates: readonly string[];
  readonly lastCheckInAt: string | null;
  /** The latest approval of any plan version. */
  readonly lastApprovedAt: string | null;
  /** The active plan versions' plans (parsed JSON, not validated). */
  readonly activePlans: readonly unknown[];
}

/** IN lists stay well under both engines' parameter limits. */
const CHUNK = 500;
const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

export type RosterFactsRepository = ReturnType<typeof createRosterFactsRepository>;

/**
 * The roster in a fixed number of queries whatever its size (one per kind of
 * fact, per 500 patients), rather than several per patient.
 */
export const createRosterFactsRepository = (db: Kysely<Database>, { clock, ids }: RepositoryDeps) => ({
  /**
   * Patients linked to the user as their clinician or through a clinic they
   * belong to (active links, live patient accounts only), with their facts.
   * `missedSince`: the earliest local date whose missed doses count.
   */
  async forClinician(userId: string, options: { readonly missedSince: string }): Promise<readonly RosterFacts[]> {
    const links = await db
      .selectFrom('care_links')
      .innerJoin('patients', 'patients.id', 'care_links.patient_id')
      .innerJoin('users', 'users.id', 'patients.user_id')
      .select([
        'patients.id as patient_id',
        'patients.time_zone',
        'users.display_name',
        'care_links.accepted_at',
        'care_links.created_at',
      ])
      .where('care_links.status', '=', 'active')
      .where('users.deleted_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('care_links.kind', '=', 'clinician'), eb('care_links.linked_user_id', '=', userId)]),
          eb.and([
            eb('care_links.kind', '=', 'clinic'),
            eb('care_links.clinic_id', 'in', eb.selectFrom('clinic_members').select('clinic_id').where('user_id', '=', userId)),
          ]),
        ]),
      )
      .execute();
    const byPatient = new Map<string, { displayName: string; timeZone: string; careStartedAt: string }>();
    for (const link of links) {
      const started = link.accepted_at ?? link.created_at;
      const seen = byPatient.get(link.patient_id);
      if (!seen || started < seen.careStartedAt)
        byPatient.set(link.patient_id, { displayName: link.display_name, timeZone: link.time_zone, careStartedAt: started });
    }
    const patientIds = [...byPatient.keys()];
    const alerts = new Map<string, Record<Urgency, number>>();
    const suggestions = new Map<string, { requestedByPatient: number; byRule: number }>();
    const missed = new Map<string, string[]>();
    const lastCheckIn = new Map<string, string>();
    const lastApproval = new Map<string, string>();
    const activePlans = new Map<string, unknown[]>();
    for (const part of chunks(patientIds)) {
      for (const row of await db
        .selectFrom('alerts')
        .select(['patient_id', 'urgency'])
        .where('patient_id', 'in', part)
        .where('acknowledged_at', 'is', null)
        .execute()) {
        const counts = alerts.get(row.patient_id) ?? { emergency: 0, urgent: 0, routine: 0 };
        counts[row.urgency] += 1;
        alerts.set(row.patient_id, counts);
      }
      for (const row of await db
        .selectFrom('adjustment_suggestions')
        .select(['patient_id', 'requested_by_patient'])
        .where('patient_id', 'in', part)
        .where('state', '=', 'suggested')
        .execute()) {
        const counts = suggestions.get(row.patient_id) ?? { requestedByPatient: 0, byRule: 0 };
        if (row.requested_by_patient === 1) counts.requestedByPatient += 1;
        else counts.byRule += 1;
        suggestions.set(row.patient_id, counts);
      }
      for (const row of await db
        .selectFrom('dose_logs')
        .select(['patient_id', 'date'])
        .where('patient_id', 'in', part)
        .where('status', '=', 'missed')
        .where('date', '>=', options.missedSince)
        .execute()) {
        missed.set(row.patient_id, [...(missed.get(row.patient_id) ?? []), row.date]);
      }
      for (const row of await db
        .selectFrom('check_ins')
        .select((eb) => ['patient_id', eb.fn.max('completed_at').as('last')])
        .where('patient_id', 'in', part)
        .groupBy('patient_id')
        .execute()) {
        if (row.last !== null) lastCheckIn.set(row.patient_id, String(row.last));
      }
      for (const row of await db
        .selectFrom('plan_versions')
        .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
        .select((eb) => ['plans.patient_id', eb.fn.max('plan_versions.approved_at').as('last')])
        .where('plans.patient_id', 'in', part)
        .where('plan_versions.approval_state', '=', 'approved')
        .groupBy('plans.patient_id')
        .execute()) {
        if (row.last !== null) lastApproval.set(row.patient_id, String(row.last));
      }
      for (const row of await db
        .selectFrom('plans')
        .innerJoin('plan_versions', 'plan_versions.id', 'plans.active_version_id')
        .select(['plans.patient_id', 'plan_versions.plan_json'])
        .where('plans.patient_id', 'in', part)
        .orderBy('plans.created_at')
        .orderBy('plans.id')
        .execute()) {
        activePlans.set(row.patient_id, [
          ...(activePlans.get(row.patient_id) ?? []),
          fromJsonText(row.plan_json, 'plan_versions.plan_json'),
        ]);
      }
    }
    return patientIds.map((patientId) => {
      const base = byPatient.get(patientId) as { displayName: string; timeZone: string; careStartedAt: string };
      return {
        patientId,
        ...base,
        openAlerts: alerts.get(patientId) ?? { emergency: 0, urgent: 0, routine: 0 },
        pendingSuggestions: suggestions.get(patientId) ?? { requestedByPatient: 0, byRule: 0 },
        missedDates: missed.get(patientId) ?? [],
        lastCheckInAt: lastCheckIn.get(patientId) ?? null,
        lastApprovedAt: lastApproval.get(patientId) ?? null,
        activePlans: activePlans.get(patientId) ?? [],
      };
    });
  },

  /**
   * One audit entry per patient shown, written in one statement per 500: the
   * roster is a read of each record it lists. Append-only, like the audit
   * repository.
   */
  async auditReads(entry: {
    readonly actorUserId: string;
    readonly patientIds: readonly string[];
    readonly action: string;
    readonly ip: string | null;
    readonly userAgent: string | null;
    readonly detail: unknown;
  }): Promise<number> {
    const at = clock().toISOString();
    const detail = toJsonText(entry.detail ?? {});
    for (const part of chunks(entry.patientIds)) {
      await db
        .insertInto('audit_log')
        .values(
          part.map((patientId) => ({
            id: ids(),
            created_at: at,
            actor_user_id: entry.actorUserId,
            patient_id: patientId,
            action: entry.action,
            target_type: 'patient',
            target_id: patientId,
            at,
            ip: entry.ip,
            user_agent: entry.userAgent,
            outcome: 'allowed' as const,
            detail_json: detail,
          })),
        )
        .execute();
    }
    return entry.patientIds.length;
  },
});
