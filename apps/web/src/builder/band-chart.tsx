import type { TaperPlan } from '@stepdown/core';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../i18n/i18n.js';
import type { BandData } from './compute.js';

const level = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);

/** The band's values on the first day of each step (the text alternative to the chart). */
export const bandAtSteps = (plan: TaperPlan, band: BandData) => {
  const startDay = Date.parse(`${plan.start}T00:00:00Z`);
  return plan.steps.map((step) => {
    const day = (Date.parse(`${step.start}T00:00:00Z`) - startDay) / 86_400_000;
    const i = Math.max(
      0,
      band.days.findIndex((d) => d >= day),
    );
    return { step: step.index + 1, day, p5: band.p5[i] ?? 0, p50: band.p50[i] ?? 0, p95: band.p95[i] ?? 0 };
  });
};

const BandCanvas = ({ band, dayLabel, levelLabel }: { band: BandData; dayLabel: string; levelLabel: string }) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // No 2D canvas (a test DOM): skip drawing; the caption and the table carry the same numbers.
    if (!element || !document.createElement('canvas').getContext('2d')) return;
    let chart: uPlot | undefined;
    try {
      chart = new uPlot(
        {
          width: Math.max(280, Math.min(element.clientWidth || 320, 720)),
          height: 200,
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: false } },
          axes: [
            { label: dayLabel, stroke: '#222' },
            { label: levelLabel, stroke: '#222' },
          ],
          series: [
            {},
            { stroke: '#4a4a4a', width: 1, dash: [6, 4] },
            { stroke: '#1d4e89', width: 3 },
            { stroke: '#4a4a4a', width: 1, dash: [6, 4] },
          ],
          bands: [{ series: [3, 1], fill: 'rgba(29, 78, 137, 0.15)' }],
        },
        [band.days, band.p5, band.p50, band.p95],
        element,
      );
    } catch {
      chart = undefined;
    }
    return () => chart?.destroy();
  }, [band, dayLabel, levelLabel]);
  return <div ref={box} className="dose-chart" aria-hidden="true" />;
};

/** The modelled spread of blood levels, always named a model; a caption and a table say what the chart shows. */
export const BandChart = ({ plan, band }: { plan: TaperPlan; band: BandData }) => {
  const { t, locale } = useI18n();
  const rows = bandAtSteps(plan, band);
  const first = rows[0];
  const last = band.p50.length - 1;
  return (
    <figure className="chart band-chart">
      <BandCanvas band={band} dayLabel={t('plan.col.days')} levelLabel={t('patientPlan.band.unit')} />
      <figcaption>
        {t('patientPlan.band.caption', {
          people: band.subjects,
          drug: band.drug,
          start: level(locale, first?.p50 ?? 0),
          low: level(locale, first?.p5 ?? 0),
          high: level(locale, first?.p95 ?? 0),
          end: level(locale, band.p50[last] ?? 0),
        })}
      </figcaption>
      <details>
        <summary>{t('patientPlan.band.tableSummary')}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
        <section className="table-scroll" aria-label={t('patientPlan.band.table')} tabIndex={0}>
          <table className="plan-table band-table">
            <caption>{t('patientPlan.band.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.col.step')}</th>
                <th scope="col">{t('patientPlan.band.day')}</th>
                <th scope="col">{t('patientPlan.band.p5')}</th>
                <th scope="col">{t('patientPlan.band.p50')}</th>
                <th scope="col">{t('patientPlan.band.p95')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.step}>
                  <th scope="row">{row.step}</th>
                  <td>{row.day + 1}</td>
                  <td>{level(locale, row.p5)}</td>
                  <td>{level(locale, row.p50)}</td>
                  <td>{level(locale, row.p95)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </figure>
  );
};
