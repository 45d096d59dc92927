import { type ReactNode, useMemo } from 'react';
import type { Entry } from '../api/check-ins.js';
import { TrendChart } from '../components/trend-chart.js';
import type { MessageKey } from '../i18n/en.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { QUESTIONNAIRES } from './items.js';
import { nameKey } from './questionnaires.js';

/** The daily ratings are 0–10: a fixed scale keeps a calm week from looking like a storm. */
const RATING_RANGE = [0, 10] as const;

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

const byTime = (entries: readonly Entry[]) => [...entries].sort((a, b) => a.completedAt.localeCompare(b.completedAt));

/** The numbers of a chart as a table, folded away under "Show the numbers as a table". */
const TrendTable = ({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) => {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t('checkIn.trends.table')}</summary>
      <div className="table-scroll">
        <table className="trend-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  );
};

/** The daily withdrawal and anxiety ratings, and the questionnaire totals, over time; each chart with its table. */
export const Trends = ({ checkIns, responses }: { checkIns: readonly Entry[]; responses: readonly Entry[] }) => {
  const { t, locale } = useI18n();
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
  const num = (value: unknown) => (typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : '—');

  // Memoised so the charts are drawn again only when the data or the language change.
  const { daily, dailyX, dailySeries, scored, qX, qSeries } = useMemo(() => {
    const daily = byTime(checkIns);
    const rating = (e: Entry, id: string) => (typeof e.answers[id] === 'number' ? (e.answers[id] as number) : null);
    const known = new Set<string>(QUESTIONNAIRES.map((q) => q.instrument.id));
    const scored = byTime(responses).filter((r) => known.has(r.instrumentId) && r.total !== null);
    return {
      daily,
      dailyX: daily.map((e) => seconds(e.completedAt)),
      dailySeries: [
        { label: t('checkIn.trends.withdrawal'), values: daily.map((e) => rating(e, 'withdrawal')) },
        { label: t('checkIn.trends.anxiety'), values: daily.map((e) => rating(e, 'anxiety')) },
      ],
      scored,
      qX: scored.map((r) => seconds(r.completedAt)),
      qSeries: QUESTIONNAIRES.filter((q) => scored.some((r) => r.instrumentId === q.instrument.id)).map((q) => ({
        label: t(nameKey(q.instrument.id)),
        values: scored.map((r) => (r.instrumentId === q.instrument.id ? r.total : null)),
      })),
    };
  }, [checkIns, responses, t]);
  const latest = daily.at(-1)?.answers.withdrawal;
  const maxOf = (id: string) => QUESTIONNAIRES.find((q) => q.instrument.id === id)?.instrument.range?.max ?? 0;
  const dailyColumns = ['date', 'withdrawal', 'anxiety', 'sleep'] as const;
  const qColumns = ['date', 'questionnaire', 'score', 'band'] as const;

  return (
    <section className="card trends" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('checkIn.trends.heading')}</h2>
      <p className="hint">{t('checkIn.trends.intro')}</p>

      <h3>{t('checkIn.trends.daily')}</h3>
      {daily.length === 0 ? (
        <p>{t('checkIn.trends.none')}</p>
      ) : (
        <>
          <p>{t('checkIn.trends.dailySummary', { count: daily.length, value: num(latest) })}</p>
          <TrendChart x={dailyX} series={dailySeries} locale={locale} yRange={RATING_RANGE} />
          <TrendTable caption={t('checkIn.trends.daily')} columns={dailyColumns.map((c) => t(`checkIn.trends.col.${c}`))}>
            {daily.map((e) => (
              <tr key={e.id}>
                <th scope="row">{day(e.completedAt)}</th>
                <td>{num(e.answers.withdrawal)}</td>
                <td>{num(e.answers.anxiety)}</td>
                <td>{num(e.answers.sleepHours)}</td>
              </tr>
            ))}
          </TrendTable>
        </>
      )}

      <h3>{t('checkIn.trends.questionnaires')}</h3>
      {scored.length === 0 ? (
        <p>{t('checkIn.trends.none')}</p>
      ) : (
        <>
          <TrendChart x={qX} series={qSeries} locale={locale} />
          <TrendTable caption={t('checkIn.trends.questionnaires')} columns={qColumns.map((c) => t(`checkIn.trends.col.${c}`))}>
            {scored.map((r) => {
              const bandKey = `checkIn.band.${r.band ?? ''}`;
              return (
                <tr key={r.id}>
                  <th scope="row">{day(r.completedAt)}</th>
                  <td>{t(nameKey(r.instrumentId))}</td>
                  <td>{t('checkIn.trends.scoreOf', { total: num(r.total), max: maxOf(r.instrumentId) })}</td>
                  <td>{isMessageKey(bandKey) ? t(bandKey as MessageKey) : t('checkIn.trends.noBand')}</td>
                </tr>
              );
            })}
          </TrendTable>
        </>
      )}
    </section>
  );
};
