import { useId } from 'react';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import type { FormsForm } from './plan-input.js';

const MARKETS = [
  ['', 'patientPlan.forms.marketAny'],
  ['US', 'patientPlan.forms.marketUS'],
  ['UK', 'patientPlan.forms.marketUK'],
] as const;

/** Which products the plan may use to make each dose: tablets, dissolving tablets, a liquid, where they are sold. */
export const ProductsFieldset = ({
  forms,
  error,
  onChange,
}: {
  forms: FormsForm;
  error: string | undefined;
  onChange: (change: Partial<FormsForm>) => void;
}) => {
  const { t } = useI18n();
  const errorId = useId();
  return (
    <fieldset className="choices" aria-describedby={error ? errorId : undefined}>
      <legend>{t('patientPlan.forms.legend')}</legend>
      <label className="choice">
        <input type="checkbox" checked={forms.tablets} onChange={(e) => onChange({ tablets: e.target.checked })} />{' '}
        {t('patientPlan.forms.tablets')}
      </label>
      <label className="choice">
        <input type="checkbox" checked={forms.odt} onChange={(e) => onChange({ odt: e.target.checked })} />{' '}
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
            onChange={(e) => onChange({ liquid: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('patientPlan.forms.market')}>
        {(props) => (
          <select
            {...props}
            name="market"
            value={forms.market}
            onChange={(e) => onChange({ market: e.target.value as FormsForm['market'] })}
          >
            {MARKETS.map(([market, key]) => (
              <option key={market} value={market}>
                {t(key)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
