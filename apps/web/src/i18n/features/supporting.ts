/** Messages for the People I support screen(s). English is the reference; Spanish must have the same keys. */
export const supportingEn = {
  'supporting.title': 'People I support',
} as const;

export const supportingEs: Readonly<Record<keyof typeof supportingEn, string>> = {
  'supporting.title': 'Personas a las que apoyo',
};
