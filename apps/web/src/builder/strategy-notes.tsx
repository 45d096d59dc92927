import type { TaperPlan } from '@stepdown/core';
import { type I18n, useI18n } from '../i18n/i18n.js';

const num = (locale: string, value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);

/**
 * The strategy's limits as core applied them (the plan's `parameters`, after defaults), in words:
 * the guideline cap for percentage strategies, the fixed schedule for the label and Nardi tapers.
 */
export const capLines = (plan: TaperPlan, t: I18n['t'], locale: string, limitsOnly = false): string[] => {
  const p = plan.parameters;
  const lines: string[] = [];
  if (!limitsOnly && typeof p.cutPercent === 'number' && typeof p.intervalDays === 'number')
    lines.push(t('patientPlan.cap.using', { cut: num(locale, p.cutPercent), days: p.intervalDays }));
  if (!limitsOnly && typeof p.sharePercent === 'number' && typeof p.intervalDays === 'number')
    lines.push(t('patientPlan.cap.share', { share: num(locale, p.sharePercent), days: p.intervalDays }));
  if (typeof p.capPercent === 'number' && typeof p.capPeriodDays === 'number')
    lines.push(t('patientPlan.cap.rate', { cap: num(locale, p.capPercent), days: p.capPeriodDays }));
  if (typeof p.cutMg === 'number' && typeof p.intervalDays === 'number')
    lines.push(t('patientPlan.cap.fixed', { mg: num(locale, p.cutMg), days: p.intervalDays }));
  if (
    typeof p.highCutMg === 'number' &&
    typeof p.highIntervalDays === 'number' &&
    typeof p.switchAtMg === 'number' &&
    typeof p.lowCutMg === 'number' &&
    typeof p.lowIntervalDays === 'number'
  )
    lines.push(
      t('patientPlan.cap.nardi', {
        high: num(locale, p.highCutMg),
        highDays: p.highIntervalDays,
        switchAt: num(locale, p.switchAtMg),
        low: num(locale, p.lowCutMg),
        lowDays: p.lowIntervalDays,
      }),
    );
  return lines;
};

/**
 * Shown next to the cut and step inputs: what the strategy allows, from core's own definition. While the
 * chosen pace is refused, the limits come from the same strategy at its default pace (`fallback`).
 */
export const StrategyNotes = ({ plan, fallback }: { plan: TaperPlan | undefined; fallback?: TaperPlan | undefined }) => {
  const { t, locale } = useI18n();
  const shown = plan ?? fallback;
  if (!shown) return null;
  const lines = capLines(shown, t, locale, !plan);
  if (lines.length === 0) return null;
  return (
    <div className="cap-note" id="strategy-caps">
      <p className="cap-title">{t('patientPlan.cap.heading')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
};
