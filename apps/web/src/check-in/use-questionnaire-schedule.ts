import { useEffect, useState } from 'react';
import { type QuestionnaireSchedule, readQuestionnaireSchedule } from '../api/questionnaire-schedule.js';

/** Undefined while loading; null when never set or unreadable (offline, older server): the defaults apply. */
export const useQuestionnaireSchedule = (patientId: string): QuestionnaireSchedule | null | undefined => {
  // Which id the answer is for, so another patient's schedule is never shown for a moment.
  const [found, setFound] = useState<{ readonly id: string; readonly schedule: QuestionnaireSchedule | null }>();
  useEffect(() => {
    let live = true;
    readQuestionnaireSchedule(patientId).then(
      (schedule) => live && setFound({ id: patientId, schedule }),
      // The standard schedule is a safe way to keep asking when the record cannot be read.
      () => live && setFound({ id: patientId, schedule: null }),
    );
    return () => {
      live = false;
    };
  }, [patientId]);
  return found?.id === patientId ? found.schedule : undefined;
};
