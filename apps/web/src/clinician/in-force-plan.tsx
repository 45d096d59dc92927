import { useCallback } from 'react';
import { clinician } from '../api/clinician.js';
import { DoseChart } from '../components/dose-chart.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { formatDate, formatMg, localToday } from './format.js';
import { drugName } from './schedule-sheet.js';
import { ScrollTable } from './scroll-table.js';
import { toTaperPlan } from './taper-plan.js';

/**
 * The version in force, step by step: a uPlot step chart of the daily dose
 * (aria-hidden) and a table with the same numbers, today's step marked in words.
 */
export const InForcePlan = ({
  patientId,
  planId,
  versionId,
  today = localToday(),
}: {
  patientId: string;
  planId: string;
  versionId: string;
  today?: string | undefined;
}) => {
  const { t, locale } = useI18n();
  const fetcher = useCallback(
    () => clinician.versions(patientId, planId).then((versions) => toTaperPlan(versions.find((v) => v.id === versionId)?.plan)),
    [patientId, planId, versionId],
  );
  const [load] = useLoad(fetcher);
  // A failed or unreadable load leaves the versions table above as the record: nothing more to say here.
  if (load.state !== 'ready' || !load.data) return null;
  const plan = load.data;
  const caption = t('patient.plan.steps.caption');
  return (
    <div className="in-force-plan">
      <p>
        {t('patient.plan.steps.summary', {
          start: formatDate(locale, plan.start),
          end: formatDate(locale, plan.end),
          steps: plan.steps.length,
        })}
      </p>
      <DoseChart plan={plan} dayLabel={t('patient.plan.steps.chartDay')} mgLabel={t('patient.plan.steps.chartMg')} />
      <ScrollTable label={caption}>
        <table className="plan-table steps-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('patient.plan.steps.col.step')}</th>
              <th scope="col">{t('patient.plan.steps.col.dates')}</th>
              <th scope="col">{t('patient.plan.steps.col.kind')}</th>
              <th scope="col">{t('patient.plan.steps.col.daily')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.steps.map((step) => {
              const now = step.start <= today && today <= step.end;
              return (
                <tr key={step.index} className={now ? 'step-now' : undefined}>
                  <th scope="row">
                    {t('patient.plan.steps.number', { number: step.index + 1 })}
                    {now ? <strong> {t('patient.plan.steps.now')}</strong> : null}
                  </th>
                  <td>
                    {step.start === step.end
                      ? formatDate(locale, step.start)
                      : t('patient.plan.steps.dates', {
                          start: formatDate(locale, step.start),
                          end: formatDate(locale, step.end),
                        })}
                  </td>
                  <td>{t(`plan.kind.${step.kind}`)}</td>
                  <td className="dose">
                    {step.dailyTotals.length === 0
                      ? t('patient.plan.steps.none')
                      : step.dailyTotals
                          .map((d) =>
                            t('patient.plan.steps.daily', {
                              amount: formatMg(locale, d.amountUg / 1000),
                              drug: drugName(d.drug),
                            }),
                          )
                          .join(', ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
};
