import { type FormEvent, useRef, useState } from 'react';
import { ApiError, auth, type User } from '../api/client.js';
import { Field } from '../components/field.js';
import { Screen } from '../components/screen.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { homeFor, navigate } from '../router.js';
import { useSession } from '../session.js';

const ROLES: readonly User['role'][] = ['patient', 'supporter', 'clinician'];

type FieldName = 'email' | 'password' | 'displayName' | 'role' | 'form';

/** Sign in and sign up share one form: sign-up adds the name and the role picker. */
export const AuthForm = ({ mode }: { mode: 'signin' | 'signup' }) => {
  const { t, locale, setLocale } = useI18n();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<User['role']>('patient');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const messageFor = (error: ApiError): string => {
    const key = `auth.error.${error.code}`;
    return isMessageKey(key) ? t(key) : t('auth.error.other', { detail: error.message });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<FieldName, string>> = {};
    if (!email.trim()) missing.email = t('auth.required');
    if (!password) missing.password = t('auth.required');
    if (mode === 'signup' && !displayName.trim()) missing.displayName = t('auth.required');
    if (Object.keys(missing).length > 0) {
      setErrors({ ...missing, form: t('auth.errorSummary') });
      summary.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const user =
        mode === 'signup'
          ? await auth.signup({ email: email.trim(), password, displayName: displayName.trim(), role, locale })
          : await auth.login(email.trim(), password);
      signedIn(user);
      // Signing in brings back the language the account chose (sign-up sent the current one).
      if (user.locale !== locale) setLocale(user.locale);
      navigate(homeFor(user.role, { newAccount: mode === 'signup' }));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(0, 'NETWORK', String(error));
      // A field's own message is the server's plain words; the form-level message is translated by code.
      const next: Partial<Record<FieldName, string>> = {};
      for (const [field, message] of Object.entries(apiError.fields)) {
        if (field === 'email' || field === 'password' || field === 'displayName' || field === 'role') next[field] = message;
      }
      next.form = Object.keys(next).length > 0 && apiError.code === 'VALIDATION' ? t('auth.errorSummary') : messageFor(apiError);
      setErrors(next);
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={t(mode === 'signup' ? 'auth.signUp.title' : 'auth.signIn.title')}>
      <div ref={summary} tabIndex={-1} role="alert" className={errors.form ? 'form-error' : 'visually-hidden'}>
        {errors.form ?? ''}
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {mode === 'signup' ? (
          <Field label={t('auth.displayName')} error={errors.displayName}>
            {(props) => (
              <input
                {...props}
                name="displayName"
                autoComplete="name"
                maxLength={100}
                value={displayName}
                onChange={(e) => setDisplayName(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Field label={t('auth.email')} error={errors.email}>
          {(props) => (
            <input
              {...props}
              name="email"
              type="email"
              autoComplete="email"
              maxLength={254}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('auth.password')} hint={mode === 'signup' ? t('auth.passwordHint') : undefined} error={errors.password}>
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
              maxLength={200}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {mode === 'signup' ? (
          <fieldset className="choices">
            <legend>{t('auth.role')}</legend>
            {ROLES.map((value) => (
              <label key={value} className="choice">
                <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />{' '}
                {t(`auth.role.${value}`)}
              </label>
            ))}
            {errors.role ? <p className="field-error">{errors.role}</p> : null}
          </fieldset>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('auth.working') : t(mode === 'signup' ? 'auth.submitSignUp' : 'auth.submitSignIn')}
        </button>
      </form>
      <p>
        <a href={mode === 'signup' ? '#/signin' : '#/signup'}>{t(mode === 'signup' ? 'auth.haveAccount' : 'auth.needAccount')}</a>
      </p>
    </Screen>
  );
};
