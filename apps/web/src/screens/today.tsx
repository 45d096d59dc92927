import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import {
  ApiError,
  type DoseStatus,
  type DoseUnit,
  NETWORK_ERROR,
  newClientId,
  patients,
  type TodayDose,
  type TodayView,
  whoAmI,
} from '../api/client.js';
import { Screen } from '../components/screen.js';
import type { MessageKey } from '../i18n/en.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { queuedDoseStatuses, rememberedToday, rememberToday } from '../offline/device-cache.js';
import { postOrQueue } from '../offline/outbox.js';
import { useSession } from '../session.js';

type T = I18n['t'];

const formatMg = (locale: string, mg: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(mg);

const countWord = (t: T, count: number): string =>
  count >= 1 && count <= 4 ? t(`today.count.${count}` as MessageKey) : String(count);

/** "one 1 mg tablet + one 0.25 mg dissolving tablet", from the server's `units`. */
export const unitsText = (t: T, locale: string, units: readonly DoseUnit[]): string =>
  units
    .map((unit) => {
      if (unit.volumeUl !== undefined) return t('today.unit.liquid', { ml: formatMg(locale, unit.volumeUl / 1000) });
      const count = unit.count ?? 1;
      const form = unit.half ? 'half' : unit.kind === 'odt' ? 'odt' : 'tablet';
      const strength = (unit.pieceMg ?? 0) * (unit.half ? 2 : 1);
      return t(`today.unit.${form}.${count === 1 ? 'one' : 'other'}` as MessageKey, {
        count: countWord(t, count),
        mg: formatMg(locale, strength),
      });
    })
    .join(' + ');

/** A small drawn pill per piece (decorative: the text says the same). */
const PillIcon = ({ unit }: { unit: DoseUnit }) => {
  if (unit.volumeUl !== undefined)
    return (
      <svg className="pill" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path d="M12 3 C 7 10, 6 13, 6 15 a6 6 0 0 0 12 0 c0-2-1-5-6-12z" />
      </svg>
    );
  const pieces = Array.from({ length: Math.min(unit.count ?? 1, 4) }, (_, i) => `piece-${i}`);
  return (
    <>
      {pieces.map((key) => (
        <svg
          key={key}
          className={`pill pill-${unit.kind}`}
          viewBox="0 0 24 24"
          width="24"
          height="24"
          aria-hidden="true"
          focusable="false"
        >
          {unit.half ? <path d="M12 3 a9 9 0 0 0 0 18 z" /> : <circle cx="12" cy="12" r="9" />}
          {unit.kind === 'odt' ? <circle cx="12" cy="12" r="4" className="pill-mark" /> : null}
          {!unit.half && unit.kind !== 'odt' ? <line x1="12" y1="4" x2="12" y2="20" className="pill-mark" /> : null}
        </svg>
      ))}
    </>
  );
};

const formatDate = (locale: string, iso: string, weekday = true): string =>
  new Intl.DateTimeFormat(locale, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const doseKey = (dose: TodayDose) => `${dose.time}|${dose.drug}`;

interface DoseState {
  /** The status the server has (or will have: `queued` while it waits on this device to be sent). */
  readonly saved: DoseStatus | 'pending';
  readonly queued?: boolean;
  /** The tap being saved or that failed: its client id is reused for a retry of the same choice. */
  readonly attempt?: { readonly status: DoseStatus; readonly clientId: string; readonly inFlight: boolean };
  readonly error?: string;
}

const errorText = (t: T, error: unknown): string =>
  error instanceof ApiError && error.code !== NETWORK_ERROR
    ? t('today.error.other', { detail: error.message.endsWith('.') ? error.message : `${error.message}.` })
    : t('today.error.network');

const ACTIONS = [
  ['taken', 'today.action.taken', 'today.action.takenLabel'],
  ['late', 'today.action.late', 'today.action.lateLabel'],
  ['missed', 'today.action.missed', 'today.action.missedLabel'],
] as const;

const DoseCard = ({
  dose,
  state,
  onLog,
}: {
  dose: TodayDose;
  state: DoseState;
  onLog: (dose: TodayDose, status: DoseStatus) => void;
}) => {
  const { t, locale } = useI18n();
  const shown = state.attempt?.status ?? state.saved;
  const saving = state.attempt?.inFlight === true;
  const id = `dose-${dose.time.replace(':', '')}-${dose.drug}`;
  return (
    <li className="dose-card card" aria-labelledby={`${id}-time`}>
      <p className="dose-line">
        <span className="dose-time" id={`${id}-time`}>
          {dose.time}
        </span>{' '}
        <span className="dose-amount">
          {t('today.dose.amount', { amount: formatMg(locale, dose.amountMg), drug: dose.drug })}
        </span>
      </p>
      {dose.units.length > 0 ? (
        <p className="dose-units">
          <span className="pills">
            {dose.units
              .map((unit, i) => ({ unit, key: `unit-${i}` }))
              .map(({ unit, key }) => (
                <PillIcon key={key} unit={unit} />
              ))}
          </span>
          {t('today.dose.makeWith', { units: unitsText(t, locale, dose.units) })}
        </p>
      ) : null}
      <p className={`dose-status status-${shown}`}>
        {t('today.dose.status', { status: t(`today.status.${shown}`) })}
        {saving ? ` ${t('today.status.saving')}` : ''}
        {state.queued && !state.attempt ? ` ${t('today.status.queued')}` : ''}
      </p>
      <div className="dose-actions">
        {ACTIONS.map(([status, text, label]) => (
          <button
            key={status}
            type="button"
            className={shown === status ? 'dose-button chosen' : 'dose-button'}
            aria-label={t(label, { time: dose.time })}
            aria-pressed={shown === status}
            disabled={saving}
            onClick={() => onLog(dose, status)}
          >
            {t(text)}
          </button>
        ))}
      </div>
      {state.error && state.attempt ? (
        <div className="dose-error" role="alert">
          <p>{state.error}</p>
          <button
            type="button"
            className="secondary"
            aria-label={t('today.error.retryLabel', { time: dose.time })}
            onClick={() => state.attempt && onLog(dose, state.attempt.status)}
          >
            {t('today.retry')}
          </button>
        </div>
      ) : null}
    </li>
  );
};

const ExtraDose = ({ onSave }: { onSave: (amountMg: string, clientId: string) => Promise<string | undefined> }) => {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One id per extra dose being recorded: a retry after a failure sends the same one.
  const clientId = useRef<string | undefined>(undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = amount.trim().replace(',', '.');
    if (!/^\d{1,3}(\.\d{1,3})?$/.test(value) || Number(value) <= 0) {
      setError(t('today.extra.amountError'));
      return;
    }
    clientId.current ??= newClientId();
    setBusy(true);
    const problem = await onSave(value, clientId.current);
    setBusy(false);
    if (problem) {
      setError(problem);
      return;
    }
    clientId.current = undefined;
    setError(undefined);
    setSaved(t('today.extra.saved', { amount: value }));
    setAmount('');
    setOpen(false);
  };
  return (
    <section className="card extra-dose" aria-labelledby="extra-heading">
      <h2 id="extra-heading">{t('today.extra.heading')}</h2>
      <p className="hint">{t('today.extra.hint')}</p>
      {open ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="extra-amount">{t('today.extra.amount')}</label>
            <input
              id="extra-amount"
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'extra-error' : undefined}
            />
            {error ? (
              <p id="extra-error" className="field-error">
                {error}
              </p>
            ) : null}
          </div>
          <div className="dose-actions">
            <button type="submit" disabled={busy}>
              {t('today.extra.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('today.extra.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setSaved(undefined);
            setOpen(true);
          }}
        >
          {t('today.extra.open')}
        </button>
      )}
      <p aria-live="polite">{saved ?? ''}</p>
    </section>
  );
};

const NextChange = ({ view }: { view: TodayView }) => {
  const { t, locale } = useI18n();
  const next = view.next;
  return (
    <section className="card" aria-labelledby="next-heading">
      <h2 id="next-heading">{t('today.next.heading')}</h2>
      <p>
        {next === null
          ? t('today.next.none')
          : next.reason === 'alternate-day'
            ? t('today.next.alternate', { date: formatDate(locale, next.date, false) })
            : t('today.next.step', {
                date: formatDate(locale, next.date, false),
                number: next.step.number,
                doses: next.doses
                  .map((d) => t('today.next.dose', { time: d.time, amount: formatMg(locale, d.amountMg) }))
                  .join(', '),
              })}
      </p>
    </section>
  );
};

const NoPlan = () => {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="no-plan">
      <h2 id="no-plan">{t('today.noPlan')}</h2>
      <p>{t('today.noPlanBody')}</p>
    </section>
  );
};

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'no-record' }
  | { readonly state: 'ready'; readonly patientId: string; readonly view: TodayView; readonly offline: boolean };

const PlanDay = ({ patientId, view }: { patientId: string; view: TodayView }) => {
  const { t, locale } = useI18n();
  const [doses, setDoses] = useState<Readonly<Record<string, DoseState>>>(() => {
    const queued = queuedDoseStatuses(patientId, view.date);
    return Object.fromEntries(
      view.doses.map((d) => {
        const waiting = queued[doseKey(d)] as DoseStatus | undefined;
        return [doseKey(d), waiting ? { saved: waiting, queued: true } : { saved: d.status ?? 'pending' }];
      }),
    );
  });
  const [announcement, setAnnouncement] = useState('');
  // Synchronous guard: two taps in one frame see the same React state, so the in-flight set lives in a ref.
  const inFlight = useRef(new Set<string>());
  const attempts = useRef(new Map<string, { status: DoseStatus; clientId: string }>());

  const log = useCallback(
    async (dose: TodayDose, status: DoseStatus) => {
      const key = doseKey(dose);
      if (inFlight.current.has(key)) return;
      inFlight.current.add(key);
      const previous = attempts.current.get(key);
      const clientId = previous?.status === status ? previous.clientId : newClientId();
      attempts.current.set(key, { status, clientId });
      setDoses((all) => ({
        ...all,
        [key]: { saved: all[key]?.saved ?? 'pending', attempt: { status, clientId, inFlight: true } },
      }));
      try {
        const sent = await postOrQueue(`/patients/${encodeURIComponent(patientId)}/dose-logs`, {
          clientId,
          date: view.date,
          plannedTime: dose.time,
          drug: dose.drug,
          dose: `${dose.amountMg}mg`,
          status,
          ...(status === 'missed' ? {} : { takenAt: new Date().toISOString() }),
        });
        attempts.current.delete(key);
        setDoses((all) => ({ ...all, [key]: { saved: status, queued: sent.queued } }));
        setAnnouncement(
          t(sent.queued ? 'today.announce.queued' : 'today.announce.saved', {
            time: dose.time,
            status: t(`today.status.${status}`),
          }),
        );
      } catch (error) {
        setDoses((all) => ({
          ...all,
          [key]: {
            saved: all[key]?.saved ?? 'pending',
            attempt: { status, clientId, inFlight: false },
            error: errorText(t, error),
          },
        }));
      } finally {
        inFlight.current.delete(key);
      }
    },
    [patientId, view.date, t],
  );

  const saveExtra = useCallback(
    async (amountMg: string, clientId: string): Promise<string | undefined> => {
      try {
        await patients.logDose(patientId, {
          clientId,
          date: view.date,
          drug: view.plan?.drug ?? view.doses[0]?.drug ?? '',
          dose: `${amountMg}mg`,
          status: 'extra',
          takenAt: new Date().toISOString(),
        });
        return undefined;
      } catch (error) {
        return errorText(t, error);
      }
    },
    [patientId, view, t],
  );

  if (!view.plan) return <NoPlan />;
  const total = view.plan.stepCount;
  return (
    <>
      <p className="today-date">{formatDate(locale, view.date)}</p>
      {view.step ? (
        <p className="today-step">
          {total === undefined
            ? t('today.stepOnly', { number: view.step.number })
            : t('today.step', { number: view.step.number, total })}
        </p>
      ) : (
        <p lang="en">{view.message}</p>
      )}
      <section aria-labelledby="doses-heading">
        <h2 id="doses-heading">{t('today.dosesHeading')}</h2>
        {view.doses.length === 0 ? (
          <p>{t('today.noDoses')}</p>
        ) : (
          <ul className="dose-list">
            {view.doses.map((dose) => (
              <DoseCard key={doseKey(dose)} dose={dose} state={doses[doseKey(dose)] ?? { saved: 'pending' }} onLog={log} />
            ))}
          </ul>
        )}
      </section>
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      <ExtraDose onSave={saveExtra} />
      <NextChange view={view} />
    </>
  );
};

/** The patient's day: today's doses from the plan in force, each logged with one tap. */
const Today = () => {
  const { t } = useI18n();
  const { user } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const fetchToday = useCallback(() => {
    if (!user) return undefined;
    let live = true;
    setLoad({ state: 'loading' });
    whoAmI()
      .then(async ({ patientId }) => {
        if (!patientId) return { state: 'no-record' } as const;
        const view = await patients.today(patientId);
        rememberToday({ patientId, view });
        return { state: 'ready', patientId, view, offline: false } as const;
      })
      .then(
        (next) => live && setLoad(next),
        (error: unknown) => {
          if (!live) return;
          // Offline: the day as last seen on this device, with the taps still waiting to be sent.
          const cached = error instanceof ApiError && error.code === NETWORK_ERROR ? rememberedToday() : undefined;
          setLoad(cached ? { state: 'ready', ...cached, offline: true } : { state: 'error' });
        },
      );
    return () => {
      live = false;
    };
  }, [user]);
  useEffect(() => fetchToday(), [fetchToday]);

  let body: ReactNode;
  if (user === null) body = <NoPlan />;
  else if (user === undefined || load.state === 'loading') body = <p aria-live="polite">{t('today.loading')}</p>;
  else if (load.state === 'error')
    body = (
      <div role="alert">
        <p>{t('today.loadError')}</p>
        <button type="button" className="secondary" onClick={() => fetchToday()}>
          {t('today.retry')}
        </button>
      </div>
    );
  else if (load.state === 'no-record')
    body =
      user.role === 'patient' ? (
        <section className="card" aria-labelledby="no-record">
          <h2 id="no-record">{t('today.noRecord')}</h2>
          <p>{t('onboarding.todayBody')}</p>
          <p>
            <a className="primary call-link" href="#/onboarding">
              {t('onboarding.todayLink')}
            </a>
          </p>
        </section>
      ) : (
        <NoPlan />
      );
  else
    body = (
      <>
        {load.offline ? (
          <p className="offline-note" role="status">
            {t('today.offline')}
          </p>
        ) : null}
        <PlanDay patientId={load.patientId} view={load.view} />
      </>
    );

  return (
    <Screen title={t('today.title')}>
      {user ? <p className="greeting">{t('today.greeting', { name: user.displayName })}</p> : null}
      {body}
      {user === null ? (
        <p>
          <a href="#/signin">{t('today.signInPrompt')}</a>
        </p>
      ) : null}
      <p>
        <a href="#/learn">{t('today.learnPrompt')}</a>
      </p>
    </Screen>
  );
};

export default Today;
