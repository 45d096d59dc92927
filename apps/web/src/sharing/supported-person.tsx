import { useEffect, useId, useRef, useState } from 'react';
import { alertText } from '../alerts/alert-text.js';
import type { TodayView } from '../api/client.js';
import { type Alert, type CheckIn, type MyCareLink, PERMISSION_KEYS, supporting } from '../api/sharing.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { errorText, formatDay } from './format.js';

type T = I18n['t'];

const formatMg = (locale: string, mg: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(mg);

/** ISO date `days` before today, in the reader's zone (the server compares the patient's local dates). */
const isoDaysAgo = (days: number, now = new Date()): string => {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Load<V> = { readonly state: 'loading' } | { readonly state: 'error' } | { readonly state: 'ready'; readonly value: V };

/** Loads once per patient; `run` is only called when the area is shared, so no forbidden request is ever made. */
const useLoad = <V,>(run: (() => Promise<V>) | undefined, key: string): Load<V> => {
  const [load, setLoad] = useState<Load<V>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the request; `run` is a fresh closure each render
  useEffect(() => {
    if (!run) return undefined;
    let live = true;
    setLoad({ state: 'loading' });
    run().then(
      (value) => live && setLoad({ state: 'ready', value }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return load;
};

const Status = ({ load, t }: { load: Load<unknown>; t: T }) =>
  load.state === 'loading' ? (
    <p>{t('supporting.loading')}</p>
  ) : load.state === 'error' ? (
    <p role="alert">{t('supporting.loadError')}</p>
  ) : null;

const NotShared = ({ t }: { t: T }) => <p className="not-shared">{t('supporting.notShared')}</p>;

const TodayPart = ({ link, t, locale }: { link: MyCareLink; t: T; locale: string }) => {
  const load = useLoad<TodayView>(
    link.permissions.plan ? () => supporting.today(link.patientId) : undefined,
    `today-${link.patientId}`,
  );
  if (!link.permissions.plan) return <NotShared t={t} />;
  if (load.state !== 'ready') return <Status load={load} t={t} />;
  const view = load.value;
  if (!view.plan) return <p>{t('supporting.today.noPlan')}</p>;
  return (
    <>
      {view.step ? <p>{t('supporting.today.step', { number: view.step.number, total: view.plan.stepCount })}</p> : null}
      {view.doses.length === 0 ? (
        <p>{t('supporting.today.noDoses')}</p>
      ) : (
        <ul className="dose-list">
          {view.doses.map((dose) => {
            const text = t('supporting.today.dose', {
              time: dose.time,
              amount: formatMg(locale, dose.amountMg),
              drug: dose.drug,
            });
            return (
              <li key={`${dose.time}|${dose.drug}`} className="supporter-dose">
                {/* The server sends a status only to those who may see the dose log. */}
                {link.permissions.doses && dose.status
                  ? t('supporting.today.withStatus', { dose: text, status: t(`supporting.today.status.${dose.status}`) })
                  : text}
              </li>
            );
          })}
        </ul>
      )}
      <p className="hint">{t('supporting.today.model')}</p>
    </>
  );
};

const answer = (answers: unknown, id: string): number | undefined => {
  const value = typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>)[id] : undefined;
  return typeof value === 'number' ? value : undefined;
};

const CheckInsPart = ({ link, t, locale }: { link: MyCareLink; t: T; locale: string }) => {
  const load = useLoad<readonly CheckIn[]>(
    link.permissions.checkIns ? () => supporting.checkIns(link.patientId, isoDaysAgo(13), isoDaysAgo(0)) : undefined,
    `check-ins-${link.patientId}`,
  );
  if (!link.permissions.checkIns) return <NotShared t={t} />;
  if (load.state !== 'ready') return <Status load={load} t={t} />;
  if (load.value.length === 0) return <p>{t('supporting.checkIns.none')}</p>;
  const shown = (n: number | undefined) => (n === undefined ? t('supporting.checkIns.unknown') : formatMg(locale, n));
  // Newest first: the server lists them oldest first.
  return (
    <ul>
      {[...load.value].reverse().map((entry) => (
        <li key={entry.id}>
          {t('supporting.checkIns.entry', {
            date: formatDay(locale, entry.completedAt),
            withdrawal: shown(answer(entry.answers, 'withdrawal')),
            anxiety: shown(answer(entry.answers, 'anxiety')),
            sleep: shown(answer(entry.answers, 'sleepHours')),
          })}
        </li>
      ))}
    </ul>
  );
};

const AlertItem = ({ alert, onAcknowledged }: { alert: Alert; onAcknowledged: (alert: Alert) => void }) => {
  const { t, locale } = useI18n();
  const text = alertText(t, locale, alert);
  const action = useInlineAction((problem) => errorText(t, problem));
  const urgency = alert.urgency === 'emergency' || alert.urgency === 'urgent' ? alert.urgency : 'routine';
  const acknowledge = () =>
    void action.run(async () => {
      await supporting.acknowledge(alert.patientId, alert.id);
      onAcknowledged(alert);
    });
  return (
    <li className={`alert-item alert-${urgency}`}>
      <p>
        <strong>{t(`supporting.alerts.urgency.${urgency}`)}</strong>
      </p>
      {/* The server writes alerts in English; known ones are shown in the reader's language, the rest stay English. */}
      <h4 lang={text.lang.title}>{text.title}</h4>
      <p lang={text.lang.body}>{text.body}</p>
      {text.action ? (
        <p>
          <strong>{t('supporting.alerts.whatToDo')}</strong> <span lang={text.lang.action}>{text.action}</span>
        </p>
      ) : null}
      {urgency === 'emergency' ? (
        <p>
          <a className="call-link danger" href="#/help">
            {t('supporting.alerts.callHelp')}
          </a>
        </p>
      ) : null}
      <button
        type="button"
        disabled={action.busy}
        aria-label={t('supporting.alerts.acknowledgeLabel', { title: text.title })}
        onClick={acknowledge}
      >
        {t('supporting.alerts.acknowledge')}
      </button>
      <InlineError message={action.error} />
    </li>
  );
};

const AlertsPart = ({
  link,
  alerts,
  onAcknowledged,
  t,
}: {
  link: MyCareLink;
  alerts: Load<readonly Alert[]>;
  onAcknowledged: (alert: Alert) => void;
  t: T;
}) => {
  if (!link.permissions.alerts) return <NotShared t={t} />;
  if (alerts.state !== 'ready') return <Status load={alerts} t={t} />;
  const mine = alerts.value.filter((a) => a.patientId === link.patientId && a.acknowledgedAt === null);
  if (mine.length === 0) return <p>{t('supporting.alerts.none')}</p>;
  return (
    <ul className="alert-list">
      {mine.map((alert) => (
        <AlertItem key={alert.id} alert={alert} onAcknowledged={onAcknowledged} />
      ))}
    </ul>
  );
};

/** One person's card: only the areas they shared are requested; the rest say "not shared with you". */
export const SupportedPerson = ({
  link,
  alerts,
  onAcknowledged,
  focusOnMount = false,
}: {
  link: MyCareLink;
  alerts: Load<readonly Alert[]>;
  onAcknowledged: (alert: Alert) => void;
  focusOnMount?: boolean;
}) => {
  const { t, locale } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the card first appears
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);
  const areas = PERMISSION_KEYS.filter((key) => link.permissions[key]).map((key) => t(`supporting.area.${key}`));
  return (
    <li className="card supported-person">
      <section aria-labelledby={`${id}-name`}>
        <h2 id={`${id}-name`} ref={heading} tabIndex={-1}>
          {link.patientName || t('supporting.someone')}
        </h2>
        {link.acceptedAt ? <p>{t('supporting.since', { date: formatDay(locale, link.acceptedAt) })}</p> : null}
        <p>{areas.length > 0 ? t('supporting.shared', { areas: areas.join(', ') }) : t('supporting.sharedNothing')}</p>
        <h3>{t('supporting.today.heading')}</h3>
        <TodayPart link={link} t={t} locale={locale} />
        <h3>{t('supporting.checkIns.heading')}</h3>
        <CheckInsPart link={link} t={t} locale={locale} />
        <h3>{t('supporting.alerts.heading')}</h3>
        <AlertsPart link={link} alerts={alerts} onAcknowledged={onAcknowledged} t={t} />
      </section>
    </li>
  );
};

export type { Load };
