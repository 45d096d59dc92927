import { INSTRUMENTS } from '@stepdown/core';
import { useCallback, useMemo } from 'react';
import { clinician, type Entry } from '../api/clinician.js';
import { TrendChart } from '../components/trend-chart.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { addDaysIso, formatInstantDate, localToday } from './format.js';
import { ScrollTable } from './scroll-table.js';
import { SectionState } from './section-state.js';
import { ratingTrend } from './trend-chart.js';

const DAYS = 28;
/** The charted ratings are 0–10. */
const RATING_RANGE = [0, 10] as const;

const newestFirst = (a: Entry, b: Entry) => (a.completedAt < b.completedAt ? 1 : a.completedAt > b.completedAt ? -1 : 0);

const answer = (entry: Entry, item: string): number | undefined => {
  const value = (entry.answers as Record<string, unknown> | null)?.[item];
  return typeof value === 'number' ? value : undefined;
};

const CheckInRow = ({ entry }: { entry: Entry }) => {
  const { t, locale } = useI18n();
  const number = (item: string) => {
    const value = answer(entry, item);
    return value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  };
  const tremor = answer(entry, 'tremor');
  const planned = answer(entry, 'dosesAsPlanned');
  return (
    <tr>
      <th scope="row">{formatInstantDate(locale, entry.completedAt)}</th>
      <td className="count">{number('withdrawal')}</td>
      <td className="count">{number('anxiety')}</td>
      <td className="count">{number('sleepHours')}</td>
      <td className="count">{number('sleepQuality')}</td>
      <td>{tremor !== undefined && tremor >= 0 && tremor <= 3 ? t(`patient.trends.tremor.${tremor as 0 | 1 | 2 | 3}`) : '—'}</td>
      <td>{planned === undefined ? '—' : t(planned === 1 ? 'patient.trends.yes' : 'patient.trends.no')}</td>
    </tr>
  );
};

const QuestionnaireRow = ({ entry }: { entry: Entry }) => {
  const { locale } = useI18n();
  const instrument = INSTRUMENTS.find((i) => i.id === entry.instrumentId);
  const band = instrument?.bands.find((b) => b.id === entry.band);
  return (
    <tr>
      <th scope="row">{formatInstantDate(locale, entry.completedAt)}</th>
      <td>{instrument?.shortTitle ?? entry.instrumentId}</td>
      <td className="count">{entry.total ?? '—'}</td>
      <td lang="en">{band?.label ?? entry.band ?? '—'}</td>
    </tr>
  );
};

/** Daily check-ins and questionnaire scores of the last 28 days, newest first. */
export const TrendsSection = ({ patientId, today = localToday() }: { patientId: string; today?: string }) => {
  const { t, locale } = useI18n();
  const from = addDaysIso(today, -(DAYS - 1));
  const fetcher = useCallback(
    () => Promise.all([clinician.checkIns(patientId, from, today), clinician.questionnaires(patientId, from, today)]),
    [patientId, from, today],
  );
  const [load, reload] = useLoad(fetcher);
  const [checkIns, responses] = load.state === 'ready' ? load.data : [[], []];
  // Memoised: the chart is drawn again only when the check-ins or the language change.
  const chart = useMemo(
    () =>
      ratingTrend(checkIns, {
        withdrawal: t('patient.trends.withdrawal'),
        anxiety: t('patient.trends.anxiety'),
        sleepQuality: t('patient.trends.sleepQuality'),
      }),
    [checkIns, t],
  );
  return (
    <section className="patient-section" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('patient.trends.heading')}</h2>
      <SectionState load={load} onRetry={reload} />
      {load.state === 'ready' ? (
        <>
          <h3>{t('patient.trends.checkIns', { days: DAYS })}</h3>
          {checkIns.length === 0 ? (
            <p>{t('patient.trends.noCheckIns')}</p>
          ) : (
            <>
              <TrendChart
                x={chart.x}
                series={chart.series}
                locale={locale}
                yRange={RATING_RANGE}
                yLabel={t('patient.trends.chartAxis')}
              />
              <ScrollTable label={t('patient.trends.checkInsCaption')}>
                <table className="plan-table trends-table">
                  <caption>{t('patient.trends.checkInsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('patient.trends.date')}</th>
                      <th scope="col">{t('patient.trends.withdrawal')}</th>
                      <th scope="col">{t('patient.trends.anxiety')}</th>
                      <th scope="col">{t('patient.trends.sleepHours')}</th>
                      <th scope="col">{t('patient.trends.sleepQuality')}</th>
                      <th scope="col">{t('patient.trends.tremor')}</th>
                      <th scope="col">{t('patient.trends.asPlanned')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {checkIns.toSorted(newestFirst).map((entry) => (
                      <CheckInRow key={entry.id} entry={entry} />
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            </>
          )}
          <h3>{t('patient.trends.questionnaires')}</h3>
          {responses.length === 0 ? (
            <p>{t('patient.trends.noQuestionnaires')}</p>
          ) : (
            <ScrollTable label={t('patient.trends.questionnairesCaption')}>
              <table className="plan-table trends-table">
                <caption>{t('patient.trends.questionnairesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('patient.trends.date')}</th>
                    <th scope="col">{t('patient.trends.questionnaire')}</th>
                    <th scope="col">{t('patient.trends.score')}</th>
                    <th scope="col">{t('patient.trends.band')}</th>
                  </tr>
                </thead>
                <tbody>
                  {responses.toSorted(newestFirst).map((entry) => (
                    <QuestionnaireRow key={entry.id} entry={entry} />
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </>
      ) : null}
    </section>
  );
};
