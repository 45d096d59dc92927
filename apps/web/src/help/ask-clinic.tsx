import type { RegionId } from '@stepdown/core';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { type ContactMethod, type DirectoryClinic, helpApi, type IntakeTriage } from '../api/help.js';
import { Field } from '../components/field.js';
import type { MessageKey } from '../i18n/en.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { RedFlagChoices } from './red-flag-choices.js';
import { telHref } from './tel.js';

const METHODS: readonly ContactMethod[] = ['phone', 'text', 'email'];
/** Fields the server may name in a problem; each has its own plain-words message. */
const FIELD_KEYS = ['clinicId', 'contactName', 'contactMethod', 'contactValue', 'message'] as const;
type FieldName = (typeof FIELD_KEYS)[number];
type FieldErrors = Partial<Record<FieldName, string>>;

// Emergencies first, as in the questions above.

type Directory =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly clinics: readonly DirectoryClinic[] };

interface Sent {
  readonly clinic: string;
  readonly triage: IntakeTriage;
}

/** What the server's triage says to do at once, for an emergency or urgent request. */
const DoNow = ({ triage, fallbackNumber }: { triage: IntakeTriage; fallbackNumber: string }) => {
  const { t } = useI18n();
  const emergency = triage.resources.find((r) => r.kind === 'emergency');
  const number = emergency?.phoneNumbers[0] ?? fallbackNumber;
  return (
    <div className={`triage triage-${triage.urgency}`}>
      <h4>{t('helpMore.ask.now')}</h4>
      <p className="intake-headline">{t(`help.result.${triage.urgency}`, { number })}</p>
      {triage.urgency === 'emergency' ? (
        <p>
          <a className="call-link danger big" href={telHref(number)}>
            {t('help.callNumber', { number })}
          </a>
        </p>
      ) : null}
      <ul lang="en">
        {triage.actions.map((action) => (
          <li key={action}>{action}</li>
        ))}
      </ul>
      <ul className="intake-resources">
        {triage.resources
          .filter((r) => r.kind !== 'emergency')
          .map((resource) => (
            <li key={resource.id}>
              <strong lang="en">{resource.name}</strong>{' '}
              {resource.phoneNumbers.map((phone) => (
                <a key={phone} className="call-link" href={telHref(phone)}>
                  {t('help.callNumber', { number: phone })}
                </a>
              ))}
            </li>
          ))}
      </ul>
    </div>
  );
};

/**
 * Ask a clinic for help, without an account: the clinic directory, a short
 * form with the red flags ticked above, and the server's triage of the
 * request shown at once when it is urgent. Typed values survive any error.
 */
export const AskClinic = ({
  region,
  symptoms,
  emergencyNumber,
}: {
  region: RegionId;
  symptoms: readonly string[];
  emergencyNumber: string;
}) => {
  const { t } = useI18n();
  const [directory, setDirectory] = useState<Directory>({ state: 'loading' });
  const [open, setOpen] = useState(false);
  const [clinicId, setClinicId] = useState('');
  const [name, setName] = useState('');
  const [method, setMethod] = useState<ContactMethod>('phone');
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');
  const [flags, setFlags] = useState<readonly string[]>([]);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<Sent | undefined>();
  const sentHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    setDirectory({ state: 'loading' });
    helpApi.directory().then(
      (clinics) => {
        setDirectory({ state: 'ready', clinics });
        // With only one clinic there is nothing to choose.
        if (clinics.length === 1 && clinics[0]) setClinicId(clinics[0].id);
      },
      () => setDirectory({ state: 'error' }),
    );
  }, []);
  useEffect(load, [load]);

  useEffect(() => {
    if (sent) sentHeading.current?.focus();
  }, [sent]);

  // The open button goes away: focus moves to the form's first field, not to the page's top.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open) form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [open]);

  const start = () => {
    // The answers already ticked above are the starting point.
    setFlags(symptoms);
    setOpen(true);
  };

  const clinics = directory.state === 'ready' ? directory.clinics : [];
  const clinicName = (id: string) => clinics.find((c) => c.id === id)?.name ?? id;

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!clinicId) found.clinicId = t('helpMore.ask.error.clinicId');
    if (!name.trim()) found.contactName = t('helpMore.ask.error.contactName');
    if (value.trim().length < 3) found.contactValue = t('helpMore.ask.error.contactValue');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t('helpMore.ask.error.fields'));
      return;
    }
    setFormError(undefined);
    setSending(true);
    try {
      const answer = await helpApi.askClinic(clinicId, {
        contactName: name.trim(),
        contactMethod: method,
        contactValue: value.trim(),
        ...(message.trim() ? { message: message.trim() } : {}),
        symptoms: flags,
        region,
        website,
      });
      setSent({ clinic: clinicName(clinicId), triage: answer.triage });
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', String(error));
      if (e.code === 'CLINIC_NOT_FOUND') {
        setErrors({ clinicId: t('helpMore.ask.error.CLINIC_NOT_FOUND') });
        setFormError(t('helpMore.ask.error.fields'));
      } else if (e.status === 429) {
        setFormError(t('helpMore.ask.error.RATE_LIMITED', { number: emergencyNumber }));
      } else if (e.code === NETWORK_ERROR) {
        setFormError(t('helpMore.ask.error.NETWORK'));
      } else {
        const fromServer: FieldErrors = {};
        for (const field of FIELD_KEYS) if (e.fields[field]) fromServer[field] = t(`helpMore.ask.error.${field}`);
        setErrors(fromServer);
        setFormError(
          Object.keys(fromServer).length > 0
            ? t('helpMore.ask.error.fields')
            : t('helpMore.ask.error.other', { detail: e.message }),
        );
      }
    } finally {
      setSending(false);
    }
  };

  const regionKey = `help.region.${region}`;
  const regionName = isMessageKey(regionKey) ? t(regionKey) : region;

  return (
    <section className="help-section" aria-labelledby="ask-clinic-heading">
      <h2 id="ask-clinic-heading">{t('helpMore.ask.heading')}</h2>
      <p>{t('helpMore.ask.intro', { number: emergencyNumber })}</p>
      {directory.state === 'loading' ? <p aria-live="polite">{t('helpMore.ask.loading')}</p> : null}
      {directory.state === 'error' ? (
        <div role="status">
          <p>{t('helpMore.ask.loadError')}</p>
          <button type="button" onClick={load}>
            {t('helpMore.ask.retry')}
          </button>
        </div>
      ) : null}
      {directory.state === 'ready' && clinics.length === 0 ? <p role="status">{t('helpMore.ask.none')}</p> : null}
      {clinics.length > 0 && !open ? (
        <button type="button" className="primary" onClick={start}>
          {t('helpMore.ask.open')}
        </button>
      ) : null}
      {sent ? (
        <section className="intake-sent" aria-labelledby="intake-sent-heading">
          <h3 id="intake-sent-heading" ref={sentHeading} tabIndex={-1}>
            {t('helpMore.ask.sent', { clinic: sent.clinic })}
          </h3>
          {sent.triage.urgency === 'routine' ? null : <DoNow triage={sent.triage} fallbackNumber={emergencyNumber} />}
          <p>{t('helpMore.ask.sentBody')}</p>
          <button
            type="button"
            onClick={() => {
              setSent(undefined);
              setMessage('');
            }}
          >
            {t('helpMore.ask.another')}
          </button>
        </section>
      ) : null}
      {open && !sent && clinics.length > 0 ? (
        <form ref={form} className="intake-form" onSubmit={(event) => void submit(event)} noValidate>
          <Field label={t('helpMore.ask.clinic')} error={errors.clinicId}>
            {(props) => (
              <select {...props} value={clinicId} onChange={(event) => setClinicId(event.target.value)}>
                {clinics.length > 1 ? <option value="">{t('helpMore.ask.chooseClinic')}</option> : null}
                {clinics.map((clinic) => (
                  <option key={clinic.id} value={clinic.id}>
                    {clinic.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('helpMore.ask.name')} error={errors.contactName}>
            {(props) => (
              <input
                {...props}
                autoComplete="name"
                maxLength={100}
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <fieldset className="choices" aria-describedby={errors.contactMethod ? 'intake-method-error' : undefined}>
            <legend>{t('helpMore.ask.method')}</legend>
            {METHODS.map((m) => (
              <label key={m} className="choice">
                <input type="radio" name="contactMethod" value={m} checked={method === m} onChange={() => setMethod(m)} />{' '}
                {t(`helpMore.ask.method.${m}`)}
              </label>
            ))}
            {errors.contactMethod ? (
              <p className="field-error" id="intake-method-error">
                {errors.contactMethod}
              </p>
            ) : null}
          </fieldset>
          <Field label={t(`helpMore.ask.value.${method}` as MessageKey)} error={errors.contactValue}>
            {(props) => (
              <input
                {...props}
                type={method === 'email' ? 'email' : 'tel'}
                autoComplete={method === 'email' ? 'email' : 'tel'}
                maxLength={200}
                value={value}
                onChange={(event) => setValue(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('helpMore.ask.message')} hint={t('helpMore.ask.messageHint')} error={errors.message}>
            {(props) => (
              <textarea
                {...props}
                rows={4}
                maxLength={4000}
                value={message}
                onChange={(event) => setMessage(event.target.value)}
              />
            )}
          </Field>
          <RedFlagChoices
            legend={t('helpMore.ask.flags')}
            name="intakeSymptom"
            selected={flags}
            onToggle={(id, checked) =>
              setFlags((current) => (checked ? [...current, id] : current.filter((flag) => flag !== id)))
            }
          />
          <p className="hint">{t('helpMore.ask.region', { region: regionName })}</p>
          {/* A honeypot: people never see it, bots fill it, and the server then stores nothing. */}
          <div className="visually-hidden" aria-hidden="true">
            <label>
              {t('helpMore.ask.honeypot')}
              <input
                type="text"
                name="website"
                tabIndex={-1}
                autoComplete="off"
                value={website}
                onChange={(event) => setWebsite(event.target.value)}
              />
            </label>
          </div>
          {formError ? (
            <p className="form-error" role="alert">
              {formError}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={sending}>
            {sending ? t('helpMore.ask.sending') : t('helpMore.ask.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
};
