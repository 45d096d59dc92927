import { ApiError, NETWORK_ERROR } from '../api/client.js';
import type { I18n } from '../i18n/i18n.js';

export const dateText = (locale: string, iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
};

export const dateTimeText = (locale: string, iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

/** Codes the clinic screens explain in their own words; anything else shows the server's sentence. */
const KNOWN = new Set([
  'LAST_ADMIN',
  'INVITE_NOT_FOUND',
  'INVITE_EXPIRED',
  'MEMBER_EXISTS',
  'FORBIDDEN',
  'INTAKE_STATE',
  'CLINIC_NOT_FOUND',
]);

export const clinicErrorText = (t: I18n['t'], error: unknown): string => {
  if (!(error instanceof ApiError) || error.code === NETWORK_ERROR) return t('clinic.error.network');
  if (KNOWN.has(error.code)) return t(`clinic.error.${error.code}` as Parameters<I18n['t']>[0]);
  return t('clinic.error.other', { detail: error.message });
};
