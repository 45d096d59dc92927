import { useCallback, useEffect, useState } from 'react';
import { whoAmI } from '../api/client.js';
import { useSession } from '../session.js';

export type PatientLoad =
  | { readonly state: 'signed-out' }
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'not-patient' }
  | { readonly state: 'no-record' }
  | { readonly state: 'ready'; readonly patientId: string };

/**
 * The signed-in person's own patient record. Check-ins and pause requests are
 * the patient's own writes, so other roles get a short note instead.
 */
export const usePatient = (): { load: PatientLoad; retry: () => void } => {
  const { user } = useSession();
  const [load, setLoad] = useState<PatientLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (user === undefined) return undefined;
    if (user === null) {
      setLoad({ state: 'signed-out' });
      return undefined;
    }
    if (user.role !== 'patient') {
      setLoad({ state: 'not-patient' });
      return undefined;
    }
    let live = true;
    // `attempt` re-runs the request on "Try again".
    void attempt;
    setLoad({ state: 'loading' });
    whoAmI().then(
      ({ patientId }) => live && setLoad(patientId ? { state: 'ready', patientId } : { state: 'no-record' }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [user, attempt]);
  return { load, retry };
};
