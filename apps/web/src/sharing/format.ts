import { ApiError, NETWORK_ERROR } from '../api/client.js';
import type { I18n } from '../i18n/i18n.js';

/** A date such as "December 20, 2026" in the chosen language, in the reader's zone. */
export const formatDay = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

/** Date and time, short, for the access log. */
export const formatMoment = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** An API failure in plain words: the server's own sentence, or "could not reach the server". */
export const errorText = (t: I18n['t'], error: unknown): string =>
  error instanceof ApiError && error.code !== NETWORK_ERROR
    ? t('sharing.error.other', { detail: error.message })
    : t('sharing.error.network');
