import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { checkIns, type Entry } from '../api/check-ins.js';
import { DailyForm } from '../check-in/daily-form.js';
import { Questionnaires } from '../check-in/questionnaires.js';
import { Trends } from '../check-in/trends.js';
import { usePatient } from '../check-in/use-patient.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';
import '../styles/check-in.css';

/** How far back the trends and the "due" questionnaires look. */
const HISTORY_DAYS = 90;

type History =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly checkIns: Entry[]; readonly responses: Entry[] };

/** The first day of the history window (UTC is close enough for a 90-day window). */
const historyFrom = () => new Date(Date.now() - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);

/** The history is loaded on its own: the daily form works even when it cannot be read. */
const PatientCheckIn = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  const [history, setHistory] = useState<History>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    const from = historyFrom();
    // `version` re-reads after a save or a "Try again".
    void version;
    Promise.all([checkIns.list(patientId, from), checkIns.responses(patientId, from)]).then(
      ([daily, responses]) => live && setHistory({ state: 'ready', checkIns: daily, responses }),
      () => live && setHistory({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [patientId, version]);

  return (
    <>
      <p className="pause-link">
        <a href="#/pause">{t('checkIn.pauseLink')}</a>
      </p>
      <DailyForm patientId={patientId} onSaved={reload} />
      {history.state === 'loading' ? <p aria-live="polite">{t('checkIn.loading')}</p> : null}
      {history.state === 'error' ? (
        <div role="alert">
          <p>{t('checkIn.loadError')}</p>
          <button type="button" className="secondary" onClick={reload}>
            {t('checkIn.retry')}
          </button>
        </div>
      ) : null}
      {history.state === 'ready' ? (
        <>
          <Questionnaires patientId={patientId} responses={history.responses} onSaved={reload} />
          <Trends checkIns={history.checkIns} responses={history.responses} />
        </>
      ) : null}
    </>
  );
};

/** The patient's daily check-in, the questionnaires that are due, and their trends. */
const CheckIn = (_props: { route: Route }) => {
  const { t } = useI18n();
  const { load, retry } = usePatient();
  let body: ReactNode;
  switch (load.state) {
    case 'loading':
      body = <p aria-live="polite">{t('checkIn.loading')}</p>;
      break;
    case 'error':
      body = (
        <div role="alert">
          <p>{t('checkIn.loadError')}</p>
          <button type="button" className="secondary" onClick={retry}>
            {t('checkIn.retry')}
          </button>
        </div>
      );
      break;
    case 'signed-out':
      body = (
        <p>
          {t('checkIn.signedOut')} <a href="#/signin">{t('checkIn.signIn')}</a>
        </p>
      );
      break;
    case 'not-patient':
      body = <p>{t('checkIn.notPatient')}</p>;
      break;
    case 'no-record':
      body = <p>{t('checkIn.noRecord')}</p>;
      break;
    case 'ready':
      body = <PatientCheckIn patientId={load.patientId} />;
  }
  return <Screen title={t('checkIn.title')}>{body}</Screen>;
};

export default CheckIn;
