import type { TaperPlan } from '@stepdown/core';

export interface ChartData {
  readonly drugs: string[];
  readonly data: [number[], ...number[][]];
}

/**
 * Daily total per drug, as a step line over the plan's days (x = day number from the start).
 * Values are in mg for display only; the plan itself stays in integer micrograms.
 * Pure (no uPlot), so the per-update computation and its benchmark can use it.
 */
export const chartData = (plan: TaperPlan): ChartData => {
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
