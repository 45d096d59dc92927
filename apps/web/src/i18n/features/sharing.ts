/** Messages for the Sharing and data screen(s). English is the reference; Spanish must have the same keys. */
export const sharingEn = {
  'sharing.title': 'Sharing and data',
} as const;

export const sharingEs: Readonly<Record<keyof typeof sharingEn, string>> = {
  'sharing.title': 'Compartir y datos',
};
