/** The local calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone; UTC if the zone is unknown. */
export const localDateOf = (instant: string, timeZone: string): string => {
  try {
    // en-CA formats dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(instant),
    );
  } catch {
    return instant.slice(0, 10);
  }
};
