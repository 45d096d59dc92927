import { type FormEvent, useId, useState } from 'react';
import { type ClinicRole, clinicApi } from '../api/clinic.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import { clinicErrorText, dateText } from './format.js';

/** Admins only: a one-time code for a colleague, shown once (only its hash is stored). */
export const InviteForm = ({ clinicId }: { clinicId: string }) => {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [role, setRole] = useState<ClinicRole>('clinician');
  const [invite, setInvite] = useState<{ code: string; role: ClinicRole; expiresAt: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await clinicApi.invite(clinicId, role);
      setInvite({ code: answer.code, role: answer.invite.role, expiresAt: answer.invite.expiresAt });
    } catch (failure) {
      setError(clinicErrorText(t, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('clinic.invite.heading')}</h3>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('clinic.invite.role')} error={error}>
          {(props) => (
            <select {...props} name="role" value={role} onChange={(e) => setRole(e.target.value as ClinicRole)}>
              <option value="clinician">{t('clinic.role.clinician')}</option>
              <option value="clinic-admin">{t('clinic.role.clinic-admin')}</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('clinic.invite.button')}
        </button>
      </form>
      <div role="status">
        {invite ? (
          <div className="invite-code-box">
            <p>{t('clinic.invite.codeIntro', { role: t(`clinic.role.${invite.role}`) })}</p>
            <p>
              <code className="invite-code" data-testid="clinic-invite-code">
                {invite.code}
              </code>
            </p>
            <p className="hint">{t('clinic.invite.codeHint', { date: dateText(locale, invite.expiresAt) })}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
};
