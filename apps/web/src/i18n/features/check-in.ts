/** Messages for the Check-in screen(s). English is the reference; Spanish must have the same keys. */
export const checkInEn = {
  'checkIn.title': 'Check-in',
} as const;

export const checkInEs: Readonly<Record<keyof typeof checkInEn, string>> = {
  'checkIn.title': 'Registro diario',
};
