import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { checkIns, holdRequestPath, type Suggestion } from '../api/check-ins.js';
import { ApiError, NETWORK_ERROR, newClientId } from '../api/client.js';
import { Field } from '../components/field.js';
import { useLoad } from '../components/use-load.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { type OutboxItem, readOutbox } from '../offline/outbox.js';
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
  /** `queued`: kept on this device (offline) until the outbox sends it. */
  const [sent, setSent] = useState<'sent' | 'queued'>();
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  /**
   * The request being sent and its client id: a retry of the same words after a
   * failure (or a lost answer) sends the same id, so the server records it once;
   * changed words are a new request with a new id.
   */
  const pending = useRef<{ key: string; clientId: string } | undefined>(undefined);
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
    const input = { kind, reason: reason.trim() };
    const key = JSON.stringify(input);
    if (pending.current?.key !== key) pending.current = { key, clientId: newClientId() };
    try {
      const answer = await checkIns.askForPause(patientId, { ...input, clientId: pending.current.clientId });
      pending.current = undefined;
      setSent(answer.queued ? 'queued' : 'sent');
      setKind(undefined);
      setReason('');
      // Offline, re-reading the list would only fail; the waiting request shows from the outbox instead.
      if (!answer.queued) onSent();
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
          {t(sent === 'queued' ? 'pause.queued.heading' : 'pause.sent.heading')}
        </h2>
        <p>{t(sent === 'queued' ? 'pause.queued.body' : 'pause.sent.body')}</p>
        <button type="button" className="secondary" onClick={() => setSent(undefined)}>
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

/** A hold request saved on this device, as far as the outbox item shows it. */
interface Waiting {
  readonly clientId: string;
  readonly kind: Kind;
  readonly reason: string;
  readonly queuedAt: string;
}

const waitingOf = (item: OutboxItem): Waiting[] => {
  const { clientId, kind, reason } = item.body;
  return (kind === 'hold' || kind === 'slow') && typeof reason === 'string'
    ? [{ clientId, kind, reason, queuedAt: item.queuedAt }]
    : [];
};

/**
 * This patient's hold requests waiting in the outbox, kept up to date as it
 * changes; `onDelivered` runs when some have left it (sent, or refused), so
 * the list can be re-read from the server.
 */
const useWaiting = (patientId: string, onDelivered: () => void): readonly Waiting[] => {
  const read = useCallback(
    () =>
      readOutbox()
        .filter((item) => item.path === holdRequestPath(patientId))
        .flatMap(waitingOf)
        .reverse(),
    [patientId],
  );
  const [waiting, setWaiting] = useState(read);
  const count = useRef(waiting.length);
  useEffect(() => {
    const update = () => {
      const now = read();
      if (now.length < count.current) onDelivered();
      count.current = now.length;
      setWaiting(now);
    };
    update();
    globalThis.addEventListener('stepdown:outbox', update);
    return () => globalThis.removeEventListener('stepdown:outbox', update);
  }, [read, onDelivered]);
  return waiting;
};

const WaitingItem = ({ waiting }: { waiting: Waiting }) => {
  const { t, locale } = useI18n();
  return (
    <li className="pause-suggestion">
      <h3>{t(`pause.item.${waiting.kind}`)}</h3>
      <p>{t('pause.item.byYou', { date: formatDay(locale, waiting.queuedAt) })}</p>
      <p>{t('pause.item.reason', { reason: waiting.reason })}</p>
      <p className="pause-suggestion-state">{t('pause.list.waiting')}</p>
    </li>
  );
};

const PatientPause = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  const fetchList = useCallback(() => checkIns.suggestions(patientId), [patientId]);
  // `reload` re-reads the list after a request is sent (now, or later from the outbox).
  const [list, reload] = useLoad(fetchList);
  const waiting = useWaiting(patientId, reload);
  const stored = list.state === 'ready' ? list.data : [];
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
        {list.state === 'ready' && stored.length === 0 && waiting.length === 0 ? <p>{t('pause.list.none')}</p> : null}
        {stored.length + waiting.length > 0 ? (
          <ul className="pause-suggestion-list">
            {waiting.map((w) => (
              <WaitingItem key={w.clientId} waiting={w} />
            ))}
            {stored.map((s) => (
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
