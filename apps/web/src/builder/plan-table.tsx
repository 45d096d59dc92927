import { formatMg, micrograms, type PlannedDose, type TaperPlan } from '@stepdown/core';
import type { I18n } from '../i18n/i18n.js';

const doseText = (doses: readonly PlannedDose[]): string =>
  doses.map((dose) => `${dose.time} ${formatMg(dose.amountUg)}`).join(', ');

/** One row per step: dates, doses, daily total and cut. Shared by the free-standing and the patient's builder. */
export const PlanTable = ({ plan, t }: { plan: TaperPlan; t: I18n['t'] }) => (
  // Scrolls sideways on a phone: focusable so keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
  // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
  <section className="table-scroll" aria-label={t('plan.table')} tabIndex={0}>
    <table className="plan-table">
      <caption>{t('plan.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.col.step')}</th>
          <th scope="col">{t('plan.col.dates')}</th>
          <th scope="col">{t('plan.col.days')}</th>
          <th scope="col">{t('plan.col.doses')}</th>
          <th scope="col">{t('plan.col.total')}</th>
          <th scope="col">{t('plan.col.cut')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.steps.map((step) => (
          <tr key={step.index}>
            <th scope="row">
              {step.index + 1} · {t(`plan.kind.${step.kind}`)}
            </th>
            <td>{step.start === step.end ? step.start : t('plan.dateRange', { start: step.start, end: step.end })}</td>
            <td>{step.days}</td>
            <td>
              {doseText(step.doses) || '—'}
              {step.alternateDoses ? (
                <>
                  <br />
                  {t('plan.alternate', { doses: doseText(step.alternateDoses) })}
                </>
              ) : null}
            </td>
            <td className="dose">
              {step.dailyTotals.length === 0
                ? formatMg(micrograms(0))
                : step.dailyTotals.map((total) => `${formatMg(total.amountUg)} ${total.drug}`).join(' + ')}
            </td>
            <td>{step.cutPercent === null ? '—' : `${step.cutPercent}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);
