import { type FormEvent, useId, useRef, useState } from 'react';
import { type Clinic, clinicApi } from '../api/clinic.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import { clinicErrorText } from './format.js';

/** Join a clinic with the one-time code an admin gave you. */
export const JoinForm = ({ onJoined }: { onJoined: (clinic: Clinic) => void }) => {
  const { t } = useI18n();
  const headingId = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [joined, setJoined] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    const value = code.trim();
    if (value.length < 10) {
      setError(t('clinic.join.codeShort'));
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const clinic = await clinicApi.join(value);
      setJoined(t('clinic.join.done', { name: clinic.name }));
      setCode('');
      onJoined(clinic);
    } catch (failure) {
      setError(clinicErrorText(t, failure));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('clinic.join.heading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('clinic.join.code')} hint={t('clinic.join.hint')} error={error}>
          {(props) => (
            <input
              {...props}
              name="code"
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
                setJoined(undefined);
              }}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('clinic.join.button')}
        </button>
      </form>
      <p role="status">{joined ?? ''}</p>
    </section>
  );
};
