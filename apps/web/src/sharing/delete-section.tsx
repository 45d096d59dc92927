import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.js';
import { sharing } from '../api/sharing.js';
import { Field } from '../components/field.js';
import { InlineError } from '../components/inline-error.js';
import { useI18n } from '../i18n/i18n.js';
import { navigate } from '../router.js';
import { useSession } from '../session.js';
import { errorText } from './format.js';

/** The danger zone: password and an explicit tick, then DELETE /api/account and back to sign-in. */
export const DeleteSection = () => {
  const { t } = useI18n();
  const { signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = {
      ...(password ? {} : { password: t('sharing.delete.needPassword') }),
      ...(confirmed ? {} : { confirm: t('sharing.delete.needConfirm') }),
    };
    setErrors(found);
    if (found.password || found.confirm) return;
    setBusy(true);
    try {
      await sharing.deleteAccount(password);
    } catch (problem) {
      setBusy(false);
      // The password stays typed so one slip does not mean typing it all again.
      if (problem instanceof ApiError && problem.code === 'PASSWORD_INCORRECT')
        setErrors({ password: t('sharing.delete.wrongPassword') });
      else if (problem instanceof ApiError && problem.fields.password) setErrors({ password: problem.fields.password });
      else setErrors({ form: errorText(t, problem) });
      return;
    }
    // The server has already cleared the session cookies; the sign-out call only resets the app's state.
    await signOut().catch(() => undefined);
    navigate({ name: 'signin' });
  };

  return (
    <section className="card card-danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('sharing.delete.heading')}</h2>
      <p>{t('sharing.delete.intro')}</p>
      <p>
        <strong>{t('sharing.delete.medicine')}</strong>
      </p>
      {open ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Field label={t('sharing.delete.password')} hint={t('sharing.delete.passwordHint')} error={errors.password}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <div className={errors.confirm ? 'field field-invalid' : 'field'}>
            <label className="choice">
              <input
                type="checkbox"
                checked={confirmed}
                aria-invalid={errors.confirm ? true : undefined}
                aria-describedby={errors.confirm ? 'delete-confirm-error' : undefined}
                onChange={(event) => setConfirmed(event.target.checked)}
              />
              {t('sharing.delete.confirm')}
            </label>
            {errors.confirm ? (
              <p className="field-error" id="delete-confirm-error">
                {errors.confirm}
              </p>
            ) : null}
          </div>
          <InlineError message={errors.form} />
          <div className="actions">
            <button type="submit" className="danger" disabled={busy}>
              {t('sharing.delete.submit')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('sharing.delete.cancel')}
            </button>
          </div>
          <p role="status">{busy ? t('sharing.delete.deleting') : ''}</p>
        </form>
      ) : (
        <button type="button" className="danger-outline" onClick={() => setOpen(true)}>
          {t('sharing.delete.open')}
        </button>
      )}
    </section>
  );
};
