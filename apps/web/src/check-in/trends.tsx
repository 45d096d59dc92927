import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Entry } from '../api/check-ins.js';
import type { MessageKey } from '../i18n/en.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { QUESTIONNAIRES } from './items.js';
import { nameKey } from './questionnaires.js';

/** Stroke colours with 3:1 contrast on white; each series also has its own dash so colour is not the only cue. */
const COLOURS = ['#1d4e89', '#00695c', '#5b3a8a'];
const DASHES = [[], [8, 4], [2, 4]];

interface Series {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/** A time chart (x in seconds). It is `aria-hidden`: the table under it carries the same numbers. */
const TrendChart = ({ x, series }: { x: readonly number[]; series: readonly Series[] }) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // No 2D canvas (a test DOM, a locked-down browser): the table carries the numbers.
    if (!element || x.length === 0 || !document.createElement('canvas').getContext('2d')) return undefined;
    let chart: uPlot | undefined;
    try {
      chart = new uPlot(
        {
          width: Math.max(280, Math.min(element.clientWidth || 320, 720)),
          height: 200,
          cursor: { show: false },
          legend: { show: true },
          axes: [{ stroke: '#222' }, { stroke: '#222' }],
          series: [
            {},
            ...series.map((s, i) => ({
              label: s.label,
              stroke: COLOURS[i % COLOURS.length] ?? '#1d4e89',
              dash: DASHES[i % DASHES.length] ?? [],
              width: 3,
              spanGaps: true,
              points: { show: true, size: 7 },
            })),
          ],
        },
        [x as number[], ...series.map((s) => s.values as (number | null)[])],
        element,
      );
    } catch {
      // A chart that cannot draw must not take the screen down: the table stays.
      chart = undefined;
    }
    return () => chart?.destroy();
  }, [x, series]);
  return <div ref={box} className="trend-chart" aria-hidden="true" />;
};

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

const byTime = (entries: readonly Entry[]) => [...entries].sort((a, b) => a.completedAt.localeCompare(b.completedAt));

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
          <TrendChart x={dailyX} series={dailySeries} />
          <details>
            <summary>{t('checkIn.trends.table')}</summary>
            <div className="table-scroll">
              <table className="trend-table">
                <caption>{t('checkIn.trends.daily')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('checkIn.trends.col.date')}</th>
                    <th scope="col">{t('checkIn.trends.col.withdrawal')}</th>
                    <th scope="col">{t('checkIn.trends.col.anxiety')}</th>
                    <th scope="col">{t('checkIn.trends.col.sleep')}</th>
                  </tr>
                </thead>
                <tbody>
                  {daily.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">{day(e.completedAt)}</th>
                      <td>{num(e.answers.withdrawal)}</td>
                      <td>{num(e.answers.anxiety)}</td>
                      <td>{num(e.answers.sleepHours)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}

      <h3>{t('checkIn.trends.questionnaires')}</h3>
      {scored.length === 0 ? (
        <p>{t('checkIn.trends.none')}</p>
      ) : (
        <>
          <TrendChart x={qX} series={qSeries} />
          <details>
            <summary>{t('checkIn.trends.table')}</summary>
            <div className="table-scroll">
              <table className="trend-table">
                <caption>{t('checkIn.trends.questionnaires')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('checkIn.trends.col.date')}</th>
                    <th scope="col">{t('checkIn.trends.col.questionnaire')}</th>
                    <th scope="col">{t('checkIn.trends.col.score')}</th>
                    <th scope="col">{t('checkIn.trends.col.band')}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
};
