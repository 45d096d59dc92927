import type { HelpResource, RegionId } from '@stepdown/core';
import { api } from './client.js';

/** A clinic that takes requests for help (GET /api/clinic-directory, public: names only). */
export interface DirectoryClinic {
  readonly id: string;
  readonly name: string;
}

export type ContactMethod = 'phone' | 'text' | 'email';

/** The body of POST /api/clinics/:clinicId/intake (apps/api/src/routes/clinics.ts). */
export interface IntakeInput {
  readonly contactName: string;
  readonly contactMethod: ContactMethod;
  readonly contactValue: string;
  readonly message?: string;
  readonly symptoms: readonly string[];
  readonly region?: RegionId;
  /** The honeypot: people leave it empty, bots fill it. */
  readonly website: string;
}

/** What the server's triage of the request says to do now. */
export interface IntakeTriage {
  readonly urgency: 'emergency' | 'urgent' | 'routine';
  readonly headline: string;
  readonly actions: readonly string[];
  readonly resources: readonly HelpResource[];
}

export const helpApi = {
  directory: () => api<{ clinics: DirectoryClinic[] }>('/clinic-directory').then((r) => r.clinics),
  askClinic: (clinicId: string, input: IntakeInput) =>
    api<{ received: boolean; triage: IntakeTriage }>(`/clinics/${encodeURIComponent(clinicId)}/intake`, {
      method: 'POST',
      body: input,
    }),
};
