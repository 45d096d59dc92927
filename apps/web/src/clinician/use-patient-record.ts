import { useEffect, useState } from 'react';
import { clinician } from '../api/clinician.js';

export interface PatientRecordFacts {
  /** False until the answer (or its failure) for this id is in. */
  readonly settled: boolean;
  readonly name?: string | undefined;
  /** The patient's zone, for "today" and the date windows; undefined when unknown. */
  readonly timeZone?: string | undefined;
}

/**
 * A clinician's patient's name and time zone, from the record itself (GET /patients/:id).
 * Without an id (a patient's own sheet) there is nothing to look up. A failure settles
 * without a name: each section then shows its own load error.
 */
export const usePatientRecord = (patientId: string | undefined): PatientRecordFacts => {
  // Which id the answer is for, so a new id is "not settled" from its very first render.
  const [found, setFound] = useState<{ readonly id: string; readonly name?: string; readonly timeZone?: string }>();
  useEffect(() => {
    if (patientId === undefined) return undefined;
    let live = true;
    clinician.patient(patientId).then(
      (patient) =>
        live &&
        setFound({
          id: patientId,
          ...(patient?.displayName ? { name: patient.displayName } : {}),
          ...(patient?.timeZone ? { timeZone: patient.timeZone } : {}),
        }),
      () => live && setFound({ id: patientId }),
    );
    return () => {
      live = false;
    };
  }, [patientId]);
  if (patientId === undefined) return { settled: true };
  return found?.id === patientId ? { settled: true, name: found.name, timeZone: found.timeZone } : { settled: false };
};
