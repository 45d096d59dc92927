import { addDays, daysBetween, type IsoDate, type TaperPlan } from '@stepdown/core';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { formatMgNumber } from './format.js';
import { stepOn, stepStartingOn, stepTotalUg } from './plan-position.js';

interface Month {
  readonly year: number;
  readonly month: number;
}

const monthOf = (iso: string): Month => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) - 1 });
const monthIndex = (m: Month) => m.year * 12 + m.month;
const fromIndex = (i: number): Month => ({ year: Math.floor(i / 12), month: i % 12 });
const isoOf = (year: number, month: number, day: number): IsoDate =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;

/** Weeks start on Sunday in US English, on Monday in Spanish. */
const firstWeekday = (locale: string): number => (locale.startsWith('en') ? 0 : 1);

/** The weeks of a month as rows of 7 dates (null = padding outside the month). */
export const monthWeeks = (m: Month, weekStart: number): (IsoDate | null)[][] => {
  const first = isoOf(m.year, m.month, 1);
  const daysInMonth = new Date(Date.UTC(m.year, m.month + 1, 0)).getUTCDate();
  const weekday = new Date(`${first}T00:00:00Z`).getUTCDay();
  const lead = (weekday - weekStart + 7) % 7;
  const cells: (IsoDate | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: daysInMonth }, (_, i) => addDays(first, i)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
};

/**
 * A month of the plan as a table grid: step changes and today are marked in
 * words (and shape), with the day's total dose. Plain table navigation works
 * for screen readers; the month buttons are ordinary buttons.
 */
export const MonthCalendar = ({ plan, today }: { plan: TaperPlan; today: IsoDate }) => {
  const { t, locale } = useI18n();
  const min = monthIndex(monthOf(plan.start));
  const max = monthIndex(monthOf(plan.end));
  const [shown, setShown] = useState(() => Math.min(max, Math.max(min, monthIndex(monthOf(today)))));
  const [announcement, setAnnouncement] = useState('');
  const month = fromIndex(shown);
  const start = firstWeekday(locale);
  const weekdays = Array.from({ length: 7 }, (_, i) => {
    // 2023-01-01 was a Sunday.
    const date = new Date(Date.UTC(2023, 0, 1 + ((start + i) % 7)));
    return {
      long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date),
      short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date),
    };
  });
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(month.year, month.month, 1)),
  );
  const move = (by: number) => {
    const next = shown + by;
    setShown(next);
    const m = fromIndex(next);
    setAnnouncement(
      new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(m.year, m.month, 1)),
      ),
    );
  };
  return (
    <div className="month-calendar">
      <div className="calendar-nav">
        <button type="button" disabled={shown <= min} onClick={() => move(-1)}>
          {t('myPlan.calendar.previous')}
        </button>
        <button type="button" disabled={shown >= max} onClick={() => move(1)}>
          {t('myPlan.calendar.next')}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <table className="calendar-grid">
        <caption className="calendar-title">{title}</caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day.long} scope="col" abbr={day.long}>
                <span aria-hidden="true">{day.short}</span>
                <span className="visually-hidden">{day.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month, start).map((week) => (
            <tr key={week.find(Boolean) ?? 'empty'}>
              {week.map((date, i) => {
                if (!date) return <td key={`pad-${weekdays[i]?.long ?? i}`} className="calendar-pad" />;
                const step = stepOn(plan, date);
                const starts = stepStartingOn(plan, date);
                const isToday = date === today;
                const inPlan = step !== undefined && daysBetween(plan.start, date) >= 0;
                const classes = ['calendar-day', starts ? 'step-start' : '', isToday ? 'is-today' : '', inPlan ? 'in-plan' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={date} className={classes} {...(isToday ? { 'aria-current': 'date' as const } : {})}>
                    <span className="day-number">{Number(date.slice(8))}</span>
                    {isToday ? <span className="day-mark today-mark">{t('myPlan.calendar.today')}</span> : null}
                    {starts ? (
                      <span className="day-mark step-mark">{t('myPlan.calendar.stepStarts', { number: starts.index + 1 })}</span>
                    ) : null}
                    {step ? (
                      <span className="day-dose">{t('myPlan.mg', { amount: formatMgNumber(locale, stepTotalUg(step)) })}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
