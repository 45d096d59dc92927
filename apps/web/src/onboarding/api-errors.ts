import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { type I18n, isMessageKey } from '../i18n/i18n.js';

/** A failed save in plain words, for the form as a whole. */
export const saveErrorText = (t: I18n['t'], error: unknown): string =>
  error instanceof ApiError && error.code !== NETWORK_ERROR
    ? t('onboarding.error.other', { detail: error.message.endsWith('.') ? error.message : `${error.message}.` })
    : t('onboarding.error.NETWORK');

/**
 * The API's word for one field, in the catalogue's words when the code is known
 * (`onboarding.error.CODE`, then the shared `error.CODE`), else the server's own.
 */
export const fieldErrorText = (t: I18n['t'], error: ApiError, field: string): string | undefined => {
  const message = error.fields[field];
  if (message === undefined) return undefined;
  const own = `onboarding.error.${error.code}`;
  if (isMessageKey(own)) return t(own);
  const shared = `error.${error.code}`;
  if (isMessageKey(shared)) return t(shared);
  return error.message || message;
};

/** Fields a form shows next to its inputs; anything else is shown for the form. */
export const unplacedError = (error: ApiError, placed: readonly string[]): boolean =>
  Object.keys(error.fields).every((field) => !placed.includes(field));
