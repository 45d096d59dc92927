import type { TaperPlan } from '@stepdown/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../i18n/i18n.js';
import { formatDay, formatMgNumber } from './format.js';
import { type LevelModel, modelLevels } from './level-model.js';

const DOSE_COLOUR = '#1d4e89';
const LEVEL_COLOUR = '#00695c';
const BAND_FILL = 'rgba(0, 105, 92, 0.18)';

type State =
  | { readonly state: 'computing' }
  | { readonly state: 'unavailable' }
  | { readonly state: 'ready'; readonly model: LevelModel };

const Drawing = ({
  model,
  labels,
}: {
  model: LevelModel;
  labels: Record<'day' | 'dose' | 'level' | 'p5' | 'p50' | 'p95', string>;
}) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // No 2D canvas (a test DOM, a locked-down browser): the table below carries the same numbers.
    if (!element || !document.createElement('canvas').getContext('2d')) return;
    let chart: uPlot | undefined;
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    try {
      chart = new uPlot(
        {
          width: Math.max(280, Math.min(element.clientWidth || 320, 720)),
          height: 260,
          cursor: { show: false },
          legend: { show: true, live: false },
          scales: { x: { time: false }, mg: { range: (_u, _min, max) => [0, Math.max(max, 0.001) * 1.1] }, ng: {} },
          axes: [
            { label: labels.day, stroke: '#222' },
            { label: labels.dose, stroke: DOSE_COLOUR, scale: 'mg' },
            { label: labels.level, stroke: LEVEL_COLOUR, scale: 'ng', side: 1, grid: { show: false } },
          ],
          series: [
            {},
            { label: labels.dose, scale: 'mg', stroke: DOSE_COLOUR, width: 3, ...(stepped ? { paths: stepped } : {}) },
            { label: labels.p5, scale: 'ng', stroke: BAND_FILL, width: 1 },
            { label: labels.p50, scale: 'ng', stroke: LEVEL_COLOUR, width: 2, dash: [6, 4] },
            { label: labels.p95, scale: 'ng', stroke: BAND_FILL, width: 1 },
          ],
          bands: [{ series: [4, 2], fill: BAND_FILL }],
        },
        [model.x, model.doseMg, model.p5, model.p50, model.p95],
        element,
      );
    } catch {
      // A chart that cannot draw must not take the plan down with it: the table stays.
      chart = undefined;
    }
    return () => chart?.destroy();
  }, [model, labels]);
  return <div ref={box} className="dose-chart level-chart" aria-hidden="true" />;
};

/**
 * The daily dose with a model of the medicine level (typical line and the
 * band most people fall in). Computed after the screen shows, so the plan
 * itself never waits for the model; a table carries the same numbers.
 */
export const LevelChart = ({ plan, weightKg }: { plan: TaperPlan; weightKg: number | null | undefined }) => {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ state: 'computing' });
  useEffect(() => {
    setState({ state: 'computing' });
    const timer = setTimeout(() => {
      const model = modelLevels(plan, weightKg);
      setState(model ? { state: 'ready', model } : { state: 'unavailable' });
    }, 0);
    return () => clearTimeout(timer);
  }, [plan, weightKg]);

  // Stable between renders, so the chart is drawn once per model and language.
  const labels = useMemo(
    () => ({
      day: t('myPlan.chart.day'),
      dose: t('myPlan.chart.dose'),
      level: t('myPlan.chart.level'),
      p5: t('myPlan.chart.p5'),
      p50: t('myPlan.chart.p50'),
      p95: t('myPlan.chart.p95'),
    }),
    [t],
  );
  const ng = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <figure className="chart level-figure">
      <figcaption>
        <strong>{t('myPlan.chart.model')}</strong> {t('myPlan.chart.caption')}
        {state.state === 'ready' ? (
          <>
            {' '}
            {state.model.assumedWeight
              ? t('myPlan.chart.weightDefault', { kg: state.model.weightKg })
              : t('myPlan.chart.weight', { kg: state.model.weightKg })}
          </>
        ) : null}
      </figcaption>
      {state.state === 'computing' ? <p aria-live="polite">{t('myPlan.chart.computing')}</p> : null}
      {state.state === 'unavailable' ? <p>{t('myPlan.chart.unavailable')}</p> : null}
      {state.state === 'ready' ? (
        <>
          <Drawing model={state.model} labels={labels} />
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a sideways-scrolling region must be reachable by keyboard. */}
          <section className="table-scroll" aria-labelledby="levels-caption" tabIndex={0}>
            <table className="plan-table my-plan-table">
              <caption id="levels-caption">{t('myPlan.chart.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myPlan.table.step')}</th>
                  {/* The dates are in the steps table above: on a phone this column is left out. */}
                  <th scope="col" className="wide-only">
                    {t('myPlan.chart.lastDay')}
                  </th>
                  <th scope="col">{t('myPlan.table.daily')}</th>
                  <th scope="col">{t('myPlan.chart.p50')}</th>
                  <th scope="col">{t('myPlan.chart.range')}</th>
                </tr>
              </thead>
              <tbody>
                {state.model.steps.map((level) => (
                  <tr key={level.step.index}>
                    <th scope="row">{level.step.index + 1}</th>
                    <td className="wide-only">{formatDay(locale, level.step.end, { month: 'short' })}</td>
                    <td>{t('myPlan.mg', { amount: formatMgNumber(locale, level.doseUg) })}</td>
                    <td>{t('myPlan.chart.ng', { value: ng.format(level.p50) })}</td>
                    <td>{t('myPlan.chart.between', { low: ng.format(level.p5), high: ng.format(level.p95) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </figure>
  );
};
