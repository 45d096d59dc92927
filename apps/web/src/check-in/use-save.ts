import { useRef, useState } from 'react';
import { ApiError, newClientId } from '../api/client.js';
import type { I18n } from '../i18n/i18n.js';
import type { Outcome } from './result.js';

/** A save's mistakes: one per field the server named, or one for the whole form. */
export interface SaveErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly form?: string;
}

export const saveErrors = (t: I18n['t'], error: unknown): SaveErrors => {
  if (!(error instanceof ApiError)) return { fields: {}, form: t('checkIn.error.network') };
  const detail = error.message.endsWith('.') ? error.message : `${error.message}.`;
  // `answers.<item>` arrives keyed as `answers` (client.ts keeps the first segment): it is shown for the whole form.
  const { answers: _answers, form: _form, ...fields } = error.fields;
  return { fields, form: t('checkIn.error.other', { detail }) };
};

/**
 * One client id per entry being saved: a retry after a failure sends the same
 * id (and time), so the server never records the entry twice; a new entry
 * after a save gets a new one.
 */
export const useSave = () => {
  const pending = useRef<{ clientId: string; completedAt: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const save = async (
    send: (ids: { clientId: string; completedAt: string }) => Promise<Outcome>,
  ): Promise<Outcome | undefined> => {
    // A synchronous guard: a double tap in one frame must not send twice.
    if (busyRef.current) return undefined;
    busyRef.current = true;
    setBusy(true);
    pending.current ??= { clientId: newClientId(), completedAt: new Date().toISOString() };
    try {
      const outcome = await send(pending.current);
      pending.current = undefined;
      return outcome;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };
  return { busy, save };
};
