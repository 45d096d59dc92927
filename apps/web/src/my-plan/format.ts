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

/** A short date for a table cell: "Dec 6", with the year only when it is not `thisYear` ("Jan 2, 2027"). */
export const formatShortDay = (locale: string, iso: string, thisYear: string): string =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(iso.startsWith(thisYear) ? {} : { year: 'numeric' as const }),
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
