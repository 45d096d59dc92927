import type { Entry } from '../api/clinician.js';
import type { TrendSeries } from '../components/trend-chart.js';

/** The 0–10 ratings charted, in this order (the shared chart gives each its colour and dash). */
const ITEMS = ['withdrawal', 'anxiety', 'sleepQuality'] as const;

export type TrendItem = (typeof ITEMS)[number];

/** Oldest first, one point per check-in: x in Unix seconds, y the rating (null when not answered). */
export const trendData = (entries: readonly Entry[]): [number[], ...(number | null)[][]] => {
  const sorted = entries.toSorted((a, b) => (a.completedAt < b.completedAt ? -1 : a.completedAt > b.completedAt ? 1 : 0));
  const x = sorted.map((e) => Math.floor(Date.parse(e.completedAt) / 1000));
  const ys = ITEMS.map((item) =>
    sorted.map((e) => {
      const value = (e.answers as Record<string, unknown> | null)?.[item];
      return typeof value === 'number' ? value : null;
    }),
  );
  return [x, ...ys];
};

/** The check-in ratings as the shared trend chart takes them, each line named in the reader's language. */
export const ratingTrend = (
  entries: readonly Entry[],
  labels: Readonly<Record<TrendItem, string>>,
): { readonly x: number[]; readonly series: TrendSeries[] } => {
  const [x, ...ys] = trendData(entries);
  return { x, series: ITEMS.map((item, i) => ({ label: labels[item], values: ys[i] ?? [] })) };
};
