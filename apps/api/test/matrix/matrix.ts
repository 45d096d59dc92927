import type { Repositories } from '@stepdown/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SignedIn } from '../sessions.js';

/**
 * Who asks, relative to patient A: the patient, their clinician, a member of
 * their linked clinic (its admin), two supporters (one sees doses and
 * check-ins, one does not), a clinician and a patient with no link, and
 * nobody signed in.
 */
export const WHO = [
  'patient',
  'clinician',
  'clinicMember',
  'supporterNoDoses',
  'supporterDoses',
  'unlinkedClinician',
  'otherPatient',
  'anonymous',
] as const;
export type Who = (typeof WHO)[number];
export type Actor = Exclude<Who, 'anonymous'>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface MatrixContext {
  readonly app: FastifyInstance;
  /** For setting up what a row needs without going through the API. */
  readonly repositories: Repositories;
  /** Patient A's record id: the record every row is about. */
  readonly patientA: string;
  /** The clinic patient A is linked to; `clinicMember` is its admin. */
  readonly clinicId: string;
  readonly actors: Readonly<Record<Actor, SignedIn>>;
  /** Sends a request as someone (with their session and CSRF token), or anonymously. */
  readonly call: (who: Who, method: Method, url: string, payload?: object) => Promise<LightMyRequestResponse>;
}

export interface MatrixRow {
  /** The route as OpenAPI names it, e.g. `GET /api/patients/{patientId}`: the coverage test checks every route has a row. */
  readonly route: string;
  /** Extra words when one route has several rows. */
  readonly name?: string;
  /**
   * The request `who` sends. Called once per role, so a row that needs a fresh
   * resource (a draft to approve, a link to revoke) makes it here as patient A.
   */
  readonly request: (
    ctx: MatrixContext,
    who: Who,
  ) => Promise<readonly [Method, string, object?]> | readonly [Method, string, object?];
  readonly expected: Readonly<Record<Who, number>>;
}

/** The usual answers for a read of clinical data every linked carer may see. */
export const READ_BY_CARERS = {
  patient: 200,
  clinician: 200,
  clinicMember: 200,
  supporterNoDoses: 200,
  supporterDoses: 200,
  unlinkedClinician: 404,
  otherPatient: 404,
  anonymous: 401,
} as const satisfies Record<Who, number>;

/** Only the patient: carers get 403, strangers 404 (the record's existence is not revealed). */
export const PATIENT_ONLY = (status: number) =>
  ({
    patient: status,
    clinician: 403,
    clinicMember: 403,
    supporterNoDoses: 403,
    supporterDoses: 403,
    unlinkedClinician: 404,
    otherPatient: 404,
    anonymous: 401,
  }) as const satisfies Record<Who, number>;
