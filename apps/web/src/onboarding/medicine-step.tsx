import { INDICATIONS, type Indication } from '@stepdown/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { type MedicationRecord, type MedicationSaved, type PatientRecord, records } from '../api/records.js';
import { DrugSelect, drugName } from '../components/drug-select.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMgNumber } from '../my-plan/format.js';
import { fieldErrorText, saveErrorText, unplacedError } from './api-errors.js';
import { DoseFindings } from './dose-findings.js';
import {
  analyseMedicine,
  type DoseRow,
  DURATION_UNITS,
  type DurationUnit,
  localToday,
  type MedicineDraft,
  newRow,
  partOfDay,
} from './draft.js';

const PLACED = ['drug', 'regimen', 'indication', 'startedOn'] as const;

const ExistingMedications = ({ medications }: { medications: readonly MedicationRecord[] }) => {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="existing-heading">
      <h3 id="existing-heading">{t('onboarding.medicine.existing')}</h3>
      <ul>
        {medications.map((medication) => (
          <li key={medication.id}>
            {t('onboarding.medicine.existingItem', {
              drug: drugName(medication.drug),
              doses: medication.regimen
                .map((dose) => {
                  const amount = formatMgNumber(locale, Math.round(dose.amountMg * 1000));
                  return dose.time
                    ? t('onboarding.medicine.existingDose', { amount, time: dose.time })
                    : t('onboarding.medicine.existingDoseNoTime', { amount });
                })
                .join(', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
};

/** Step 2: what they take, checked by core live → POST …/medications (the API checks again). */
export const MedicineStep = ({
  patientId,
  patient,
  medications,
  medicine,
  onChange,
  onSaved,
  onFinish,
}: {
  patientId: string;
  patient: PatientRecord | undefined;
  medications: readonly MedicationRecord[];
  medicine: MedicineDraft;
  onChange: (medicine: MedicineDraft) => void;
  onSaved: (saved: MedicationSaved) => void;
  onFinish: () => void;
}) => {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [apiError, setApiError] = useState<ApiError>();
  const [formError, setFormError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const focusRow = useRef<string | 'add' | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  const today = localToday(patient?.timeZone);
  const analysis = useMemo(
    () =>
      analyseMedicine(medicine, today, {
        dateOfBirth: patient?.dateOfBirth ?? null,
        weightKg: patient?.weightKg ?? null,
      }),
    [medicine, today, patient],
  );

  // After adding or removing a row, put focus somewhere sensible (the new row, or the add button).
  useEffect(() => {
    const target = focusRow.current;
    if (target === undefined) return;
    focusRow.current = undefined;
    if (target === 'add') addButton.current?.focus();
    else document.querySelector<HTMLInputElement>(`[data-row="${target}"]`)?.focus();
  });

  const set = <K extends keyof MedicineDraft>(key: K, value: MedicineDraft[K]) => onChange({ ...medicine, [key]: value });
  const setRow = (key: string, patch: Partial<DoseRow>) =>
    set(
      'doses',
      medicine.doses.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    );
  const apiField = (field: (typeof PLACED)[number]) => (apiError ? fieldErrorText(t, apiError, field) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (!analysis.valid || !analysis.regimen) {
      setFormError(t('onboarding.medicine.fixFields'));
      return;
    }
    setBusy(true);
    setApiError(undefined);
    setFormError(undefined);
    try {
      onSaved(
        await records.addMedication(patientId, {
          drug: medicine.drug,
          regimen: analysis.regimen,
          indication: medicine.indication,
          ...(analysis.startedOn ? { startedOn: analysis.startedOn } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof ApiError) setApiError(error);
      setFormError(
        !(error instanceof ApiError) || unplacedError(error, PLACED)
          ? saveErrorText(t, error)
          : t('onboarding.medicine.fixFields'),
      );
    } finally {
      setBusy(false);
    }
  };

  const regimenError = apiField('regimen');
  return (
    <>
      {medications.length > 0 ? (
        <>
          <ExistingMedications medications={medications} />
          <button type="button" onClick={onFinish}>
            {t('onboarding.medicine.finish')}
          </button>
        </>
      ) : null}
      <p>{t('onboarding.medicine.intro')}</p>
      <form className="onboarding-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('onboarding.medicine.drug')} error={apiField('drug')}>
          {(props) => <DrugSelect {...props} name="drug" value={medicine.drug} onPick={(id) => set('drug', id)} />}
        </Field>
        <fieldset className="choices dose-rows" aria-describedby={regimenError ? 'regimen-error' : 'doses-hint'}>
          <legend>{t('onboarding.medicine.doses')}</legend>
          <p className="hint" id="doses-hint">
            {t('onboarding.medicine.dosesHint')}
          </p>
          <ol className="dose-row-list">
            {medicine.doses.map((row, index) => {
              const number = index + 1;
              const errors = submitted ? analysis.rows[row.key] : undefined;
              const part = partOfDay(row.time);
              return (
                <li key={row.key} className="dose-row">
                  <div className="dose-row-fields">
                    <Field label={t('onboarding.dose.amount', { number })} error={errors?.amount ? t(errors.amount) : undefined}>
                      {(props) => (
                        <input
                          {...props}
                          data-row={row.key}
                          inputMode="decimal"
                          autoComplete="off"
                          maxLength={8}
                          className="dose-input"
                          value={row.amount}
                          onChange={(e) => setRow(row.key, { amount: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      label={t('onboarding.dose.time', { number })}
                      hint={part ? t(`onboarding.dose.part.${part}`) : undefined}
                      error={errors?.time ? t(errors.time) : undefined}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="time"
                          className="dose-input"
                          value={row.time}
                          onChange={(e) => setRow(row.key, { time: e.target.value })}
                        />
                      )}
                    </Field>
                  </div>
                  {medicine.doses.length > 1 ? (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        focusRow.current = 'add';
                        set(
                          'doses',
                          medicine.doses.filter((other) => other.key !== row.key),
                        );
                        setAnnouncement(t('onboarding.dose.removed', { number }));
                      }}
                    >
                      {t('onboarding.dose.remove', { number })}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {regimenError ? (
            <p className="field-error" id="regimen-error">
              {regimenError}
            </p>
          ) : null}
          <button
            type="button"
            ref={addButton}
            disabled={medicine.doses.length >= 8}
            onClick={() => {
              const row = newRow();
              focusRow.current = row.key;
              set('doses', [...medicine.doses, row]);
              setAnnouncement(t('onboarding.dose.added', { number: medicine.doses.length + 1 }));
            }}
          >
            {t('onboarding.dose.add')}
          </button>
        </fieldset>
        <Field
          label={t('onboarding.indication')}
          error={submitted && analysis.indication ? t(analysis.indication) : apiField('indication')}
        >
          {(props) => (
            <select
              {...props}
              name="indication"
              value={medicine.indication}
              onChange={(e) => set('indication', e.target.value as Indication | '')}
            >
              <option value="">{t('onboarding.indication.choose')}</option>
              {INDICATIONS.map((indication) => (
                <option key={indication} value={indication}>
                  {t(`onboarding.indication.${indication}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="duration-row">
          <Field
            label={t('onboarding.duration')}
            hint={t('onboarding.durationHint')}
            error={analysis.duration ? t(analysis.duration) : apiField('startedOn')}
          >
            {(props) => (
              <input
                {...props}
                name="duration"
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                className="short-input"
                value={medicine.duration}
                onChange={(e) => set('duration', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('onboarding.durationUnit')}>
            {(props) => (
              <select
                {...props}
                name="durationUnit"
                value={medicine.durationUnit}
                onChange={(e) => set('durationUnit', e.target.value as DurationUnit)}
              >
                {DURATION_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`onboarding.durationUnit.${unit}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <section className="dose-check" aria-labelledby="dose-check-heading">
          <h3 id="dose-check-heading">{t('onboarding.check.heading')}</h3>
          <p className="hint">{t('onboarding.check.intro')}</p>
          <DoseFindings check={analysis.check} />
        </section>
        <p>{t('onboarding.medicine.keepTaking')}</p>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('onboarding.working') : t('onboarding.medicine.save')}
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
};
