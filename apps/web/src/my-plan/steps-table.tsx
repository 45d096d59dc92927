import type { PlannedDose, TaperPlan } from '@stepdown/core';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { formatDay, formatMgNumber } from './format.js';
import { stepTotalUg } from './plan-json.js';

export const dosesText = (t: I18n['t'], locale: string, doses: readonly PlannedDose[]): string =>
  doses.map((dose) => t('myPlan.dose', { time: dose.time, amount: formatMgNumber(locale, dose.amountUg) })).join(', ');

/** Every step: dates, daily dose, doses by time and kind; the current step is marked in words, not colour alone. */
export const StepsTable = ({ plan, currentIndex }: { plan: TaperPlan; currentIndex: number | undefined }) => {
  const { t, locale } = useI18n();
  const short = (iso: string) => formatDay(locale, iso, { month: 'short' });
  return (
    // Scrolls sideways on a phone: focusable so keyboard users can scroll it (axe scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
    <section className="table-scroll" aria-labelledby="steps-caption" tabIndex={0}>
      <table className="plan-table my-plan-table">
        <caption id="steps-caption">{t('myPlan.table.caption', { count: plan.steps.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myPlan.table.step')}</th>
            <th scope="col">{t('myPlan.table.dates')}</th>
            <th scope="col">{t('myPlan.table.daily')}</th>
            <th scope="col">{t('myPlan.table.doses')}</th>
            <th scope="col">{t('myPlan.table.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.steps.map((step) => {
            const current = step.index === currentIndex;
            return (
              <tr key={step.index} className={current ? 'current-step' : undefined} aria-current={current ? 'step' : undefined}>
                <th scope="row">
                  {step.index + 1}
                  {current ? <span className="now-badge">{t('myPlan.table.now')}</span> : null}
                </th>
                <td>
                  {step.start === step.end
                    ? short(step.start)
                    : t('myPlan.table.range', { start: short(step.start), end: short(step.end) })}
                </td>
                <td className="dose">{t('myPlan.mg', { amount: formatMgNumber(locale, stepTotalUg(step)) })}</td>
                <td>
                  {step.doses.length === 0 ? t('myPlan.table.none') : dosesText(t, locale, step.doses)}
                  {step.alternateDoses ? (
                    <>
                      <br />
                      {t('myPlan.table.alternate', {
                        doses:
                          step.alternateDoses.length === 0 ? t('myPlan.table.none') : dosesText(t, locale, step.alternateDoses),
                      })}
                    </>
                  ) : null}
                </td>
                <td>{t(`plan.kind.${step.kind}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};
