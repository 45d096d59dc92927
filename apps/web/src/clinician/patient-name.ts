import { useEffect, useState } from 'react';
import { clinician } from '../api/clinician.js';

export interface PatientName {
  readonly settled: boolean;
  readonly name?: string | undefined;
}

/**
 * A clinician's patient's name, from the roster: the record itself (GET /patients/:id)
 * carries no name. Without an id (a patient's own sheet) there is nothing to look up.
 */
export const usePatientName = (patientId: string | undefined): PatientName => {
  // Which id the answer is for, so a new id is "not settled" from its very first render.
  const [found, setFound] = useState<{ readonly id: string; readonly name?: string | undefined }>();
  useEffect(() => {
    if (patientId === undefined) return undefined;
    let live = true;
    clinician.roster().then(
      (roster) => live && setFound({ id: patientId, name: roster.patients.find((p) => p.patientId === patientId)?.displayName }),
      () => live && setFound({ id: patientId }),
    );
    return () => {
      live = false;
    };
  }, [patientId]);
  if (patientId === undefined) return { settled: true };
  return found?.id === patientId ? { settled: true, name: found.name } : { settled: false };
};
