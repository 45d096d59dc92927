import { INDICATIONS, type Indication } from '@stepdown/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { type MedicationRecord, type MedicationSaved, type PatientRecord, records } from '../api/records.js';
import { DrugSelect } from '../components/drug-select.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldErrorText, saveErrorText, unplacedError } from './api-errors.js';
import { DoseFindings } from './dose-findings.js';
import {
  analyseMedicine,
  type DoseRow,
  DURATION_UNITS,
  type DurationUnit,
  emptyDraft,
  localToday,
  type MedicineDraft,
  medicineFromRecord,
  newRow,
  partOfDay,
} from './draft.js';
import { ExistingMedications, medicationText } from './existing-medications.js';

const PLACED = ['drug', 'regimen', 'indication', 'startedOn'] as const;

/**
 * Step 2: what they take, checked by core live → POST …/medications (the API checks again). A medicine
 * already on the record can be corrected (the same form → PUT …/medications/:id) or removed.
 */
export const MedicineStep = ({
  patientId,
  patient,
  medications,
  medicine,
  onChange,
  onSaved,
  onFinish,
  onMedicationsChange,
  onEditWhere,
}: {
  patientId: string;
  patient: PatientRecord | undefined;
  medications: readonly MedicationRecord[];
  medicine: MedicineDraft;
  onChange: (medicine: MedicineDraft) => void;
  onSaved: (saved: MedicationSaved) => void;
  onFinish: () => void;
  onMedicationsChange: (medications: readonly MedicationRecord[]) => void;
  onEditWhere?: (() => void) | undefined;
}) => {
  const { t, locale } = useI18n();
  const [notice, setNotice] = useState('');
  // The medicine being corrected; a draft naming one no longer on the record adds a new one instead.
  const editing = medicine.editingId ? medications.find((m) => m.id === medicine.editingId) : undefined;
  const fresh = () => emptyDraft().medicine;
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
    // A correction keeps the start date on the record unless a new duration was typed.
    const startedOn = analysis.startedOn ?? (editing ? (editing.startedOn ?? undefined) : undefined);
    const body = {
      drug: medicine.drug,
      regimen: analysis.regimen,
      indication: medicine.indication,
      ...(startedOn ? { startedOn } : {}),
    };
    try {
      if (editing) {
        const saved = await records.changeMedication(patientId, editing.id, body);
        onMedicationsChange(medications.map((m) => (m.id === editing.id ? saved.medication : m)));
        onChange(fresh());
        setSubmitted(false);
        setNotice(t('onboarding.medicine.changed', { item: medicationText(t, locale, saved.medication) }));
        document.getElementById('existing-heading')?.focus();
        return;
      }
      onSaved(await records.addMedication(patientId, body));
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
      {medications.length > 0 || notice ? (
        <>
          <ExistingMedications
            patientId={patientId}
            medications={medications}
            editingId={editing?.id}
            notice={notice}
            onChange={(medication) => {
              onChange(medicineFromRecord(medication));
              setSubmitted(false);
              setApiError(undefined);
              setFormError(undefined);
              setNotice('');
              // The form is below the list: take the person to it.
              requestAnimationFrame(() => document.getElementById('medicine-form-heading')?.focus());
            }}
            onRemoved={(medication) => {
              onMedicationsChange(medications.filter((m) => m.id !== medication.id));
              if (medication.id === editing?.id) onChange(fresh());
              setNotice(t('onboarding.medicine.removed', { item: medicationText(t, locale, medication) }));
              document.getElementById('existing-heading')?.focus();
            }}
          />
          {medications.length > 0 ? (
            <button type="button" onClick={onFinish}>
              {t('onboarding.medicine.finish')}
            </button>
          ) : null}
        </>
      ) : null}
      {onEditWhere ? (
        <p>
          <button type="button" className="link-button" onClick={onEditWhere}>
            {t('onboarding.medicine.editWhere')}
          </button>
        </p>
      ) : null}
      {editing || medications.length > 0 ? (
        <h3 id="medicine-form-heading" tabIndex={-1}>
          {editing ? t('onboarding.medicine.changeHeading') : t('onboarding.medicine.addHeading')}
        </h3>
      ) : null}
      {editing ? <p>{t('onboarding.medicine.editing', { item: medicationText(t, locale, editing) })}</p> : null}
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
            hint={
              editing?.startedOn
                ? t('onboarding.medicine.keepStart', {
                    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
                      new Date(`${editing.startedOn}T00:00:00Z`),
                    ),
                  })
                : t('onboarding.durationHint')
            }
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
          {busy ? t('onboarding.working') : editing ? t('onboarding.medicine.saveChange') : t('onboarding.medicine.save')}
        </button>
        {editing ? (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onChange(fresh());
              setSubmitted(false);
              setApiError(undefined);
              setFormError(undefined);
            }}
          >
            {t('onboarding.medicine.cancelChange')}
          </button>
        ) : null}
      </form>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
};
