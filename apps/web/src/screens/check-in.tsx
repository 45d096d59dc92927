import { useCallback } from 'react';
import { checkIns } from '../api/check-ins.js';
import { DailyForm } from '../check-in/daily-form.js';
import { Questionnaires } from '../check-in/questionnaires.js';
import { Trends } from '../check-in/trends.js';
import { LoadFailed } from '../components/load-failed.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { OwnRecordScreen } from '../patient/own-record-screen.js';
import { gateMessages } from '../patient/record-gate.js';
import type { Route } from '../router.js';
import '../styles/check-in.css';

/** How far back the trends and the "due" questionnaires look. */
const HISTORY_DAYS = 90;

/** The first day of the history window (UTC is close enough for a 90-day window). */
const historyFrom = () => new Date(Date.now() - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);

/** The history is loaded on its own: the daily form works even when it cannot be read. */
const PatientCheckIn = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  const fetchHistory = useCallback(() => {
    const from = historyFrom();
    return Promise.all([checkIns.list(patientId, from), checkIns.responses(patientId, from)]);
  }, [patientId]);
  // `reload` re-reads after a save or a "Try again", keeping what is shown meanwhile.
  const [history, reload] = useLoad(fetchHistory);

  return (
    <>
      <p className="pause-link">
        <a href="#/pause">{t('checkIn.pauseLink')}</a>
      </p>
      <DailyForm patientId={patientId} onSaved={reload} />
      {history.state === 'loading' ? <p aria-live="polite">{t('checkIn.loading')}</p> : null}
      {history.state === 'error' ? (
        <LoadFailed message={t('checkIn.loadError')} retryLabel={t('checkIn.retry')} onRetry={reload} />
      ) : null}
      {history.state === 'ready' ? (
        <>
          <Questionnaires patientId={patientId} responses={history.data[1]} onSaved={reload} />
          <Trends checkIns={history.data[0]} responses={history.data[1]} />
        </>
      ) : null}
    </>
  );
};

/** The patient's daily check-in, the questionnaires that are due, and their trends. */
const CheckIn = (_props: { route: Route }) => {
  const { t } = useI18n();
  return (
    <OwnRecordScreen title={t('checkIn.title')} messages={gateMessages(t, 'checkIn')} noRecord={<p>{t('checkIn.noRecord')}</p>}>
      {({ patientId }) => <PatientCheckIn patientId={patientId} />}
    </OwnRecordScreen>
  );
};

export default CheckIn;
