import '../styles/questionnaire-schedule.css';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { clinician } from '../api/clinician.js';
import {
  DEFAULT_SCHEDULE,
  type QuestionnaireSchedule,
  readQuestionnaireSchedule,
  SCHEDULE_KEYS,
  SCHEDULE_MAX_DAYS,
  type ScheduleKey,
} from '../api/questionnaire-schedule.js';
import { Field } from '../components/field.js';
import { InlineError } from '../components/inline-error.js';
import { useLoad } from '../components/use-load.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from './error-text.js';
import { SectionState } from './section-state.js';

type Draft = Record<ScheduleKey, string>;
type Errors = Partial<Record<ScheduleKey | 'form', string>>;

const LABELS: Readonly<Record<ScheduleKey, MessageKey>> = {
  bwsqDays: 'qSchedule.bwsq',
  phq9Days: 'qSchedule.phq9',
  gad7Days: 'qSchedule.gad7',
};

const toDraft = (schedule: QuestionnaireSchedule): Draft => ({
  bwsqDays: String(schedule.bwsqDays),
  phq9Days: String(schedule.phq9Days),
  gad7Days: String(schedule.gad7Days),
});

/** Whole days 0–90, as the server takes them; undefined for anything else. */
const parseDays = (raw: string): number | undefined => {
  const text = raw.trim();
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const days = Number(text);
  return days <= SCHEDULE_MAX_DAYS ? days : undefined;
};

const ScheduleForm = ({ patientId, saved }: { patientId: string; saved: QuestionnaireSchedule | null }) => {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved ?? DEFAULT_SCHEDULE));
  const [isSet, setIsSet] = useState(saved !== null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const inputs = useRef<Partial<Record<ScheduleKey, HTMLInputElement | null>>>({});

  const focusFirst = (found: Errors) => inputs.current[SCHEDULE_KEYS.find((key) => found[key]) ?? 'bwsqDays']?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setStatus('');
    const found: Errors = {};
    const values: Partial<Record<ScheduleKey, number>> = {};
    for (const key of SCHEDULE_KEYS) {
      const days = parseDays(draft[key]);
      if (days === undefined) found[key] = t('qSchedule.invalid');
      else values[key] = days;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      const stored = await clinician.setQuestionnaireSchedule(patientId, values as QuestionnaireSchedule);
      setDraft(toDraft(stored));
      setIsSet(true);
      setStatus(t('qSchedule.saved'));
    } catch (error) {
      // The server names the field at fault in its own terms: say it in plain words next to that input.
      const fields = error instanceof ApiError ? error.fields : {};
      const fromServer: Errors = {};
      for (const key of SCHEDULE_KEYS) if (fields[key]) fromServer[key] = t('qSchedule.invalid');
      if (Object.keys(fromServer).length === 0) fromServer.form = errorText(t, error);
      setErrors(fromServer);
      if (!fromServer.form) focusFirst(fromServer);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="q-schedule-form" onSubmit={(event) => void submit(event)} noValidate>
      {isSet ? null : <p className="hint">{t('qSchedule.defaults')}</p>}
      <div className="q-schedule-fields">
        {SCHEDULE_KEYS.map((key) => (
          <Field key={key} label={t(LABELS[key])} hint={t(`${LABELS[key]}.hint` as MessageKey)} error={errors[key]}>
            {(props) => (
              <input
                {...props}
                ref={(element) => {
                  inputs.current[key] = element;
                }}
                name={key}
                inputMode="numeric"
                autoComplete="off"
                maxLength={3}
                value={draft[key]}
                onChange={(event) => {
                  const value = event.target.value;
                  setDraft((all) => ({ ...all, [key]: value }));
                  setStatus('');
                }}
              />
            )}
          </Field>
        ))}
      </div>
      <InlineError message={errors.form} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('qSchedule.saving') : t('qSchedule.save')}
      </button>
      <p role="status" className="q-schedule-status">
        {status}
      </p>
    </form>
  );
};

/** How often the patient's Check-in asks for the BWSQ, PHQ-9 and GAD-7; the care team sets it, 0 = not asked. */
export const QuestionnaireScheduleSection = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  const fetcher = useCallback(() => readQuestionnaireSchedule(patientId), [patientId]);
  const [load, reload] = useLoad(fetcher);
  return (
    <section className="patient-section" aria-labelledby="q-schedule-heading">
      <h2 id="q-schedule-heading">{t('qSchedule.heading')}</h2>
      <p>{t('qSchedule.intro')}</p>
      <SectionState load={load} onRetry={reload} />
      {load.state === 'ready' ? <ScheduleForm patientId={patientId} saved={load.data} /> : null}
    </section>
  );
};
