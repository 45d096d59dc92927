import {
  type CoreError,
  DRUGS,
  formatMg,
  type IsoDate,
  micrograms,
  type PlannedDose,
  parseIsoDate,
  parseRegimen,
  planTaper,
  STRATEGIES,
  type StrategyId,
  type TaperPlan,
} from '@stepdown/core';
import { useMemo, useState } from 'react';
import { DoseChart } from '../components/dose-chart.js';
import { Field } from '../components/field.js';
import { Screen } from '../components/screen.js';
import { type I18n, isMessageKey, useI18n } from '../i18n/i18n.js';
import { useSession } from '../session.js';

export interface PlanForm {
  readonly drug: string;
  readonly doses: string;
  readonly start: string;
  readonly strategy: StrategyId;
  readonly cut: string;
  readonly every: string;
  readonly shortTermUse: boolean;
  readonly viaDiazepam: boolean;
  readonly patterns: boolean;
}

export type PlanField = 'drug' | 'doses' | 'start' | 'strategy' | 'cut' | 'every' | 'form';

/** Core names fields as the CLI flags do (`cut`, `every`, `doses[1]`); this maps them to the inputs. */
const FIELD_OF: Readonly<Record<string, PlanField>> = {
  drug: 'drug',
  dose: 'doses',
  doses: 'doses',
  start: 'start',
  strategy: 'strategy',
  cut: 'cut',
  every: 'every',
};
export const planField = (field: string | undefined): PlanField => FIELD_OF[(field ?? '').split(/[.[]/)[0] ?? ''] ?? 'form';

export type PlanOutcome =
  | { readonly ok: true; readonly plan: TaperPlan }
  | { readonly ok: false; readonly field: PlanField; readonly error: CoreError };

const numberOrError = (text: string, field: 'cut' | 'every'): number | CoreError | undefined => {
  if (text.trim() === '') return undefined;
  const value = Number(text.trim().replace(/%$/, ''));
  if (Number.isFinite(value) && value > 0) return value;
  return field === 'cut'
    ? { code: 'CUT_OUT_OF_RANGE', message: `"${text}" is not a percentage.`, field }
    : { code: 'INTERVAL_OUT_OF_RANGE', message: `"${text}" is not a number of days.`, field };
};

/** The form → core's planTaper. Pure, so the screen and its tests share it. */
export const buildPlan = (form: PlanForm): PlanOutcome => {
  const lines = form.doses
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const regimen = parseRegimen(lines, 'doses');
  if (!regimen.ok) return { ok: false, field: 'doses', error: regimen.error };
  const start = parseIsoDate(form.start);
  if (!start.ok) return { ok: false, field: 'start', error: start.error };
  const cut = numberOrError(form.cut, 'cut');
  if (typeof cut === 'object') return { ok: false, field: 'cut', error: cut };
  const every = numberOrError(form.every, 'every');
  if (typeof every === 'object') return { ok: false, field: 'every', error: every };
  const plan = planTaper({
    drug: form.drug,
    regimen: regimen.value,
    start: start.value,
    strategy: form.strategy,
    ...(cut === undefined ? {} : { cutPercent: cut }),
    ...(every === undefined ? {} : { intervalDays: every }),
    ...(form.shortTermUse ? { shortTermUse: true } : {}),
    ...(form.viaDiazepam && form.strategy === 'ashton' ? { via: 'diazepam' as const } : {}),
    ...(form.patterns ? { patterns: true } : {}),
  });
  return plan.ok ? { ok: true, plan: plan.value } : { ok: false, field: planField(plan.error.field), error: plan.error };
};

/** A core error in the person's language where the catalogue has the code, else core's own plain words. */
export const errorText = (error: CoreError, t: I18n['t']): string => {
  const key = `error.${error.code}`;
  const text = isMessageKey(key) ? t(key) : error.message;
  return error.expected ? `${text} ${t('plan.expected', { expected: error.expected })}` : text;
};

/** Today as the person's local calendar date: the web app is the caller that owns the clock. */
const localToday = (): IsoDate => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
};

const doseText = (doses: readonly PlannedDose[]): string =>
  doses.map((dose) => `${dose.time} ${formatMg(dose.amountUg)}`).join(', ');

const PlanTable = ({ plan, t }: { plan: TaperPlan; t: I18n['t'] }) => (
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
