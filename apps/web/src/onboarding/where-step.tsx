import { REGIONS } from '@stepdown/core';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { type NewPatientRecord, type PatientRecord, records } from '../api/records.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n.js';
import { FormSubmit } from '../patient/form-submit.js';
import { fieldErrorText, saveErrorText, unplacedError } from './api-errors.js';
import { checkWhere, localToday, normaliseAmount, timeZones, type WhereDraft } from './draft.js';

const PLACED = ['region', 'timeZone', 'dateOfBirth', 'weightKg'] as const;

/**
 * Step 1: region and time zone (age and weight optional) → POST /api/patients; with `existingId`, a
 * correction of a record that exists → PATCH /api/patients/:id (an emptied field clears it).
 */
export const WhereStep = ({
  where,
  existingId,
  onChange,
  onCreated,
  onCancel,
}: {
  where: WhereDraft;
  existingId?: string | undefined;
  onChange: (where: WhereDraft) => void;
  onCreated: (patient: PatientRecord | undefined) => void;
  onCancel?: (() => void) | undefined;
}) => {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [apiError, setApiError] = useState<ApiError>();
  const [formError, setFormError] = useState<string>();
  const zones = useMemo(() => timeZones(where.timeZone), [where.timeZone]);
  const local = checkWhere(where, localToday());
  const set = <K extends keyof WhereDraft>(key: K, value: WhereDraft[K]) => onChange({ ...where, [key]: value });
  const errorFor = (field: (typeof PLACED)[number]): string | undefined => {
    const mine = submitted && field !== 'region' && field !== 'timeZone' ? local[field] : undefined;
    if (mine) return t(mine);
    return apiError ? fieldErrorText(t, apiError, field) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (local.dateOfBirth || local.weightKg) {
      setFormError(undefined);
      return;
    }
    const weight = where.weight.trim() ? Number(normaliseAmount(where.weight)) : undefined;
    const body: NewPatientRecord = {
      region: where.region,
      timeZone: where.timeZone,
      ...(where.dateOfBirth ? { dateOfBirth: where.dateOfBirth } : {}),
      ...(weight === undefined ? {} : { weightKg: weight }),
    };
    setBusy(true);
    setApiError(undefined);
    setFormError(undefined);
    try {
      if (existingId) {
        onCreated(
          await records.updatePatient(existingId, {
            region: body.region,
            timeZone: body.timeZone,
            dateOfBirth: body.dateOfBirth ?? null,
            weightKg: body.weightKg ?? null,
          }),
        );
        return;
      }
      onCreated(await records.createPatient(body));
    } catch (error) {
      // A record made in another tab (or a retry after a lost answer) is not a failure: go on.
      if (error instanceof ApiError && error.code === 'PATIENT_EXISTS') {
        onCreated(undefined);
        return;
      }
      if (error instanceof ApiError) setApiError(error);
      if (!(error instanceof ApiError) || unplacedError(error, PLACED)) setFormError(saveErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  const select = (key: 'region' | 'timeZone', label: string, hint: string, options: readonly (readonly [string, string])[]) => (
    <Field label={label} hint={hint} error={errorFor(key)}>
      {(props) => (
        <select {...props} name={key} value={where[key]} onChange={(e) => set(key, e.target.value as WhereDraft[typeof key])}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form className="onboarding-form" onSubmit={(event) => void submit(event)} noValidate>
      {select(
        'region',
        t('onboarding.where.region'),
        t('onboarding.where.regionHint'),
        REGIONS.map((region) => [region, t(`help.region.${region}`)] as const),
      )}
      {select(
        'timeZone',
        t('onboarding.where.timeZone'),
        t('onboarding.where.timeZoneHint'),
        zones.map((zone) => [zone, zone.replace(/_/g, ' ')] as const),
      )}
      <Field label={t('onboarding.where.birth')} hint={t('onboarding.where.birthHint')} error={errorFor('dateOfBirth')}>
        {(props) => (
          <input
            {...props}
            name="dateOfBirth"
            type="date"
            autoComplete="bday"
            value={where.dateOfBirth}
            onChange={(e) => set('dateOfBirth', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('onboarding.where.weight')} hint={t('onboarding.where.weightHint')} error={errorFor('weightKg')}>
        {(props) => (
          <input
            {...props}
            name="weight"
            inputMode="decimal"
            autoComplete="off"
            maxLength={6}
            className="short-input"
            value={where.weight}
            onChange={(e) => set('weight', e.target.value)}
          />
        )}
      </Field>
      <FormSubmit
        error={formError}
        busy={busy}
        label={existingId ? t('onboarding.where.save') : t('onboarding.where.continue')}
        busyLabel={t('onboarding.working')}
      />
      {onCancel ? (
        <button type="button" className="link-button" onClick={onCancel}>
          {t('onboarding.where.cancel')}
        </button>
      ) : null}
    </form>
  );
};
