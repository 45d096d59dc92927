/** Messages for the Ask for a pause screen(s). English is the reference; Spanish must have the same keys. */
export const pauseEn = {
  'pause.title': 'Ask for a pause',
} as const;

export const pauseEs: Readonly<Record<keyof typeof pauseEn, string>> = {
  'pause.title': 'Pedir una pausa',
};
