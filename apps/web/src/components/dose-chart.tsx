import type { TaperPlan } from '@stepdown/core';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartData, chartData } from '../builder/chart-data.js';

/** One series per drug (a switch to diazepam has two); stroke colours pass 3:1 contrast on white. */
const COLOURS = ['#1d4e89', '#00695c', '#5b3a8a'];

// Pure data for the chart lives in the builder (no uPlot), so the per-update computation can use it; kept exported here.
export { chartData } from '../builder/chart-data.js';

export const DoseChart = ({
  plan,
  dayLabel,
  mgLabel,
  data: given,
}: {
  plan: TaperPlan;
  dayLabel: string;
  mgLabel: string;
  /** Already computed with the plan (builder/compute.ts); computed here when absent. */
  data?: ChartData | undefined;
}) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // No 2D canvas (a test DOM, a locked-down browser): skip drawing; the step table carries the same numbers.
    if (!element || !document.createElement('canvas').getContext('2d')) return;
    const { drugs, data } = given ?? chartData(plan);
    let chart: uPlot | undefined;
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    try {
      chart = new uPlot(
        {
          width: Math.max(280, Math.min(element.clientWidth || 320, 720)),
          height: 220,
          legend: { show: drugs.length > 1 },
          cursor: { show: false },
          scales: { x: { time: false } },
          axes: [
            { label: dayLabel, stroke: '#222' },
            { label: mgLabel, stroke: '#222' },
          ],
          series: [
            {},
            ...drugs.map((drug, i) => ({
              label: drug,
              stroke: COLOURS[i % COLOURS.length] ?? '#1d4e89',
              width: 3,
              ...(stepped ? { paths: stepped } : {}),
            })),
          ],
        },
        data,
        element,
      );
    } catch {
      // A chart that cannot draw must not take the plan down with it: the table stays.
      chart = undefined;
    }
    return () => chart?.destroy();
  }, [plan, given, dayLabel, mgLabel]);
  return <div ref={box} className="dose-chart" aria-hidden="true" />;
};
