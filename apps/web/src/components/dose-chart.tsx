import type { TaperPlan } from '@stepdown/core';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One series per drug (a switch to diazepam has two); stroke colours pass 3:1 contrast on white. */
const COLOURS = ['#1d4e89', '#00695c', '#5b3a8a'];

/**
 * Daily total per drug, as a step line over the plan's days (x = day number from the start).
 * Values are in mg for display only; the plan itself stays in integer micrograms.
 */
export const chartData = (plan: TaperPlan): { drugs: string[]; data: [number[], ...number[][]] } => {
  const drugs = [...new Set(plan.steps.flatMap((step) => step.dailyTotals.map((total) => total.drug)))];
  const x: number[] = [];
  const series = drugs.map(() => [] as number[]);
  const startDay = Date.parse(`${plan.start}T00:00:00Z`);
  for (const step of plan.steps) {
    x.push((Date.parse(`${step.start}T00:00:00Z`) - startDay) / 86_400_000);
    drugs.forEach((drug, i) => {
      const total = step.dailyTotals.find((d) => d.drug === drug);
      series[i]?.push((total?.amountUg ?? 0) / 1000);
    });
  }
  // Close the last step so its length shows.
  x.push(plan.totalDays);
  for (const values of series) values.push(values[values.length - 1] ?? 0);
  return { drugs, data: [x, ...series] };
};

export const DoseChart = ({ plan, dayLabel, mgLabel }: { plan: TaperPlan; dayLabel: string; mgLabel: string }) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // No 2D canvas (a test DOM, a locked-down browser): skip drawing; the step table carries the same numbers.
    if (!element || !document.createElement('canvas').getContext('2d')) return;
    const { drugs, data } = chartData(plan);
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
  }, [plan, dayLabel, mgLabel]);
  return <div ref={box} className="dose-chart" aria-hidden="true" />;
};
