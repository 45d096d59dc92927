import { type FormEvent, useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { clinician, type Decision, type PlanVersion, type Suggestion, type SuggestionEdit } from '../api/clinician.js';
import { Field } from '../components/field.js';
import { InlineError } from '../components/inline-error.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from './error-text.js';
import { formatDateTime } from './format.js';
import { SectionState } from './section-state.js';

type EditKey = keyof SuggestionEdit;
const EDIT_KEYS: Readonly<Record<Suggestion['kind'], readonly EditKey[]>> = {
  hold: ['holdDays'],
  slow: ['cutPercent', 'intervalDays'],
};
/** The API's limits (plans.ts): a hold of 1–365 days, a cut of 1–50 %, a step of 1–56 days. */
const LIMITS: Readonly<Record<EditKey, readonly [number, number, boolean]>> = {
  holdDays: [1, 365, true],
  cutPercent: [1, 50, false],
  intervalDays: [1, 56, true],
};
/** Problem fields that belong to the changed parameters (the server's and core's names). */
const EDIT_FIELDS = new Set(['edit', 'holdDays', 'cutPercent', 'intervalDays', 'cut', 'every']);

type Errors = Partial<Record<'reason' | 'edit' | 'form', string>>;

const SuggestionItem = ({
  patientId,
  suggestion,
  onDecided,
}: {
  patientId: string;
  suggestion: Suggestion;
  onDecided: (suggestion: Suggestion, decision: Decision['decision'], version: PlanVersion | null) => void;
}) => {
  const { t, locale } = useI18n();
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);
  const [edit, setEdit] = useState<Readonly<Partial<Record<EditKey, string>>>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const headingId = `suggestion-${suggestion.id}`;

  const editValues = (): SuggestionEdit | string => {
    const values: Partial<Record<EditKey, number>> = {};
    for (const key of EDIT_KEYS[suggestion.kind]) {
      const raw = (edit[key] ?? '').trim().replace(',', '.');
      if (raw === '') continue;
      const [min, max, integer] = LIMITS[key];
      const value = Number(raw);
      if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
        return t(`patient.suggestions.edit.${key}.error`);
      values[key] = value;
    }
    return Object.keys(values).length === 0 ? t('patient.suggestions.edit.missing') : values;
  };

  const decide = async (decision: Decision['decision']) => {
    if (busy) return;
    const next: Errors = {};
    if (reason.trim() === '') next.reason = t('patient.suggestions.reason.missing');
    const values = decision === 'edit' ? editValues() : undefined;
    if (typeof values === 'string') next.edit = values;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const body: Decision =
      decision === 'edit'
        ? { decision, reason: reason.trim(), edit: values as SuggestionEdit }
        : { decision, reason: reason.trim() };
    setBusy(true);
    try {
      const result = await clinician.decide(patientId, suggestion.id, body);
      onDecided(result.suggestion, decision, result.version);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      const found: Errors = {};
      for (const [field, message] of Object.entries(fields)) {
        if (field === 'reason') found.reason = message;
        else if (EDIT_FIELDS.has(field)) found.edit = message;
      }
      // The whole problem in plain words, besides any field it names.
      found.form = errorText(t, error);
      setErrors(found);
    } finally {
      setBusy(false);
    }
  };

  const submitEdit = (event: FormEvent) => {
    event.preventDefault();
    void decide('edit');
  };

  return (
    <li className="card suggestion-item">
      <h3 id={headingId}>
        {t(`patient.suggestions.title.${suggestion.requestedByPatient ? 'patient' : 'rule'}.${suggestion.kind}`)}
      </h3>
      <p className="suggestion-meta">
        {suggestion.requestedByPatient ? t('patient.suggestions.byPatient') : t('patient.suggestions.byRule')} ·{' '}
        {formatDateTime(locale, suggestion.createdAt)}
      </p>
      <p>
        {t('patient.suggestions.why')} <span lang={suggestion.requestedByPatient ? undefined : 'en'}>{suggestion.reason}</span>
      </p>
      <p className="hint">{t(`patient.suggestions.effect.${suggestion.kind}`)}</p>
      <form onSubmit={submitEdit} noValidate>
        <Field label={t('patient.suggestions.reason')} hint={t('patient.suggestions.reason.hint')} error={errors.reason}>
          {(props) => (
            <textarea {...props} rows={2} maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} />
          )}
        </Field>
        {editing ? (
          <fieldset className="suggestion-edit">
            <legend>{t('patient.suggestions.edit.legend')}</legend>
            {EDIT_KEYS[suggestion.kind].map((key) => (
              <Field key={key} label={t(`patient.suggestions.edit.${key}`)} hint={t(`patient.suggestions.edit.${key}.hint`)}>
                {(props) => (
                  <input
                    {...props}
                    inputMode={key === 'cutPercent' ? 'decimal' : 'numeric'}
                    autoComplete="off"
                    value={edit[key] ?? ''}
                    aria-invalid={errors.edit ? true : undefined}
                    aria-describedby={
                      [props['aria-describedby'], errors.edit ? `${headingId}-edit-error` : ''].filter(Boolean).join(' ') ||
                      undefined
                    }
                    onChange={(event) => setEdit((all) => ({ ...all, [key]: event.target.value }))}
                  />
                )}
              </Field>
            ))}
            {errors.edit ? (
              <p className="field-error" id={`${headingId}-edit-error`}>
                {errors.edit}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <div className="decision-actions">
          {editing ? (
            <>
              <button type="submit" className="primary" disabled={busy} aria-describedby={headingId}>
                {t('patient.suggestions.saveEdit')}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => setEditing(false)}>
                {t('patient.suggestions.cancelEdit')}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy}
                aria-describedby={headingId}
                onClick={() => void decide('approve')}
              >
                {t('patient.suggestions.approve')}
              </button>
              <button type="button" disabled={busy} aria-describedby={headingId} onClick={() => setEditing(true)}>
                {t('patient.suggestions.edit')}
              </button>
              <button type="button" disabled={busy} aria-describedby={headingId} onClick={() => void decide('reject')}>
                {t('patient.suggestions.reject')}
              </button>
            </>
          )}
        </div>
        {busy ? <p aria-live="polite">{t('patient.saving')}</p> : null}
        <InlineError message={errors.form} />
      </form>
    </li>
  );
};

/** Suggestions and the patient's hold requests waiting for a decision: approve, edit or reject, with a reason. */
export const SuggestionsSection = ({ patientId, onDecided }: { patientId: string; onDecided: () => void }) => {
  const { t } = useI18n();
  const fetcher = useCallback(() => clinician.suggestions(patientId), [patientId]);
  const [load, reload] = useLoad(fetcher);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  const handleDecided = (suggestion: Suggestion, decision: Decision['decision'], version: PlanVersion | null) => {
    setDecided((all) => new Set([...all, suggestion.id]));
    setAnnouncement(
      decision === 'reject' || version === null
        ? t('patient.suggestions.rejected')
        : t(decision === 'edit' ? 'patient.suggestions.edited' : 'patient.suggestions.approved', { version: version.version }),
    );
    onDecided();
    // The decided card (and the button that had focus) is gone: keep the keyboard in this section.
    heading.current?.focus();
  };

  const open = load.state === 'ready' ? load.data.filter((s) => s.state === 'suggested' && !decided.has(s.id)) : [];
  return (
    <section className="patient-section" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" ref={heading} tabIndex={-1}>
        {t('patient.suggestions.heading')}
      </h2>
      <SectionState load={load} onRetry={reload} />
      <p className="decision-result" role="status">
        {announcement}
      </p>
      {load.state === 'ready' ? (
        open.length === 0 ? (
          <p>{t('patient.suggestions.none')}</p>
        ) : (
          <ul className="suggestion-list">
            {open.map((suggestion) => (
              <SuggestionItem key={suggestion.id} patientId={patientId} suggestion={suggestion} onDecided={handleDecided} />
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
};
