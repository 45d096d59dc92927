import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { checkIns, type Suggestion } from '../api/check-ins.js';
import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { Field } from '../components/field.js';
import { useLoad } from '../components/use-load.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { FormSubmit } from '../patient/form-submit.js';
import { OwnRecordScreen } from '../patient/own-record-screen.js';
import { gateMessages } from '../patient/record-gate.js';
import type { Route } from '../router.js';
import '../styles/check-in.css';

type T = I18n['t'];
type Kind = Suggestion['kind'];

interface FormErrors {
  readonly kind?: string;
  readonly reason?: string;
  readonly form?: string;
}

const sendErrors = (t: T, error: unknown): FormErrors => {
  if (!(error instanceof ApiError) || error.code === NETWORK_ERROR) return { form: t('pause.error.network') };
  if (error.code === 'NO_PLAN') return { form: t('pause.error.NO_PLAN') };
  const detail = error.message.endsWith('.') ? error.message : `${error.message}.`;
  return {
    ...(error.fields.kind ? { kind: t('pause.error.kind') } : {}),
    ...(error.fields.reason ? { reason: t('pause.error.reason') } : {}),
    form: t('pause.error.other', { detail }),
  };
};

const formatDay = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

/** Hold or slow, with a reason in the person's words; nothing changes in the plan until the prescriber decides. */
const PauseForm = ({ patientId, onSent }: { patientId: string; onSent: () => void }) => {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sent) sentHeading.current?.focus();
  }, [sent]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FormErrors = {
      ...(kind ? {} : { kind: t('pause.error.kind') }),
      ...(reason.trim() ? {} : { reason: t('pause.error.reason') }),
    };
    if (!kind || missing.reason) {
      setErrors(missing);
      return;
    }
    // A synchronous guard: a double tap must not send the request twice.
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setErrors({});
    try {
      await checkIns.askForPause(patientId, { kind, reason: reason.trim() });
      setSent(true);
      setKind(undefined);
      setReason('');
      onSent();
    } catch (error) {
      setErrors(sendErrors(t, error));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  if (sent)
    return (
      <section className="card pause-sent" aria-labelledby="pause-sent-heading">
        <h2 id="pause-sent-heading" ref={sentHeading} tabIndex={-1}>
          {t('pause.sent.heading')}
        </h2>
        <p>{t('pause.sent.body')}</p>
        <button type="button" className="secondary" onClick={() => setSent(false)}>
          {t('pause.sent.another')}
        </button>
      </section>
    );
  return (
    <section className="card" aria-labelledby="pause-form-heading">
      <h2 id="pause-form-heading">{t('pause.form.heading')}</h2>
      <form className="pause-form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset
          className={errors.kind ? 'choices field-invalid' : 'choices'}
          {...(errors.kind ? { 'aria-describedby': 'pause-kind-error' } : {})}
        >
          <legend>{t('pause.kind')}</legend>
          {(['hold', 'slow'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="pause-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              <span>{t(`pause.kind.${value}`)}</span>
            </label>
          ))}
          {errors.kind ? (
            <p className="field-error" id="pause-kind-error">
              {errors.kind}
            </p>
          ) : null}
        </fieldset>
        <Field label={t('pause.reason')} hint={t('pause.reasonHint')} error={errors.reason}>
          {(props) => (
            <textarea {...props} rows={4} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
        <FormSubmit error={errors.form} busy={busy} label={t('pause.submit')} busyLabel={t('pause.sending')} />
      </form>
    </section>
  );
};

const SuggestionItem = ({ suggestion }: { suggestion: Suggestion }) => {
  const { t, locale } = useI18n();
  const s = suggestion;
  return (
    <li className="pause-suggestion">
      <h3>{t(`pause.item.${s.kind}`)}</h3>
      <p>{t(s.requestedByPatient ? 'pause.item.byYou' : 'pause.item.byRule', { date: formatDay(locale, s.createdAt) })}</p>
      {/* The person's own words as typed; a rule's reason is core's English prose. */}
      <p {...(s.requestedByPatient ? {} : { lang: 'en' })}>{t('pause.item.reason', { reason: s.reason })}</p>
      <p className="pause-suggestion-state">{t(`pause.state.${s.state}`)}</p>
      {s.decidedAt ? <p>{t('pause.decidedOn', { date: formatDay(locale, s.decidedAt) })}</p> : null}
      {s.state === 'approved' || s.state === 'edited' ? (
        <p>
          <a href="#/my-plan">{t('pause.state.changed')}</a>
        </p>
      ) : null}
      {s.state === 'rejected' ? <p>{t('pause.state.rejectedHelp')}</p> : null}
    </li>
  );
};

const PatientPause = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  const fetchList = useCallback(() => checkIns.suggestions(patientId), [patientId]);
  // `reload` re-reads the list after a request is sent.
  const [list, reload] = useLoad(fetchList);
  return (
    <>
      <p>{t('pause.intro')}</p>
      <p className="pause-link">{t('pause.safety')}</p>
      <PauseForm patientId={patientId} onSent={reload} />
      <section className="card" aria-labelledby="pause-list-heading">
        <h2 id="pause-list-heading">{t('pause.list.heading')}</h2>
        <p className="hint">{t('pause.list.intro')}</p>
        {list.state === 'loading' ? <p aria-live="polite">{t('pause.loading')}</p> : null}
        {list.state === 'error' ? <p>{t('pause.list.unavailable')}</p> : null}
        {list.state === 'ready' && list.data.length === 0 ? <p>{t('pause.list.none')}</p> : null}
        {list.state === 'ready' && list.data.length > 0 ? (
          <ul className="pause-suggestion-list">
            {list.data.map((s) => (
              <SuggestionItem key={s.id} suggestion={s} />
            ))}
          </ul>
        ) : null}
        <p>
          <a href="#/my-plan">{t('pause.myPlan')}</a>
        </p>
      </section>
    </>
  );
};

/** Ask the prescriber to hold or slow the taper, and see their answers. */
const Pause = (_props: { route: Route }) => {
  const { t } = useI18n();
  return (
    <OwnRecordScreen title={t('pause.title')} messages={gateMessages(t, 'pause')} noRecord={<p>{t('pause.noRecord')}</p>}>
      {({ patientId }) => <PatientPause patientId={patientId} />}
    </OwnRecordScreen>
  );
};

export default Pause;
