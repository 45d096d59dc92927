/** Messages for the Patients screen(s). English is the reference; Spanish must have the same keys. */
export const rosterEn = {
  'roster.title': 'Patients',
} as const;

export const rosterEs: Readonly<Record<keyof typeof rosterEn, string>> = {
  'roster.title': 'Pacientes',
};
