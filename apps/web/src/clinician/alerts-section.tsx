import { useCallback, useState } from 'react';
import { alertText } from '../alerts/alert-text.js';
import { type Alert, clinician, type Urgency } from '../api/clinician.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from './error-text.js';
import { formatDateTime } from './format.js';
import { SectionState } from './section-state.js';

const GLYPHS: Readonly<Record<Urgency, string>> = { emergency: '▲', urgent: '!', routine: 'i' };

const newestFirst = (a: Alert, b: Alert) => (a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1);

const AlertItem = ({
  alert,
  patientId,
  onAcknowledged,
}: {
  alert: Alert;
  patientId: string;
  onAcknowledged: (updated: Alert) => void;
}) => {
  const { t, locale } = useI18n();
  const headingId = `alert-${alert.id}`;
  const action = useInlineAction((failure) => errorText(t, failure));
  const acknowledge = () => void action.run(async () => onAcknowledged(await clinician.acknowledge(patientId, alert.id)));
  const text = alertText(t, locale, alert);
  return (
    <li className={`card alert-item alert-${alert.urgency}`}>
      <h3 id={headingId} lang={text.lang.title} tabIndex={-1}>
        {text.title}
      </h3>
      <p className="alert-meta">
        <strong className={`urgency urgency-${alert.urgency}`}>
          <span aria-hidden="true" className="urgency-glyph">
            {GLYPHS[alert.urgency]}
          </span>{' '}
          {t('patient.alerts.severity', { severity: t(`patient.alerts.urgency.${alert.urgency}`) })}
        </strong>{' '}
        · {formatDateTime(locale, alert.createdAt)}
      </p>
      {/* The server writes in English (known texts are translated), except a patient's own words (a pause request's reason). */}
      <p lang={text.lang.body}>{text.body}</p>
      {text.action ? <p lang={text.lang.action}>{text.action}</p> : null}
      {alert.acknowledgedAt ? (
        <p className="acknowledged">
          <span aria-hidden="true">✓</span>{' '}
          {t('patient.alerts.acknowledged', { when: formatDateTime(locale, alert.acknowledgedAt) })}
        </p>
      ) : (
        <button type="button" disabled={action.busy} aria-describedby={headingId} onClick={acknowledge}>
          {t('patient.alerts.acknowledge')}
        </button>
      )}
      <InlineError message={action.error} />
    </li>
  );
};

/** The care team's alerts about this patient, newest first; each can be acknowledged once. */
export const AlertsSection = ({ patientId }: { patientId: string }) => {
  const { t, locale } = useI18n();
  const fetcher = useCallback(() => clinician.alerts(patientId), [patientId]);
  const [load, reload] = useLoad(fetcher);
  const [acknowledged, setAcknowledged] = useState<Readonly<Record<string, Alert>>>({});
  const [announcement, setAnnouncement] = useState('');

  const onAcknowledged = (updated: Alert) => {
    setAcknowledged((all) => ({ ...all, [updated.id]: updated }));
    setAnnouncement(t('patient.alerts.acknowledgedNow', { title: alertText(t, locale, updated).title }));
    // The button that had focus is replaced by "Acknowledged": focus the alert's heading instead.
    document.getElementById(`alert-${updated.id}`)?.focus();
  };

  const alerts = load.state === 'ready' ? load.data.map((a) => acknowledged[a.id] ?? a).toSorted(newestFirst) : [];
  const open = alerts.filter((a) => !a.acknowledgedAt).length;
  return (
    <section className="patient-section" aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t('patient.alerts.heading')}</h2>
      <SectionState load={load} onRetry={reload} />
      {load.state === 'ready' ? (
        alerts.length === 0 ? (
          <p>{t('patient.alerts.none')}</p>
        ) : (
          <>
            <p>{t('patient.alerts.open', { count: open })}</p>
            <ul className="alert-list">
              {alerts.map((alert) => (
                <AlertItem key={alert.id} alert={alert} patientId={patientId} onAcknowledged={onAcknowledged} />
              ))}
            </ul>
          </>
        )
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
};
