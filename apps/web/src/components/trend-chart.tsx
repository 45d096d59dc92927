import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Stroke colours with 3:1 contrast on white; each line also has its own dash, so colour is not the only cue. */
const COLOURS = ['#1d4e89', '#00695c', '#5b3a8a'];
const DASHES = [[], [8, 4], [2, 4]];

export interface TrendSeries {
  readonly label: string;
  /** One value per x; null where nothing was answered (the line spans the gap). */
  readonly values: readonly (number | null)[];
}

/**
 * Values over time (x in Unix seconds), one line per series with a legend.
 * It is `aria-hidden`: the caller shows a table with the same numbers next to it.
 * Memoise `x` and `series`: the chart is drawn again whenever they change.
 */
export const TrendChart = ({
  x,
  series,
  locale,
  yRange,
  yLabel,
}: {
  x: readonly number[];
  series: readonly TrendSeries[];
  locale: string;
  /** A fixed scale (e.g. 0–10 ratings); by default it follows the data. */
  yRange?: readonly [number, number] | undefined;
  yLabel?: string | undefined;
}) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // One point is not a trend; no 2D canvas (a test DOM, a locked-down browser): the table carries the numbers.
    if (!element || x.length < 2 || !document.createElement('canvas').getContext('2d')) return undefined;
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    let chart: uPlot | undefined;
    try {
      chart = new uPlot(
        {
          width: Math.max(280, Math.min(element.clientWidth || 320, 720)),
          height: 200,
          cursor: { show: false },
          legend: { live: false },
          scales: { x: { time: true }, ...(yRange ? { y: { range: [yRange[0], yRange[1]] } } : {}) },
          axes: [
            { stroke: '#222', values: (_u, splits) => splits.map((s) => day.format(new Date(s * 1000))) },
            { stroke: '#222', ...(yLabel ? { label: yLabel } : {}) },
          ],
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
  }, [x, series, locale, yRange, yLabel]);
  return <div ref={box} className="trend-chart" aria-hidden="true" />;
};
