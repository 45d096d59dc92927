import { CHECK_IN_REVIEW, DAILY_CHECK_IN, RED_FLAGS } from '@stepdown/core';
import { type FormEvent, useMemo, useState } from 'react';
import { checkIns } from '../api/check-ins.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { type Draft, itemViews, toAnswers, validate } from './items.js';
import { QuestionFields } from './question-fields.js';
import { type Outcome, ResultView } from './result.js';
import { type SaveErrors, saveErrors, useSave } from './use-save.js';

/** The daily diary: every item one tap or one number away, optional warning signs, then the server's result. */
export const DailyForm = ({ patientId, onSaved }: { patientId: string; onSaved: () => void }) => {
  const { t } = useI18n();
  const items = useMemo(() => itemViews(DAILY_CHECK_IN, t), [t]);
  const [draft, setDraft] = useState<Draft>({});
  const [redFlags, setRedFlags] = useState<readonly string[]>([]);
  const [errors, setErrors] = useState<SaveErrors>({ fields: {} });
  const [outcome, setOutcome] = useState<Outcome>();
  const { busy, save } = useSave();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validate(items, draft, t);
    if (Object.keys(invalid).length > 0) {
      setErrors({ fields: invalid, form: t('checkIn.error.summary') });
      return;
    }
    setErrors({ fields: {} });
    const answers = toAnswers(items, draft);
    try {
      const result = await save(async ({ clientId, completedAt }) => {
        const sent = await checkIns.record(patientId, {
          clientId,
          completedAt,
          answers,
          ...(redFlags.length > 0 ? { redFlags } : {}),
        });
        const severe = redFlags.length > 0 || Number(answers.withdrawal) >= CHECK_IN_REVIEW.withdrawalAtLeast;
        return sent.queued ? { queued: true, severe } : { queued: false, scored: sent.result, answers };
      });
      if (!result) return;
      setOutcome(result);
      onSaved();
    } catch (error) {
      setErrors(saveErrors(t, error));
    }
  };

  const again = () => {
    setDraft({});
    setRedFlags([]);
    setOutcome(undefined);
  };

  return (
    <section className="card check-in-daily" aria-labelledby="daily-heading">
      <h2 id="daily-heading">{t('checkIn.daily.heading')}</h2>
      {outcome ? (
        <ResultView outcome={outcome} level={3} onAgain={again} />
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p className="hint">{t('checkIn.daily.intro')}</p>
          <QuestionFields
            formId="daily"
            items={items}
            draft={draft}
            errors={errors.fields}
            onChange={(id, value) => setDraft((d) => ({ ...d, [id]: value }))}
          />
          <fieldset
            className={errors.fields.redFlags ? 'choices field-invalid' : 'choices'}
            aria-describedby={errors.fields.redFlags ? 'red-flags-hint red-flags-error' : 'red-flags-hint'}
          >
            <legend>{t('checkIn.redFlags')}</legend>
            <p className="hint" id="red-flags-hint">
              {t('checkIn.redFlags.hint')}
            </p>
            {RED_FLAGS.map((flag) => (
              <label key={flag.id} className="choice">
                <input
                  type="checkbox"
                  checked={redFlags.includes(flag.id)}
                  onChange={(event) =>
                    setRedFlags((all) => (event.target.checked ? [...all, flag.id] : all.filter((id) => id !== flag.id)))
                  }
                />
                <span>{t(`redFlag.${flag.id}` as MessageKey)}</span>
              </label>
            ))}
            {redFlags.length > 0 ? (
              // Shown at once: a warning sign must not wait for the save (or for the connection to come back).
              <div className="card red-flag-now" role="alert">
                <p>{t('checkIn.redFlags.now')}</p>
                <p>
                  <a className="get-help" href="#/help">
                    {t('checkIn.severe.getHelp')}
                  </a>
                </p>
              </div>
            ) : null}
            {errors.fields.redFlags ? (
              <p className="field-error" id="red-flags-error">
                {errors.fields.redFlags}
              </p>
            ) : null}
          </fieldset>
          {errors.form ? (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('checkIn.saving') : t('checkIn.submit')}
          </button>
        </form>
      )}
    </section>
  );
};
