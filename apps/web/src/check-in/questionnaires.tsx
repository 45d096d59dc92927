import { BWSQ, type Instrument, PHQ9 } from '@stepdown/core';
import { useMemo, useState } from 'react';
import { checkIns, type Entry } from '../api/check-ins.js';
import { InlineError } from '../components/inline-error.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { HelpNow } from './help-now.js';
import { isDue, itemViews, lastDone, scheduledQuestionnaires } from './items.js';
import { QuestionFields } from './question-fields.js';
import { ResultView } from './result.js';
import { useEntryForm } from './use-entry-form.js';
import { useQuestionnaireSchedule } from './use-questionnaire-schedule.js';

export const nameKey = (id: string) => `checkIn.q.${id}.name` as MessageKey;

const QuestionnaireForm = ({
  instrument,
  patientId,
  onSaved,
  onClose,
}: {
  instrument: Instrument;
  patientId: string;
  onSaved: () => void;
  onClose: () => void;
}) => {
  const { t } = useI18n();
  const items = useMemo(() => itemViews(instrument, t), [instrument, t]);
  const { draft, change, errors, outcome, busy, submit, reset } = useEntryForm(
    items,
    async (answers, { clientId, completedAt }) => {
      const sent = await checkIns.respond(patientId, { clientId, instrumentId: instrument.id, completedAt, answers });
      // PHQ-9 item 9 or BWSQ item 17 (hallucinations) above 0 call for help even before the server sees them.
      const severe = Number(answers.q9 ?? 0) > 0 && instrument.id === PHQ9.id;
      const hallucinations = Number(answers.q17 ?? 0) > 0 && instrument.id === BWSQ.id;
      return sent.queued ? { queued: true, severe: severe || hallucinations } : { queued: false, scored: sent.result, answers };
    },
    onSaved,
  );
  const name = t(nameKey(instrument.id));

  if (outcome)
    return (
      <ResultView
        outcome={outcome}
        range={instrument.range}
        level={4}
        onAgain={() => {
          reset();
          onClose();
        }}
      />
    );
  const suicideItem = instrument.id === PHQ9.id && Number(draft.q9 ?? 0) > 0;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>{t(`checkIn.q.${instrument.id}.intro` as MessageKey)}</p>
      <p className="hint">{t(instrument.wording === 'official' ? 'checkIn.q.officialWording' : 'checkIn.q.ownWording')}</p>
      <QuestionFields formId={instrument.id} items={items} draft={draft} errors={errors.fields} onChange={change} />
      {suicideItem ? (
        <HelpNow className="card-danger crisis-notice" text={t('checkIn.q.crisis')} link={t('checkIn.q.crisisLink')} />
      ) : null}
      <InlineError message={errors.form} />
      <div className="check-in-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('checkIn.saving') : t('checkIn.q.submit', { name })}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('checkIn.q.close')}
        </button>
      </div>
    </form>
  );
};

const formatDay = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

/**
 * The BWSQ, PHQ-9 and GAD-7 at the cadence the care team set (`patient.questionnaireSchedule`;
 * 0 hides one), else weekly and every two weeks; each with whether it is due, and its own form.
 */
export const Questionnaires = ({
  patientId,
  responses,
  onSaved,
  now = new Date(),
}: {
  patientId: string;
  responses: readonly Entry[];
  onSaved: () => void;
  now?: Date;
}) => {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<string>();
  const schedule = useQuestionnaireSchedule(patientId);
  const rows =
    schedule === undefined
      ? []
      : scheduledQuestionnaires(schedule).map(({ instrument, everyDays, setByCareTeam }) => {
          const last = lastDone(responses, instrument.id);
          return { instrument, everyDays, setByCareTeam, last, due: isDue(last, everyDays, now) };
        });
  const cadence = (everyDays: number, setByCareTeam: boolean) =>
    !setByCareTeam
      ? t('checkIn.q.every', { days: everyDays })
      : everyDays === 1
        ? t('qSchedule.patient.everyDay')
        : t('qSchedule.patient.every', { days: everyDays });
  return (
    <section className="card" aria-labelledby="questionnaires-heading">
      <h2 id="questionnaires-heading">{t('checkIn.q.heading')}</h2>
      {schedule === undefined ? <p aria-live="polite">{t('checkIn.loading')}</p> : null}
      {schedule !== undefined && rows.length === 0 ? <p>{t('qSchedule.patient.none')}</p> : null}
      {/* A stable order: a list that re-sorted after a save would move the result away from the person's focus. */}
      {rows.length === 0 ? null : (
        <ul className="q-list">
          {rows.map(({ instrument, everyDays, setByCareTeam, last, due }) => {
            const name = t(nameKey(instrument.id));
            const headingId = `q-${instrument.id}-heading`;
            return (
              <li key={instrument.id} className={due ? 'q-item due' : 'q-item'} aria-labelledby={headingId}>
                <h3 id={headingId}>{name}</h3>
                <p className="q-status">
                  <strong>{t(due ? 'checkIn.q.dueNow' : 'checkIn.q.notDue')}</strong>{' '}
                  {last ? t('checkIn.q.last', { date: formatDay(locale, last) }) : t('checkIn.q.never')}{' '}
                  {cadence(everyDays, setByCareTeam)}
                </p>
                {open === instrument.id ? (
                  <QuestionnaireForm
                    instrument={instrument}
                    patientId={patientId}
                    onSaved={onSaved}
                    onClose={() => setOpen(undefined)}
                  />
                ) : (
                  <button type="button" className={due ? 'primary' : 'secondary'} onClick={() => setOpen(instrument.id)}>
                    {t('checkIn.q.open', { name })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
