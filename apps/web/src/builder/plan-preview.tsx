import { DoseChart } from '../components/dose-chart.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMgNumber } from '../my-plan/format.js';
import { BandChart } from './band-chart.js';
import type { BuilderUpdate } from './compute.js';
import { errorText } from './plan-input.js';
import { PlanTable } from './plan-table.js';

/** What core made of the parameters: a one-line outcome, the dose chart, the steps, the model band and the notes. */
export const PlanPreview = ({ update }: { update: BuilderUpdate }) => {
  const { t, locale } = useI18n();
  const { outcome } = update;
  const plan = outcome.ok ? outcome.plan : undefined;
  const firstUg = plan?.steps[0]?.dailyTotals.reduce((sum, d) => sum + d.amountUg, 0) ?? 0;
  return (
    <section aria-labelledby="plan-preview">
      <h2 id="plan-preview">{t('plan.preview')}</h2>
      {/* Only the one-line outcome is announced as parameters change, not the whole table. */}
      <div aria-live="polite">
        {outcome.ok ? (
          <p className="plan-summary">
            {t('plan.summary', {
              steps: outcome.plan.steps.length,
              days: outcome.plan.totalDays,
              start: outcome.plan.start,
              end: outcome.plan.end,
            })}
          </p>
        ) : (
          <p className="form-error">{outcome.field === 'form' ? errorText(outcome.error, t) : t('plan.noPlan')}</p>
        )}
      </div>
      {plan ? (
        <>
          <h3>{t('plan.chart')}</h3>
          <figure className="chart">
            <DoseChart plan={plan} data={update.chart} dayLabel={t('plan.col.days')} mgLabel="mg" />
            <figcaption>
              {t('patientPlan.chartCaption', { from: formatMgNumber(locale, firstUg), days: plan.totalDays })}
            </figcaption>
          </figure>
          <PlanTable plan={plan} t={t} />
          <h3>{t('patientPlan.band.heading')}</h3>
          <p className="hint">{t('patientPlan.band.intro')}</p>
          {update.band ? <BandChart plan={plan} band={update.band} /> : <p>{t('patientPlan.band.none')}</p>}
          {plan.findings.length > 0 ? (
            <>
              <h3>{t('plan.findings')}</h3>
              <ul className="findings">
                {plan.findings.map((finding) => (
                  <li key={`${finding.code}-${finding.message.slice(0, 20)}`} lang="en">
                    {finding.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
};
