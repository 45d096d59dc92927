/** Messages for the Patient screen(s). English is the reference; Spanish must have the same keys. */
export const patientEn = {
  'patient.title': 'Patient',
} as const;

export const patientEs: Readonly<Record<keyof typeof patientEn, string>> = {
  'patient.title': 'Paciente',
};
