import { ApiError, NETWORK_ERROR } from '../api/client.js';
import type { I18n } from '../i18n/i18n.js';

/** A failed request in plain words: the server's own sentence, or "could not reach the server". */
export const errorText = (t: I18n['t'], error: unknown): string =>
  error instanceof ApiError && error.code !== NETWORK_ERROR
    ? t('patient.error.other', { detail: error.message.endsWith('.') ? error.message : `${error.message}.` })
    : t('patient.error.network');
