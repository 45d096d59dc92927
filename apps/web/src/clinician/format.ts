/** Display helpers for the clinician screens and print sheets: the numbers stay as the API gave them. */

export const formatMg = (locale: string, mg: number): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(mg);

/** A calendar date (`YYYY-MM-DD`) in words, read as a date, not an instant, so no zone can shift it. */
export const formatDate = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );

/** An instant in the reader's own zone. */
export const formatDateTime = (locale: string, instant: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );

/**
 * Today's date, `YYYY-MM-DD`, in `timeZone` (the patient's, so "the last 14 days" are their
 * days, as the server counts them), else in the browser's zone; an unknown zone falls back too.
 */
export const localToday = (timeZone?: string, now: Date = new Date()): string => {
  if (timeZone) {
    try {
      // en-CA writes dates as YYYY-MM-DD.
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    } catch {
      // RangeError: a zone this browser does not know.
    }
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export const addDaysIso = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The day of an instant, in the reader's zone. */
export const formatInstantDate = (locale: string, instant: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(instant));
