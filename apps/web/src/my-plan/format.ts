/** Milligrams for people: `1.25` in English, `1,25` in Spanish (doses stay integer µg until here). */
export const formatMgNumber = (locale: string, ug: number): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(ug / 1000);

/** A calendar date in words, read as a date (UTC) so no time zone shifts it. */
export const formatDay = (locale: string, iso: string, options: Intl.DateTimeFormatOptions = {}): string =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...options,
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
