import { useCallback } from 'react';
import { clinician } from '../api/clinician.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { adherenceCounts, DOSE_STATUSES } from './adherence.js';
import { addDaysIso, localToday } from './format.js';
import { ScrollTable } from './scroll-table.js';
import { SectionState } from './section-state.js';

const PERIODS = [14, 28] as const;

/** Taken, late, missed and extra doses over the last 14 and 28 days, from the dose log. */
export const AdherenceSection = ({ patientId, today = localToday() }: { patientId: string; today?: string }) => {
  const { t } = useI18n();
  const fetcher = useCallback(() => clinician.doseLogs(patientId, addDaysIso(today, -27), today), [patientId, today]);
  const [load, reload] = useLoad(fetcher);
  return (
    <section className="patient-section" aria-labelledby="adherence-heading">
      <h2 id="adherence-heading">{t('patient.adherence.heading')}</h2>
      <SectionState load={load} onRetry={reload} />
      {load.state === 'ready' ? (
        load.data.length === 0 ? (
          <p>{t('patient.adherence.none')}</p>
        ) : (
          <ScrollTable label={t('patient.adherence.caption')}>
            <table className="plan-table counts-table">
              <caption>{t('patient.adherence.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('patient.adherence.period')}</th>
                  {DOSE_STATUSES.map((status) => (
                    <th key={status} scope="col">
                      {t(`patient.adherence.${status}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {PERIODS.map((days) => {
                  const counts = adherenceCounts(load.data, today, days);
                  return (
                    <tr key={days}>
                      <th scope="row">{t('patient.adherence.lastDays', { days })}</th>
                      {DOSE_STATUSES.map((status) => (
                        <td key={status} className="count">
                          {counts[status]}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        )
      ) : null}
      <p className="hint">{t('patient.adherence.note')}</p>
    </section>
  );
};
