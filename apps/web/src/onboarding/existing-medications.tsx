import { useState } from 'react';
import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { type MedicationRecord, records } from '../api/records.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { drugName } from '../components/drug-select.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { formatMgNumber } from '../my-plan/format.js';

/** "clonazepam: 0.5 mg at 08:00, 1 mg at 22:00": the list's words, also the buttons' context. */
export const medicationText = (t: I18n['t'], locale: string, medication: MedicationRecord): string =>
  t('onboarding.medicine.existingItem', {
    drug: drugName(medication.drug),
    doses: medication.regimen
      .map((dose) => {
        const amount = formatMgNumber(locale, Math.round(dose.amountMg * 1000));
        return dose.time
          ? t('onboarding.medicine.existingDose', { amount, time: dose.time })
          : t('onboarding.medicine.existingDoseNoTime', { amount });
      })
      .join(', '),
  });

const removeErrorText = (t: I18n['t'], error: unknown): string =>
  error instanceof ApiError && error.code !== NETWORK_ERROR
    ? t('onboarding.medicine.removeError', { detail: error.message.endsWith('.') ? error.message : `${error.message}.` })
    : t('onboarding.medicine.removeNetwork');

/** One medicine on the record, with Change (fills the form below) and Remove (asks first). */
const Item = ({
  patientId,
  medication,
  editing,
  onChange,
  onRemoved,
}: {
  patientId: string;
  medication: MedicationRecord;
  editing: boolean;
  onChange: () => void;
  onRemoved: () => void;
}) => {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const text = medicationText(t, locale, medication);
  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await records.removeMedication(patientId, medication.id);
      onRemoved();
    } catch (failure) {
      // Already gone (another tab): the list simply catches up.
      if (failure instanceof ApiError && failure.code === 'MEDICATION_NOT_FOUND') onRemoved();
      else setError(removeErrorText(t, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="existing-medication">
      <span className="existing-medication-text">{text}</span>
      {editing ? <span className="existing-medication-editing">{t('onboarding.medicine.beingChanged')}</span> : null}
      <span className="existing-medication-actions">
        <button type="button" aria-label={t('onboarding.medicine.changeLabel', { item: text })} onClick={onChange}>
          {t('onboarding.medicine.change')}
        </button>
        <ConfirmButton
          label={t('onboarding.medicine.remove')}
          ariaLabel={t('onboarding.medicine.removeLabel', { item: text })}
          question={t('onboarding.medicine.removeQuestion', { item: text })}
          yes={t('onboarding.medicine.removeYes')}
          no={t('onboarding.medicine.removeNo')}
          busy={busy}
          onConfirm={() => void remove()}
        />
      </span>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
};

/** The medicines already on the record: each can be corrected or removed (the server keeps it as history). */
export const ExistingMedications = ({
  patientId,
  medications,
  editingId,
  notice,
  onChange,
  onRemoved,
}: {
  patientId: string;
  medications: readonly MedicationRecord[];
  editingId: string | undefined;
  notice: string;
  onChange: (medication: MedicationRecord) => void;
  onRemoved: (medication: MedicationRecord) => void;
}) => {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="existing-heading">
      <h3 id="existing-heading" tabIndex={-1}>
        {t('onboarding.medicine.existing')}
      </h3>
      {medications.length > 0 ? (
        <ul className="existing-medications">
          {medications.map((medication) => (
            <Item
              key={medication.id}
              patientId={patientId}
              medication={medication}
              editing={medication.id === editingId}
              onChange={() => onChange(medication)}
              onRemoved={() => onRemoved(medication)}
            />
          ))}
        </ul>
      ) : (
        <p>{t('onboarding.medicine.noneLeft')}</p>
      )}
      <p role="status" className="onboarding-saved">
        {notice}
      </p>
    </section>
  );
};
