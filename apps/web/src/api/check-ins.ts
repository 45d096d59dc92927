import { postOrQueue } from '../offline/outbox.js';
import { api } from './client.js';

/** An item flag the server stored with an entry (core's `ItemFlag`, plus `RED_FLAG` for each red flag ticked). */
export interface EntryFlag {
  readonly itemId: string;
  readonly code: string;
  readonly message: string;
}

/** A stored daily check-in or questionnaire response (docs/server/check-ins-and-alerts.md). */
export interface Entry {
  readonly id: string;
  readonly clientId: string;
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly answers: Readonly<Record<string, number | string>>;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: readonly EntryFlag[];
  readonly completedAt: string;
}

export type HelpUrgency = 'emergency' | 'urgent';

/** The patient's "what to do now", present only when the answers are urgent or an emergency. */
export interface Help {
  readonly urgency: HelpUrgency;
  readonly headline: string;
  readonly actions: readonly string[];
  readonly emergencyNumber: string;
}

export interface Suggestion {
  readonly id: string;
  readonly createdAt: string;
  readonly kind: 'hold' | 'slow';
  readonly reason: string;
  readonly source: string;
  readonly state: 'suggested' | 'approved' | 'edited' | 'rejected';
  readonly decidedAt: string | null;
  readonly requestedByPatient: boolean;
}

/** What a new (or retried) entry answers with. */
export interface Scored {
  readonly created: boolean;
  readonly score: {
    readonly total: number | null;
    readonly band: string | null;
    readonly flags: readonly EntryFlag[];
  };
  readonly suggestion: Suggestion | null;
  readonly help: Help | null;
  /** The server's answer: its alert rules told the care team (absent from older servers). */
  readonly careTeamAlerted?: boolean;
}

export type Answers = Readonly<Record<string, number | string>>;

export interface CheckInInput {
  readonly clientId: string;
  readonly completedAt: string;
  readonly answers: Answers;
  readonly redFlags?: readonly string[];
}

export interface ResponseInput {
  readonly clientId: string;
  readonly instrumentId: string;
  readonly completedAt: string;
  readonly answers: Answers;
}

export interface PauseInput {
  readonly clientId: string;
  readonly kind: 'hold' | 'slow';
  readonly reason: string;
}

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

/** Where a hold request is posted: also how the pause screen finds its requests waiting in the outbox. */
export const holdRequestPath = (patientId: string) => `${base(patientId)}/hold-requests`;

const range = (from?: string) => (from ? `?from=${encodeURIComponent(from)}` : '');

export const checkIns = {
  list: (patientId: string, from?: string) =>
    api<{ checkIns: Entry[] }>(`${base(patientId)}/check-ins${range(from)}`).then((r) => r.checkIns),
  /** Kept in the offline outbox when the server is unreachable (`queued: true`). */
  record: (patientId: string, input: CheckInInput) =>
    postOrQueue<Scored & { checkIn: Entry }>(`${base(patientId)}/check-ins`, { ...input }),
  responses: (patientId: string, from?: string) =>
    api<{ responses: Entry[] }>(`${base(patientId)}/questionnaire-responses${range(from)}`).then((r) => r.responses),
  respond: (patientId: string, input: ResponseInput) =>
    postOrQueue<Scored & { response: Entry }>(`${base(patientId)}/questionnaire-responses`, { ...input }),
  /**
   * Kept in the offline outbox when the server is unreachable (`queued: true`); the server keeps one
   * request per `clientId`, so a retry with the same id never asks twice.
   */
  askForPause: (patientId: string, input: PauseInput) =>
    postOrQueue<{ suggestion: Suggestion; message: string }>(holdRequestPath(patientId), { ...input }),
  suggestions: (patientId: string) =>
    api<{ suggestions: Suggestion[] }>(`${base(patientId)}/suggestions`).then((r) => r.suggestions),
};
