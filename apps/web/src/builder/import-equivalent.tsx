import { convertDose, parseDose } from '@stepdown/core';
import { useId, useMemo, useState } from 'react';
import { DrugSelect } from '../components/drug-select.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMgNumber } from '../my-plan/format.js';
import { errorText } from './plan-input.js';

/** The drugs a taper is usually moved to: the long-acting ones the planner and the tables all know. */
export const IMPORT_TARGETS = ['clonazepam', 'diazepam'] as const;
type Target = (typeof IMPORT_TARGETS)[number];

/** A dose a day rounded to what a plan can start from: whole micrograms, in mg text core reads (`2.5mg daily`). */
export const importedDoses = (estimateUg: number): string => `${estimateUg / 1000}mg daily`;

/**
 * Someone taking another benzodiazepine: its daily dose → the clonazepam or diazepam equivalent under the
 * chosen table, with the range across every table, each table's figure and core's caveats (English).
 */
export const ImportEquivalent = ({ onUse }: { onUse: (drug: Target, doses: string) => void }) => {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [from, setFrom] = useState('alprazolam');
  const [dose, setDose] = useState('');
  const [to, setTo] = useState<Target>('clonazepam');
  const result = useMemo(() => {
    if (dose.trim() === '') return undefined;
    const amount = parseDose(dose);
    if (!amount.ok) return { ok: false as const, field: 'dose' as const, text: errorText(amount.error, t) };
    const conversion = convertDose({ from, doseUg: amount.value, to });
    return conversion.ok
      ? { ok: true as const, value: conversion.value }
      : { ok: false as const, field: 'form' as const, text: errorText(conversion.error, t) };
  }, [from, dose, to, t]);
  const conversion = result?.ok ? result.value : undefined;
  return (
    <section className="card import-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('patientPlan.import.heading')}</h3>
      <p className="hint">{t('patientPlan.import.intro')}</p>
      <Field label={t('patientPlan.import.from')}>
        {(props) => <DrugSelect {...props} name="importFrom" value={from} onPick={setFrom} />}
      </Field>
      <Field
        label={t('patientPlan.import.dose')}
        hint={t('patientPlan.import.doseHint')}
        error={result && !result.ok && result.field === 'dose' ? result.text : undefined}
      >
        {(props) => (
          <input
            {...props}
            name="importDose"
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            value={dose}
            onChange={(e) => setDose(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('patientPlan.import.to')}>
        {(props) => (
          <DrugSelect {...props} name="importTo" ids={IMPORT_TARGETS} value={to} onPick={(id) => setTo(id as Target)} />
        )}
      </Field>
      <div aria-live="polite">
        {result && !result.ok && result.field === 'form' ? <p className="form-error">{result.text}</p> : null}
        {conversion ? (
          <div className="import-result">
            <p className="import-estimate">
              {t('patientPlan.import.estimate', {
                dose: formatMgNumber(locale, conversion.doseUg),
                from: conversion.from.name,
                estimate: formatMgNumber(locale, conversion.estimateUg),
                to: conversion.to.name,
              })}
            </p>
            <p>
              {t('patientPlan.import.range', {
                low: formatMgNumber(locale, conversion.rangeUg[0]),
                high: formatMgNumber(locale, conversion.rangeUg[1]),
                to: conversion.to.name,
              })}
            </p>
          </div>
        ) : null}
      </div>
      {conversion ? (
        <>
          <ul className="import-sources">
            {conversion.bySource.map((source) => (
              <li key={source.table}>
                {t('patientPlan.import.bySource', {
                  table: source.name,
                  estimate: formatMgNumber(locale, source.doseUg),
                })}
                {source.lowConfidence ? ` ${t('patientPlan.import.lowConfidence')}` : ''}
              </li>
            ))}
          </ul>
          <ul className="import-warnings">
            {conversion.warnings.map((note) => (
              <li key={note.code} lang="en">
                {note.message}
              </li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => onUse(to, importedDoses(conversion.estimateUg))}>
            {t('patientPlan.import.use', { estimate: formatMgNumber(locale, conversion.estimateUg), to: conversion.to.name })}
          </button>
        </>
      ) : null}
    </section>
  );
};
