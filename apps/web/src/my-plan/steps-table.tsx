import type { IsoDate, PlannedDose, TaperPlan } from '@stepdown/core';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { formatMgNumber, formatShortDay } from './format.js';
import { stepTotalUg } from './plan-position.js';

export const dosesText = (t: I18n['t'], locale: string, doses: readonly PlannedDose[]): string =>
  doses.map((dose) => t('myPlan.dose', { time: dose.time, amount: formatMgNumber(locale, dose.amountUg) })).join(', ');

/** Every step: dates, daily dose, doses by time and kind; the current step is marked in words, not colour alone. */
export const StepsTable = ({
  plan,
  currentIndex,
  today,
}: {
  plan: TaperPlan;
  currentIndex: number | undefined;
  today: IsoDate;
}) => {
  const { t, locale } = useI18n();
  // Dates without this year's number keep the column narrow enough for a phone.
  const short = (iso: string) => formatShortDay(locale, iso, today.slice(0, 4));
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
            <th scope="col" className="wide-only">
              {t('myPlan.table.kind')}
            </th>
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
                  {/* On a phone the kind column is left out and the kind is said here instead. */}
                  <span className="my-plan-step-kind">{t(`plan.kind.${step.kind}`)}</span>
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
                <td className="wide-only">{t(`plan.kind.${step.kind}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};
