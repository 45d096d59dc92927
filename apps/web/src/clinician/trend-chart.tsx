import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Entry } from '../api/clinician.js';

/** The 0–10 ratings charted; colours pass 3:1 on white and each line has its own dash, so colour is not the only cue. */
const SERIES = [
  { item: 'withdrawal', stroke: '#1d4e89', dash: [] as number[] },
  { item: 'anxiety', stroke: '#00695c', dash: [8, 4] },
  { item: 'sleepQuality', stroke: '#5b3a8a', dash: [2, 3] },
] as const;

export type TrendItem = (typeof SERIES)[number]['item'];

/** Oldest first, one point per check-in: x in Unix seconds, y the rating (null when not answered). */
export const trendData = (entries: readonly Entry[]): [number[], ...(number | null)[][]] => {
  const sorted = entries.toSorted((a, b) => (a.completedAt < b.completedAt ? -1 : a.completedAt > b.completedAt ? 1 : 0));
  const x = sorted.map((e) => Math.floor(Date.parse(e.completedAt) / 1000));
  const ys = SERIES.map(({ item }) =>
    sorted.map((e) => {
      const value = (e.answers as Record<string, unknown> | null)?.[item];
      return typeof value === 'number' ? value : null;
    }),
  );
  return [x, ...ys];
};

/**
 * Check-in ratings over time. Decorative for assistive technology (`aria-hidden`):
 * the check-in table next to it carries the same numbers.
 */
export const TrendChart = ({
  entries,
  locale,
  labels,
}: {
  entries: readonly Entry[];
  locale: string;
  labels: Readonly<Record<TrendItem | 'axis', string>>;
}) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // No 2D canvas (a test DOM, a locked-down browser): skip drawing; the table stays.
    if (!element || entries.length < 2 || !document.createElement('canvas').getContext('2d')) return;
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    let chart: uPlot | undefined;
    try {
      chart = new uPlot(
        {
          width: Math.max(280, Math.min(element.clientWidth || 320, 720)),
          height: 200,
          cursor: { show: false },
          legend: { live: false },
          scales: { x: { time: true }, y: { range: [0, 10] } },
          axes: [
            { stroke: '#222', values: (_u, splits) => splits.map((s) => day.format(new Date(s * 1000))) },
            { label: labels.axis, stroke: '#222' },
          ],
          series: [
            {},
            ...SERIES.map(({ item, stroke, dash }) => ({
              label: labels[item],
              stroke,
              dash: [...dash],
              width: 3,
              spanGaps: true,
              points: { show: true, size: 6 },
            })),
          ],
        },
        trendData(entries),
        element,
      );
    } catch {
      // A chart that cannot draw must not take the section with it.
      chart = undefined;
    }
    return () => chart?.destroy();
  }, [entries, locale, labels]);
  return <div ref={box} className="trend-chart" aria-hidden="true" />;
};
