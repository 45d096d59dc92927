import { dayNumber, type IsoDate } from '../dates/iso-date.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A local date as people read it, `Mon 2 Mar 2026`: calendar arithmetic only, no time zone or locale. */
export const formatLongDate = (date: IsoDate): string => {
  // 1970-01-01 was a Thursday (weekday 4).
  const weekday = WEEKDAYS[(((dayNumber(date) + 4) % 7) + 7) % 7];
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return `${weekday} ${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
};

/** `Mon 2 Mar 2026 to Sun 15 Mar 2026`, or the one date when a range is a single day. */
export const formatDateRange = (start: IsoDate, end: IsoDate): string =>
  start === end ? formatLongDate(start) : `${formatLongDate(start)} to ${formatLongDate(end)}`;
