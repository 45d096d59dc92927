import { DRUGS, formatMg, micrograms, STRATEGIES, type StrategyId } from '@stepdown/core';
import { useMemo, useState } from 'react';
import { planFrom } from '../builder/compute.js';
import { errorText, localToday, type PlanField, type PlanForm, type PlanOutcome } from '../builder/plan-input.js';
import { PlanTable } from '../builder/plan-table.js';
import { DoseChart } from '../components/dose-chart.js';
import { Field } from '../components/field.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session.js';

// The pure parts live in ../builder/ (shared with the patient's plan screen); re-exported for existing callers.
export { errorText, type PlanField, type PlanForm, type PlanOutcome, planField } from '../builder/plan-input.js';

/** The form → core's planTaper. Pure, so the screen and its tests share it. */
export const buildPlan = (form: PlanForm): PlanOutcome => planFrom(form);

/** The clinician's plan builder: every change re-plans with core at once; nothing is saved in this slice. */
const PlanBuilder = () => {
  const { t } = useI18n();
  const { user } = useSession();
  const [form, setForm] = useState<PlanForm>(() => ({
    drug: 'clonazepam',
    doses: '0.5mg@08:00\n1mg@22:00',
    start: localToday(),
    strategy: 'joint-2025',
    cut: '',
    every: '',
    shortTermUse: false,
    viaDiazepam: false,
    patterns: false,
  }));
  const outcome = useMemo(() => buildPlan(form), [form]);
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (field: PlanField) => (!outcome.ok && outcome.field === field ? errorText(outcome.error, t) : undefined);

  if (user?.role !== 'clinician') {
    return (
      <Screen title={t('plan.title')}>
        <p>{t('plan.cliniciansOnly')}</p>
        {user ? null : (
          <p>
            <a href="#/signin">{t('nav.signIn')}</a>
          </p>
        )}
      </Screen>
    );
  }

  const plan = outcome.ok ? outcome.plan : undefined;
  const first = plan?.steps[0]?.dailyTotals.reduce((sum, d) => sum + d.amountUg, 0) ?? 0;
  return (
    <Screen title={t('plan.title')}>
      <p>{t('plan.intro')}</p>
      <form className="plan-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <Field label={t('plan.drug')} error={errorFor('drug')}>
          {(props) => (
            <select {...props} name="drug" value={form.drug} onChange={(e) => set('drug', e.target.value)}>
              {DRUGS.map((drug) => (
                <option key={drug.id} value={drug.id}>
                  {drug.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plan.doses')} hint={t('plan.dosesHint')} error={errorFor('doses')}>
          {(props) => (
            <textarea
              {...props}
              name="doses"
              rows={3}
              maxLength={400}
              spellCheck={false}
              value={form.doses}
              onChange={(e) => set('doses', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('plan.start')} error={errorFor('start')}>
          {(props) => (
            <input {...props} name="start" type="date" value={form.start} onChange={(e) => set('start', e.target.value)} />
          )}
        </Field>
        <Field label={t('plan.strategy')} error={errorFor('strategy')}>
          {(props) => (
            <select
              {...props}
              name="strategy"
              value={form.strategy}
              onChange={(e) => set('strategy', e.target.value as StrategyId)}
            >
              {STRATEGIES.filter((s) => s !== 'custom').map((s) => (
                <option key={s} value={s}>
                  {t(`plan.strategy.${s as Exclude<StrategyId, 'custom'>}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plan.cut')} hint={t('plan.defaultHint')} error={errorFor('cut')}>
          {(props) => (
            <input
              {...props}
              name="cut"
              inputMode="decimal"
              maxLength={6}
              value={form.cut}
              onChange={(e) => set('cut', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('plan.every')} hint={t('plan.defaultHint')} error={errorFor('every')}>
          {(props) => (
            <input
              {...props}
              name="every"
              inputMode="numeric"
              maxLength={4}
              value={form.every}
              onChange={(e) => set('every', e.target.value)}
            />
          )}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={form.shortTermUse} onChange={(e) => set('shortTermUse', e.target.checked)} />{' '}
          {t('plan.shortTerm')}
        </label>
        {form.strategy === 'ashton' && form.drug !== 'diazepam' ? (
          <label className="choice">
            <input type="checkbox" checked={form.viaDiazepam} onChange={(e) => set('viaDiazepam', e.target.checked)} />{' '}
            {t('plan.viaDiazepam')}
          </label>
        ) : null}
        <label className="choice">
          <input type="checkbox" checked={form.patterns} onChange={(e) => set('patterns', e.target.checked)} />{' '}
          {t('plan.patterns')}
        </label>
      </form>
      <section aria-labelledby="plan-result">
        <h2 id="plan-result">{t('plan.preview')}</h2>
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
              <DoseChart plan={plan} dayLabel={t('plan.col.days')} mgLabel="mg" />
              <figcaption>
                {t('plan.chartSummary', { from: formatMg(micrograms(first)), to: formatMg(micrograms(0)), days: plan.totalDays })}
              </figcaption>
            </figure>
            <PlanTable plan={plan} t={t} />
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
    </Screen>
  );
};

export default PlanBuilder;
