import type { StrategyId, TaperPlan } from '@stepdown/core';
import { useId, useMemo, useState } from 'react';
import { Field } from '../components/field.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { type PlanSummary, planFrom, summarise } from './compute.js';
import { errorText, type PlanForm } from './plan-input.js';
import { StrategySelect, strategyName } from './strategy-select.js';

/** The same doses under a second strategy with its default pace, so the two are compared fairly. */
export const alternativeForm = (form: PlanForm, strategy: StrategyId): PlanForm => ({
  ...form,
  strategy,
  cut: '',
  every: '',
  viaDiazepam: form.viaDiazepam && strategy === 'ashton',
});

const ROWS = [
  [
    'patientPlan.compare.duration',
    (s: PlanSummary, t: I18n['t'], locale: string) =>
      t('patientPlan.compare.days', {
        days: s.days,
        weeks: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(s.days / 7),
      }),
  ],
  ['patientPlan.compare.stepCount', (s: PlanSummary) => String(s.steps)],
  [
    'patientPlan.compare.largestCut',
    (s: PlanSummary, t: I18n['t'], locale: string) =>
      s.maxCut === null
        ? t('patientPlan.compare.noCut')
        : t('patientPlan.compare.maxCut', { cut: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(s.maxCut) }),
  ],
] as const;

/** Two strategies side by side: duration, number of steps and the largest single cut. */
export const Compare = ({ form, plan }: { form: PlanForm; plan: TaperPlan | undefined }) => {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [other, setOther] = useState<StrategyId>('ashton');
  const outcome = useMemo(() => planFrom(alternativeForm(form, other)), [form, other]);
  const name = (s: StrategyId) => strategyName(t, s);
  const mine = plan ? summarise(plan) : undefined;
  const theirs = outcome.ok ? summarise(outcome.plan) : undefined;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patientPlan.compare.heading')}</h2>
      <Field label={t('patientPlan.compare.with')} hint={t('patientPlan.compare.hint')}>
        {(props) => <StrategySelect {...props} t={t} name="compare" value={other} onPick={setOther} />}
      </Field>
      {/* Without this plan there is nothing to compare (and no plan table while the parameters are refused). */}
      {mine ? null : <p>{t('plan.noPlan')}</p>}
      {mine && !outcome.ok ? (
        <p className="form-error">{t('patientPlan.compare.notPossible', { reason: errorText(outcome.error, t) })}</p>
      ) : null}
      {mine ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section className="table-scroll" aria-label={t('patientPlan.compare.table')} tabIndex={0}>
          <table className="plan-table compare-table">
            <caption>{t('patientPlan.compare.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('patientPlan.compare.figure')}</th>
                <th scope="col">{t('patientPlan.compare.thisPlan', { strategy: name(form.strategy) })}</th>
                <th scope="col">{name(other)}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([key, text]) => (
                <tr key={key}>
                  <th scope="row">{t(key)}</th>
                  <td>{text(mine, t, locale)}</td>
                  <td>{theirs ? text(theirs, t, locale) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
};
