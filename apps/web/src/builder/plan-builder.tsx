import { useDeferredValue, useMemo } from 'react';
import { DrugSelect } from '../components/drug-select.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import { Choice } from './choice.js';
import { alternativeForm, Compare } from './compare.js';
import { computeUpdate, DEFAULT_WEIGHT_KG, planFrom } from './compute.js';
import { ImportEquivalent } from './import-equivalent.js';
import { DEFAULT_FORMS, errorText, type PlanField, type PlanForm } from './plan-input.js';
import { PlanPreview } from './plan-preview.js';
import { ProductsFieldset } from './products-fieldset.js';
import { StrategyNotes } from './strategy-notes.js';
import { StrategySelect } from './strategy-select.js';

/** The pace, as text: empty means the strategy's default. */
const PACE_INPUTS = [
  ['cut', 'plan.cut', 'decimal', 6],
  ['every', 'plan.every', 'numeric', 4],
] as const;

export type BuilderErrors = Partial<Record<PlanField, string>>;

/**
 * The plan builder, with or without a patient: the parameters, then core's plan for them (steps, chart, model
 * band, notes) and a comparison with a second strategy. Controlled: the caller keeps the form (to save it).
 */
export const PlanBuilder = ({
  form,
  onChange,
  weightKg = DEFAULT_WEIGHT_KG,
  errors = {},
}: {
  form: PlanForm;
  /** Every edit: the next form and the input it changed (a caller clears that input's server error). */
  onChange: (next: PlanForm, field: PlanField) => void;
  /** The patient's weight for the model band; the model's reference adult without one. */
  weightKg?: number;
  /** Errors from elsewhere (a server's refusal), shown at their input when core has none there. */
  errors?: BuilderErrors;
}) => {
  const { t } = useI18n();
  // Typing stays immediate; the plan, chart and band follow as a deferred (interruptible) render.
  const shownForm = useDeferredValue(form);
  const update = useMemo(() => computeUpdate(shownForm, weightKg), [shownForm, weightKg]);
  const { outcome } = update;
  const plan = outcome.ok ? outcome.plan : undefined;
  // While the chosen pace is refused, the caps still show: read from the strategy at its default pace.
  const capPlan = useMemo(() => {
    if (plan) return undefined;
    const fallback = planFrom(alternativeForm(shownForm, shownForm.strategy));
    return fallback.ok ? fallback.plan : undefined;
  }, [plan, shownForm]);

  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K], field: PlanField = 'form') =>
    onChange({ ...form, [key]: value }, field);
  const errorFor = (field: PlanField): string | undefined =>
    (!outcome.ok && outcome.field === field ? errorText(outcome.error, t) : undefined) ?? errors[field];
  const forms = form.forms ?? DEFAULT_FORMS;

  return (
    <>
      {/* Enter in a parameter must never submit anything: a caller's own form (the approval) does that. */}
      <form className="plan-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <h2>{t('patientPlan.doses.heading')}</h2>
        <Field label={t('plan.drug')} error={errorFor('drug')}>
          {(props) => <DrugSelect {...props} name="drug" value={form.drug} onPick={(id) => set('drug', id, 'drug')} />}
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
        <ImportEquivalent onUse={(drug, doses) => onChange({ ...form, drug, doses }, 'doses')} />

        <h2>{t('patientPlan.strategy.heading')}</h2>
        <Field label={t('plan.strategy')} error={errorFor('strategy')}>
          {(props) => (
            <StrategySelect
              {...props}
              t={t}
              name="strategy"
              value={form.strategy}
              onPick={(s) => set('strategy', s, 'strategy')}
            />
          )}
        </Field>
        <StrategyNotes plan={plan} fallback={capPlan} />
        {PACE_INPUTS.map(([key, label, inputMode, maxLength]) => (
          <Field key={key} label={t(label)} hint={t('plan.defaultHint')} error={errorFor(key)}>
            {(props) => (
              <input
                {...props}
                name={key}
                inputMode={inputMode}
                maxLength={maxLength}
                value={form[key]}
                onChange={(e) => set(key, e.target.value, key)}
              />
            )}
          </Field>
        ))}
        <Choice checked={form.shortTermUse} onChange={(on) => set('shortTermUse', on)} label={t('plan.shortTerm')} />
        {form.strategy === 'ashton' && form.drug !== 'diazepam' ? (
          <Choice checked={form.viaDiazepam} onChange={(on) => set('viaDiazepam', on)} label={t('plan.viaDiazepam')} />
        ) : null}
        <Choice checked={form.patterns} onChange={(on) => set('patterns', on)} label={t('plan.patterns')} />
        <ProductsFieldset
          forms={forms}
          error={errorFor('forms')}
          onChange={(change) => set('forms', { ...forms, ...change }, 'forms')}
        />
      </form>
      <PlanPreview update={update} />
      <Compare form={shownForm} plan={plan} />
    </>
  );
};
