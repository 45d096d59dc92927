import { DRUGS, STRATEGIES, type StrategyId } from '@stepdown/core';
import { type FormEvent, type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { activePlan, builderApi, type Medication, type PatientPlan } from '../api/builder.js';
import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { BandChart } from '../builder/band-chart.js';
import { alternativeForm, Compare } from '../builder/compare.js';
import { computeUpdate, DEFAULT_WEIGHT_KG, planFrom } from '../builder/compute.js';
import { ImportEquivalent } from '../builder/import-equivalent.js';
import {
  DEFAULT_FORMS,
  errorText,
  type FormsForm,
  localToday,
  type PlanField,
  type PlanForm,
  planField,
  toTaperBody,
} from '../builder/plan-input.js';
import { PlanTable } from '../builder/plan-table.js';
import { StrategyNotes } from '../builder/strategy-notes.js';
import { DoseChart } from '../components/dose-chart.js';
import { Field } from '../components/field.js';
import { Screen } from '../components/screen.js';
import { type I18n, isMessageKey, useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';
import { useSession } from '../session.js';
import '../styles/builder.css';

type T = I18n['t'];
type Named = Exclude<StrategyId, 'custom'>;

const FREQUENCY = ['daily', 'bid', 'tid', 'qid'] as const;

/** A recorded regimen as the builder's dose lines: timed doses as `0.5mg@08:00`, untimed ones as a count per day. */
export const regimenLines = (medication: Medication): string => {
  const timed = medication.regimen.filter((d) => d.time !== undefined).map((d) => `${d.amountMg}mg@${d.time}`);
  const untimed = medication.regimen.filter((d) => d.time === undefined).map((d) => d.amountMg);
  const first = untimed[0];
  const word = FREQUENCY[untimed.length - 1];
  const rest =
    first !== undefined && word && untimed.every((a) => a === first)
      ? [`${first}mg ${word}`]
      : untimed.map((amount) => `${amount}mg daily`);
  return [...timed, ...rest].join('\n');
};

/** The newest recorded medication that core's catalogue knows (the one a taper starts from). */
export const currentMedication = (medications: readonly Medication[]): Medication | undefined =>
  [...medications].filter((m) => DRUGS.some((d) => d.id === m.drug)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];

interface Loaded {
  readonly medication: Medication | undefined;
  readonly active: PatientPlan | undefined;
  readonly weightKg: number;
  readonly market: FormsForm['market'];
}

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly notFound: boolean }
  | ({ readonly state: 'ready' } & Loaded);

/** Inputs that take an API error: the planner's fields and the reason. */
type ApiField = PlanField | 'reason';

const apiFieldOf = (field: string): ApiField => (field === 'reason' ? 'reason' : planField(field));

/** An API refusal in plain words: the catalogue's text for a core code, else the server's own sentence. */
const apiErrors = (error: unknown, t: T): Partial<Record<ApiField, string>> => {
  if (!(error instanceof ApiError) || error.code === NETWORK_ERROR) return { form: t('patientPlan.approve.network') };
  const key = `error.${error.code}`;
  const known = isMessageKey(key) ? t(key) : undefined;
  const out: Partial<Record<ApiField, string>> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const input = apiFieldOf(field);
    out[input] ??= known ?? message;
  }
  if (Object.keys(out).length === 0 || out.form) out.form = t('patientPlan.approve.failed', { detail: known ?? error.message });
  return out;
};

interface Draft {
  readonly planId: string;
  readonly versionId: string;
  readonly version: number;
  /** The body it was made from: a retry approves this draft only if nothing changed since. */
  readonly key: string;
}

type Approval =
  | { readonly state: 'idle' }
  | { readonly state: 'busy' }
  | { readonly state: 'done'; readonly version: number; readonly isNew: boolean };

const Editor = ({ patientId, loaded, onApproved }: { patientId: string; loaded: Loaded; onApproved: () => void }) => {
  const { t, locale } = useI18n();
  const medication = loaded.medication;
  const [form, setForm] = useState<PlanForm>(() => ({
    drug: medication?.drug ?? 'clonazepam',
    doses: medication ? regimenLines(medication) : '',
    start: localToday(),
    strategy: 'joint-2025',
    cut: '',
    every: '',
    shortTermUse: false,
    viaDiazepam: false,
    patterns: false,
    forms: { ...DEFAULT_FORMS, market: loaded.market },
  }));
  const [other, setOther] = useState<StrategyId>('ashton');
  const [reason, setReason] = useState('');
  const [serverErrors, setServerErrors] = useState<Partial<Record<ApiField, string>>>({});
  const [approval, setApproval] = useState<Approval>({ state: 'idle' });
  const busy = useRef(false);
  const draft = useRef<Draft | undefined>(undefined);
  // Typing stays immediate; the plan, chart and band follow as a deferred (interruptible) render.
  const shownForm = useDeferredValue(form);
  const update = useMemo(() => computeUpdate(shownForm, loaded.weightKg), [shownForm, loaded.weightKg]);
  const outcome = update.outcome;
  const plan = outcome.ok ? outcome.plan : undefined;
  const forms = form.forms ?? DEFAULT_FORMS;
  // While the chosen pace is refused, the caps still show: read from the strategy at its default pace.
  const capPlan = useMemo(() => {
    if (plan) return undefined;
    const fallback = planFrom(alternativeForm(shownForm, shownForm.strategy));
    return fallback.ok ? fallback.plan : undefined;
  }, [plan, shownForm]);

  const clearServer = (field: ApiField) =>
    setServerErrors((all) => {
      if (!all[field] && !all.form) return all;
      const { [field]: _gone, form: _form, ...rest } = all;
      return rest;
    });
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K], field: ApiField = 'form') => {
    setForm((f) => ({ ...f, [key]: value }));
    clearServer(field);
    if (approval.state === 'done') setApproval({ state: 'idle' });
  };
  const setForms = (change: Partial<FormsForm>) => set('forms', { ...forms, ...change }, 'forms');
  const errorFor = (field: ApiField): string | undefined =>
    (!outcome.ok && outcome.field === field ? errorText(outcome.error, t) : undefined) ?? serverErrors[field];

  const approve = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    // Checked against the form as it is now, not the deferred preview, so what is sent is what core accepted.
    if (!planFrom(form).ok) {
      setServerErrors({ form: t('patientPlan.approve.fixFirst') });
      return;
    }
    if (reason.trim() === '') {
      setServerErrors({ reason: t('patientPlan.approve.reasonMissing') });
      return;
    }
    busy.current = true;
    setApproval({ state: 'busy' });
    setServerErrors({});
    const body = { ...toTaperBody(form), reason: reason.trim() };
    const key = JSON.stringify(body);
    try {
      // A draft made by an earlier attempt whose approval failed is approved now, not made twice.
      let made = draft.current?.key === key ? draft.current : undefined;
      if (!made) {
        const active = loaded.active;
        const answer = active
          ? { plan: { id: active.id }, ...(await builderApi.addVersion(patientId, active.id, body)) }
          : await builderApi.createPlan(patientId, body);
        made = { planId: answer.plan.id, versionId: answer.version.id, version: answer.version.version, key };
        draft.current = made;
      }
      const approved = await builderApi.approve(patientId, made.planId, made.versionId);
      draft.current = undefined;
      setApproval({ state: 'done', version: approved.version.version, isNew: !loaded.active });
      onApproved();
    } catch (error) {
      setServerErrors(apiErrors(error, t));
      setApproval({ state: 'idle' });
    } finally {
      busy.current = false;
    }
  };

  const nextVersion = (loaded.active?.latestVersion ?? 0) + 1;
  const strategyName = (s: StrategyId) => t(`plan.strategy.${s as Named}`);

  return (
    <>
      <section className="card" aria-labelledby="pp-record">
        <h2 id="pp-record">{t('patientPlan.record.heading')}</h2>
        <p>
          {medication
            ? t('patientPlan.record.medication', {
                drug: DRUGS.find((d) => d.id === medication.drug)?.name ?? medication.drug,
                doses: medication.regimen
                  .map((d) =>
                    t(d.time ? 'patientPlan.record.timedDose' : 'patientPlan.record.untimedDose', {
                      amount: new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(d.amountMg),
                      time: d.time ?? '',
                    }),
                  )
                  .join(', '),
              })
            : t('patientPlan.record.noMedication')}
        </p>
        <p>
          {loaded.active
            ? t('patientPlan.record.active', {
                version: loaded.active.versions.find((v) => v.id === loaded.active?.activeVersionId)?.version ?? '?',
                next: nextVersion,
              })
            : t('patientPlan.record.noActive')}
        </p>
      </section>

      {/* Enter in a parameter must never approve: only the approval form below submits. */}
      <form className="plan-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <h2>{t('patientPlan.doses.heading')}</h2>
        <Field label={t('plan.drug')} error={errorFor('drug')}>
          {(props) => (
            <select {...props} name="drug" value={form.drug} onChange={(e) => set('drug', e.target.value, 'drug')}>
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
              onChange={(e) => set('doses', e.target.value, 'doses')}
            />
          )}
        </Field>
        <Field label={t('plan.start')} error={errorFor('start')}>
          {(props) => (
            <input
              {...props}
              name="start"
              type="date"
              value={form.start}
              onChange={(e) => set('start', e.target.value, 'start')}
            />
          )}
        </Field>
        <ImportEquivalent
          onUse={(drug, doses) => {
            setForm((f) => ({ ...f, drug, doses }));
            clearServer('doses');
          }}
        />

        <h2>{t('patientPlan.strategy.heading')}</h2>
        <Field label={t('plan.strategy')} error={errorFor('strategy')}>
          {(props) => (
            <select
              {...props}
              name="strategy"
              value={form.strategy}
              onChange={(e) => set('strategy', e.target.value as StrategyId, 'strategy')}
            >
              {STRATEGIES.filter((s) => s !== 'custom').map((s) => (
                <option key={s} value={s}>
                  {strategyName(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <StrategyNotes plan={plan} fallback={capPlan} />
        <Field label={t('plan.cut')} hint={t('plan.defaultHint')} error={errorFor('cut')}>
          {(props) => (
            <input
              {...props}
              name="cut"
              inputMode="decimal"
              maxLength={6}
              value={form.cut}
              onChange={(e) => set('cut', e.target.value, 'cut')}
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
              onChange={(e) => set('every', e.target.value, 'every')}
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
        <fieldset className="choices" aria-describedby={errorFor('forms') ? 'pp-forms-error' : undefined}>
          <legend>{t('patientPlan.forms.legend')}</legend>
          <label className="choice">
            <input type="checkbox" checked={forms.tablets} onChange={(e) => setForms({ tablets: e.target.checked })} />{' '}
            {t('patientPlan.forms.tablets')}
          </label>
          <label className="choice">
            <input type="checkbox" checked={forms.odt} onChange={(e) => setForms({ odt: e.target.checked })} />{' '}
            {t('patientPlan.forms.odt')}
          </label>
          <Field label={t('patientPlan.forms.liquid')} hint={t('patientPlan.forms.liquidHint')}>
            {(props) => (
              <input
                {...props}
                name="liquid"
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                value={forms.liquid}
                onChange={(e) => setForms({ liquid: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('patientPlan.forms.market')}>
            {(props) => (
              <select
                {...props}
                name="market"
                value={forms.market}
                onChange={(e) => setForms({ market: e.target.value as FormsForm['market'] })}
              >
                <option value="">{t('patientPlan.forms.marketAny')}</option>
                <option value="US">{t('patientPlan.forms.marketUS')}</option>
                <option value="UK">{t('patientPlan.forms.marketUK')}</option>
              </select>
            )}
          </Field>
          {errorFor('forms') ? (
            <p className="field-error" id="pp-forms-error">
              {errorFor('forms')}
            </p>
          ) : null}
        </fieldset>

        <section aria-labelledby="pp-preview">
          <h2 id="pp-preview">{t('plan.preview')}</h2>
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
                  {t('patientPlan.chartCaption', {
                    from: new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(
                      (plan.steps[0]?.dailyTotals.reduce((sum, d) => sum + d.amountUg, 0) ?? 0) / 1000,
                    ),
                    days: plan.totalDays,
                  })}
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
      </form>

      <Compare form={shownForm} plan={plan} other={other} onOther={setOther} />

      <form className="card approve-card" aria-labelledby="pp-approve" onSubmit={(event) => void approve(event)} noValidate>
        <h2 id="pp-approve">{t('patientPlan.approve.heading')}</h2>
        <p>{loaded.active ? t('patientPlan.approve.introVersion', { next: nextVersion }) : t('patientPlan.approve.introNew')}</p>
        <Field label={t('patientPlan.approve.reason')} hint={t('patientPlan.approve.reasonHint')} error={errorFor('reason')}>
          {(props) => (
            <textarea
              {...props}
              name="reason"
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                clearServer('reason');
              }}
            />
          )}
        </Field>
        {serverErrors.form ? (
          <p className="form-error" role="alert">
            {serverErrors.form}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={approval.state === 'busy'}>
          {approval.state === 'busy' ? t('patientPlan.approve.busy') : t('patientPlan.approve.button')}
        </button>
        <div role="status" className="approve-status">
          {approval.state === 'done' ? (
            <>
              <p className="approve-done">{t('patientPlan.approve.done', { version: approval.version })}</p>
              <p>{t(approval.isNew ? 'patientPlan.approve.doneNew' : 'patientPlan.approve.doneVersion')}</p>
              <p>
                <a href={`#/patients/${encodeURIComponent(patientId)}`}>{t('patientPlan.backToPatient')}</a>
              </p>
            </>
          ) : null}
        </div>
      </form>
    </>
  );
};

const marketOf = (region: string | undefined): FormsForm['market'] => (region === 'US' || region === 'UK' ? region : '');

/** The clinician builds and approves a plan for a linked patient, starting from the recorded regimen. */
const PatientPlanScreen = ({ route }: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const patientId = route.name === 'patient-plan' ? route.id : '';
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  const fetchAll = useCallback(() => {
    if (user?.role !== 'clinician' || !patientId) return undefined;
    let live = true;
    setLoad({ state: 'loading' });
    Promise.all([
      builderApi.medications(patientId),
      builderApi.plans(patientId),
      // The weight sharpens the model and the region picks the products; neither is needed to plan.
      builderApi.patient(patientId).catch(() => undefined),
    ]).then(
      ([medications, plans, patient]) =>
        live &&
        setLoad({
          state: 'ready',
          medication: currentMedication(medications),
          active: activePlan(plans),
          weightKg: patient?.weightKg ?? DEFAULT_WEIGHT_KG,
          market: marketOf(patient?.region),
        }),
      (error: unknown) =>
        live &&
        setLoad({ state: 'error', notFound: error instanceof ApiError && (error.status === 404 || error.status === 403) }),
    );
    return () => {
      live = false;
    };
  }, [user, patientId]);
  useEffect(() => fetchAll(), [fetchAll]);

  // After an approval the plan list changes (the next approval adds to the new plan): re-read it quietly.
  const refreshPlans = useCallback(() => {
    builderApi.plans(patientId).then(
      (plans) => setLoad((current) => (current.state === 'ready' ? { ...current, active: activePlan(plans) } : current)),
      () => undefined,
    );
  }, [patientId]);

  let body: ReactNode;
  if (user?.role !== 'clinician') body = <p>{t('patientPlan.cliniciansOnly')}</p>;
  else if (load.state === 'loading') body = <p aria-live="polite">{t('patientPlan.loading')}</p>;
  else if (load.state === 'error')
    body = (
      <div role="alert">
        <p>{load.notFound ? t('patientPlan.notFound') : t('patientPlan.loadError')}</p>
        {load.notFound ? null : (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setGeneration((g) => g + 1);
              fetchAll();
            }}
          >
            {t('patientPlan.retry')}
          </button>
        )}
      </div>
    );
  else body = <Editor key={generation} patientId={patientId} loaded={load} onApproved={refreshPlans} />;

  return (
    <Screen title={t('patientPlan.title')}>
      <p>
        <a href={`#/patients/${encodeURIComponent(patientId)}`}>{t('patientPlan.backToPatient')}</a>
      </p>
      {body}
    </Screen>
  );
};

export default PatientPlanScreen;
