import { type FormEvent, useCallback, useState } from 'react';
import type { Answers } from '../api/check-ins.js';
import { useI18n } from '../i18n/i18n.js';
import { type Draft, type ItemView, toAnswers, validate } from './items.js';
import type { Outcome } from './result.js';
import { type SaveErrors, saveErrors, useSave } from './use-save.js';

type Send = (answers: Answers, ids: { clientId: string; completedAt: string }) => Promise<Outcome>;

/**
 * One check-in or questionnaire form: what is typed, the mistakes found before
 * sending (each next to its question), the save (one client id per entry) and
 * its outcome. A failed save keeps every answer.
 */
export const useEntryForm = (items: readonly ItemView[], send: Send, onSaved: () => void) => {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>({});
  const [errors, setErrors] = useState<SaveErrors>({ fields: {} });
  const [outcome, setOutcome] = useState<Outcome>();
  const { busy, save } = useSave();
  const change = useCallback((id: string, value: string) => setDraft((d) => ({ ...d, [id]: value })), []);

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
      const result = await save((ids) => send(answers, ids));
      if (!result) return;
      setOutcome(result);
      onSaved();
    } catch (error) {
      setErrors(saveErrors(t, error));
    }
  };

  /** Ready for a new entry. */
  const reset = () => {
    setDraft({});
    setOutcome(undefined);
  };

  return { draft, change, errors, outcome, busy, submit, reset };
};
