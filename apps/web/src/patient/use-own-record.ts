import { useCallback, useEffect, useState } from 'react';
import { whoAmI } from '../api/client.js';
import { useSession } from '../session.js';

export type OwnRecord =
  | { readonly state: 'signed-out' }
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'not-patient' }
  | { readonly state: 'no-record' }
  | { readonly state: 'ready'; readonly patientId: string; readonly userId: string };

export type OwnRecordReady = Extract<OwnRecord, { state: 'ready' }>;

/**
 * The signed-in person's own patient record (GET /api/auth/me gives its id).
 * The patient screens are the patient's own reads and writes, so other roles
 * are told so without a request; `retry` asks again after a failure.
 */
export const useOwnRecord = (): { readonly record: OwnRecord; readonly retry: () => void } => {
  const { user } = useSession();
  const [record, setRecord] = useState<OwnRecord>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    // The session is still being read: keep "loading".
    if (user === undefined) return undefined;
    if (user === null) {
      setRecord({ state: 'signed-out' });
      return undefined;
    }
    if (user.role !== 'patient') {
      setRecord({ state: 'not-patient' });
      return undefined;
    }
    let live = true;
    // `attempt` re-runs the request on "Try again".
    void attempt;
    setRecord({ state: 'loading' });
    whoAmI().then(
      ({ patientId }) => live && setRecord(patientId ? { state: 'ready', patientId, userId: user.id } : { state: 'no-record' }),
      () => live && setRecord({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [user, attempt]);
  return { record, retry };
};
