import { type FormEvent, useId, useState } from 'react';
import '../styles/sharing.css';
import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { sharing } from '../api/sharing.js';
import type { MessageKey } from '../i18n/en.js';
import { type I18n, isMessageKey, useI18n } from '../i18n/i18n.js';
import { Field } from './field.js';

const acceptErrorText = (t: I18n['t'], error: unknown): string => {
  if (!(error instanceof ApiError)) return t('sharing.error.network');
  if (error.code === NETWORK_ERROR) return t('sharing.error.network');
  const key = `sharing.accept.error.${error.code}`;
  if (isMessageKey(key)) return t(key as MessageKey);
  return t('sharing.error.other', { detail: error.message });
};

/**
 * "Add a person with their code": a supporter or a clinician enters the one-time
 * code a patient made, and the care link becomes active (POST /api/invites/accept).
 * Used by the supporter's screen and the clinician roster.
 */
export const AcceptInvite = ({ onAccepted }: { onAccepted: (link: { patientId: string }) => void }) => {
  const { t } = useI18n();
  const headingId = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // People paste codes with spaces or line breaks around them.
    const value = code.trim();
    if (!value) {
      setError(t('sharing.accept.empty'));
      return;
    }
    setBusy(true);
    setDone('');
    try {
      const link = await sharing.accept(value);
      setError(undefined);
      setCode('');
      setDone(t('sharing.accept.done'));
      onAccepted({ patientId: link.patientId });
    } catch (problem) {
      // The code stays in the input so it can be corrected.
      setError(acceptErrorText(t, problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card accept-invite" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sharing.accept.heading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('sharing.accept.code')} hint={t('sharing.accept.hint')} error={error}>
          {(props) => (
            <input
              {...props}
              className="code-input"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('sharing.accept.submit')}
        </button>
      </form>
      <p role="status">{busy ? t('sharing.accept.busy') : done}</p>
    </section>
  );
};
