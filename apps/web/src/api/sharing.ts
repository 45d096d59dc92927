import { api, type TodayView } from './client.js';

/** What a supporter may see (docs/server: care links). Clinicians and clinics always see everything. */
export interface Permissions {
  readonly plan: boolean;
  readonly doses: boolean;
  readonly checkIns: boolean;
  readonly alerts: boolean;
}

export const PERMISSION_KEYS = ['plan', 'doses', 'checkIns', 'alerts'] as const satisfies readonly (keyof Permissions)[];

export type LinkKind = 'clinician' | 'supporter' | 'clinic';

/** A care link as GET /patients/:id/links returns it (revoked ones are left out). */
export interface CareLink {
  readonly id: string;
  readonly createdAt: string;
  readonly patientId: string;
  readonly linkedUserId: string | null;
  readonly clinicId: string | null;
  readonly kind: LinkKind;
  readonly status: 'invited' | 'active' | 'revoked';
  readonly inviteExpiresAt: string | null;
  readonly permissions: Permissions;
  readonly acceptedAt: string | null;
  /** The supporter's or clinician's name once the invitation is used (null while it is pending). */
  readonly linkedUserName?: string | null;
  /** The clinic's name for a clinic link. */
  readonly clinicName?: string | null;
}

export type InviteInput = { readonly kind: 'clinician' } | { readonly kind: 'supporter'; readonly permissions: Permissions };

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly outcome: 'allowed' | 'denied';
  readonly detail: unknown;
  /** The reader's name (null for the calendar feed and deleted accounts). */
  readonly actorName?: string | null;
}

export interface CalendarFeed {
  readonly id: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** GET /api/care-links: the records that reach the signed-in supporter or clinician. */
export interface MyCareLink {
  readonly id: string;
  readonly patientId: string;
  readonly patientName: string;
  readonly kind: LinkKind;
  readonly permissions: Permissions;
  readonly acceptedAt: string | null;
}

export interface Alert {
  readonly id: string;
  readonly createdAt: string;
  readonly patientId: string;
  readonly kind: string;
  readonly urgency: 'emergency' | 'urgent' | 'routine' | string;
  readonly title: string;
  readonly body: string;
  readonly action: string | null;
  readonly acknowledgedAt: string | null;
}

export interface CheckIn {
  readonly id: string;
  readonly completedAt: string;
  readonly answers: unknown;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: unknown;
}

const pid = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

export const sharing = {
  invite: (patientId: string, input: InviteInput) =>
    api<{ link: CareLink; code: string }>(`${pid(patientId)}/invites`, { method: 'POST', body: input }),
  accept: (code: string) => api<{ link: CareLink }>('/invites/accept', { method: 'POST', body: { code } }).then((r) => r.link),
  links: (patientId: string) => api<{ links: readonly CareLink[] }>(`${pid(patientId)}/links`).then((r) => r.links),
  setPermissions: (patientId: string, linkId: string, permissions: Permissions) =>
    api<{ link: CareLink }>(`${pid(patientId)}/links/${encodeURIComponent(linkId)}`, {
      method: 'PATCH',
      body: { permissions },
    }).then((r) => r.link),
  revokeLink: (patientId: string, linkId: string) =>
    api<void>(`${pid(patientId)}/links/${encodeURIComponent(linkId)}`, { method: 'DELETE' }),
  audit: (patientId: string) => api<{ entries: readonly AuditEntry[] }>(`${pid(patientId)}/audit`).then((r) => r.entries),
  feeds: (patientId: string) => api<{ feeds: readonly CalendarFeed[] }>(`${pid(patientId)}/calendar-feeds`).then((r) => r.feeds),
  createFeed: (patientId: string) =>
    api<{ feed: CalendarFeed; url: string }>(`${pid(patientId)}/calendar-feeds`, { method: 'POST' }),
  revokeFeed: (patientId: string, feedId: string) =>
    api<void>(`${pid(patientId)}/calendar-feeds/${encodeURIComponent(feedId)}`, { method: 'DELETE' }),
  deleteAccount: (password: string) => api<void>('/account', { method: 'DELETE', body: { password } }),
};

/** The file URL for a download link (a plain link: the browser sends the session cookie). */
export const exportUrl = (patientId: string, format: 'json' | 'csv' | 'fhir') => `/api${pid(patientId)}/export?format=${format}`;

export const supporting = {
  careLinks: () => api<{ links: readonly MyCareLink[] }>('/care-links').then((r) => r.links),
  today: (patientId: string) => api<TodayView>(`${pid(patientId)}/today`),
  checkIns: (patientId: string, from: string, to: string) =>
    api<{ checkIns: readonly CheckIn[] }>(
      `${pid(patientId)}/check-ins?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    ).then((r) => r.checkIns),
  alerts: () => api<{ alerts: readonly Alert[] }>('/alerts?unacknowledged=true').then((r) => r.alerts),
  acknowledge: (patientId: string, alertId: string) =>
    api<{ alert: Alert }>(`${pid(patientId)}/alerts/${encodeURIComponent(alertId)}/acknowledge`, { method: 'POST' }),
};
