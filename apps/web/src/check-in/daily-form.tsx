import { CHECK_IN_REVIEW, DAILY_CHECK_IN, RED_FLAGS } from '@stepdown/core';
import { useMemo, useState } from 'react';
import { checkIns } from '../api/check-ins.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { FormSubmit } from '../patient/form-submit.js';
import { HelpNow } from './help-now.js';
import { itemViews } from './items.js';
import { QuestionFields } from './question-fields.js';
import { ResultView } from './result.js';
import { useEntryForm } from './use-entry-form.js';

/** The daily diary: every item one tap or one number away, optional warning signs, then the server's result. */
export const DailyForm = ({ patientId, onSaved }: { patientId: string; onSaved: () => void }) => {
  const { t } = useI18n();
  const items = useMemo(() => itemViews(DAILY_CHECK_IN, t), [t]);
  const [redFlags, setRedFlags] = useState<readonly string[]>([]);
  const { draft, change, errors, outcome, busy, submit, reset } = useEntryForm(
    items,
    async (answers, { clientId, completedAt }) => {
      const sent = await checkIns.record(patientId, {
        clientId,
        completedAt,
        answers,
        ...(redFlags.length > 0 ? { redFlags } : {}),
      });
      const severe = redFlags.length > 0 || Number(answers.withdrawal) >= CHECK_IN_REVIEW.withdrawalAtLeast;
      return sent.queued ? { queued: true, severe } : { queued: false, scored: sent.result, answers };
    },
    onSaved,
  );

  const again = () => {
    reset();
    setRedFlags([]);
  };

  return (
    <section className="card check-in-daily" aria-labelledby="daily-heading">
      <h2 id="daily-heading">{t('checkIn.daily.heading')}</h2>
      {outcome ? (
        <ResultView outcome={outcome} level={3} onAgain={again} />
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p className="hint">{t('checkIn.daily.intro')}</p>
          <QuestionFields formId="daily" items={items} draft={draft} errors={errors.fields} onChange={change} />
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
              <HelpNow className="red-flag-now" text={t('checkIn.redFlags.now')} link={t('checkIn.severe.getHelp')} />
            ) : null}
            {errors.fields.redFlags ? (
              <p className="field-error" id="red-flags-error">
                {errors.fields.redFlags}
              </p>
            ) : null}
          </fieldset>
          <FormSubmit error={errors.form} busy={busy} label={t('checkIn.submit')} busyLabel={t('checkIn.saving')} />
        </form>
      )}
    </section>
  );
};
