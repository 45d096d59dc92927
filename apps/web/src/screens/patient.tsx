import '../styles/clinician.css';
import { useCallback, useState } from 'react';
import { AdherenceSection } from '../clinician/adherence-section.js';
import { AlertsSection } from '../clinician/alerts-section.js';
import { localToday } from '../clinician/format.js';
import { PlanSection } from '../clinician/plan-section.js';
import { QuestionnaireScheduleSection } from '../clinician/questionnaire-schedule-section.js';
import { SuggestionsSection } from '../clinician/suggestions-section.js';
import { TrendsSection } from '../clinician/trends-section.js';
import { usePatientRecord } from '../clinician/use-patient-record.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import { href, type Route } from '../router.js';
import { useSession } from '../session.js';

const PatientRecord = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  const { settled, name, timeZone } = usePatientRecord(patientId);
  // The patient's own "today", so the 14- and 28-day windows are their days, as on their Today screen.
  const today = localToday(timeZone);
  // A decision on a suggestion makes and approves a new version: the plan list is fetched again.
  const [planRound, setPlanRound] = useState(0);
  const onDecided = useCallback(() => setPlanRound((n) => n + 1), []);
  // The sections appear with the name, so the heading takes focus once, before there is anything to interact with.
  if (!settled)
    return (
      <Screen title={t('patient.title')}>
        <p aria-live="polite">{t('patient.loading')}</p>
      </Screen>
    );
  return (
    <Screen title={name ? t('patient.titleNamed', { name }) : t('patient.title')}>
      <p>
        <a href={href({ name: 'roster' })}>{t('patient.backToRoster')}</a>
      </p>
      <AlertsSection patientId={patientId} />
      <SuggestionsSection patientId={patientId} onDecided={onDecided} />
      <PlanSection patientId={patientId} refreshKey={planRound} today={today} />
      <AdherenceSection patientId={patientId} today={today} />
      <TrendsSection patientId={patientId} today={today} />
      <QuestionnaireScheduleSection patientId={patientId} />
      <section className="patient-section" aria-labelledby="print-heading">
        <h2 id="print-heading">{t('patient.print.heading')}</h2>
        <ul className="print-links">
          <li>
            <a href={href({ name: 'print', id: patientId, sheet: 'schedule' })}>{t('patient.print.schedule')}</a>
          </li>
          <li>
            <a href={href({ name: 'print', id: patientId, sheet: 'pharmacy' })}>{t('patient.print.pharmacy')}</a>
          </li>
        </ul>
      </section>
    </Screen>
  );
};

/** One patient's record for their clinician: alerts, decisions to make, plan versions, doses and check-ins. */
const Patient = ({ route }: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  if (route.name !== 'patient') return null;
  if (user === undefined)
    return (
      <Screen title={t('patient.title')}>
        <p aria-live="polite">{t('patient.loading')}</p>
      </Screen>
    );
  if (user?.role !== 'clinician')
    return (
      <Screen title={t('patient.title')}>
        <p>{t('patient.notClinician')}</p>
      </Screen>
    );
  return <PatientRecord key={route.id} patientId={route.id} />;
};

export default Patient;
