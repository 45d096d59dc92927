/** Messages for the Print screen(s). English is the reference; Spanish must have the same keys. */
export const printEn = {
  'print.title': 'Print',
} as const;

export const printEs: Readonly<Record<keyof typeof printEn, string>> = {
  'print.title': 'Imprimir',
};
