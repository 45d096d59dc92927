/** Messages for the Clinic screen(s). English is the reference; Spanish must have the same keys. */
export const clinicEn = {
  'clinic.title': 'Clinic',
} as const;

export const clinicEs: Readonly<Record<keyof typeof clinicEn, string>> = {
  'clinic.title': 'Clínica',
};
