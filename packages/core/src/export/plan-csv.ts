import type { TaperPlan } from '../taper/plan.js';
import { isAlternateDayStep } from '../taper/step-days.js';
import { formatMg } from '../units/format-dose.js';
import { micrograms } from '../units/units.js';
import { csvRecord } from './csv-record.js';
import { describeDose } from './dose-text.js';
import { planDays, planDrugs } from './plan-days.js';

export interface PlanCsvOptions {
  /** Start with a UTF-8 byte order mark so spreadsheet programs read `×` and `µ` right. Default false. */
  readonly byteOrderMark?: boolean;
}

/**
 * The plan as CSV (RFC 4180, CRLF, header row), one row per day:
 * `date, step, day_of_step, step_kind, doses, [pattern_day,] <drug>_mg…, diazepam_equivalent_mg`.
 * `step` counts from 1; `doses` lists the day's doses earliest first
 * (`08:00 0.5 mg clonazepam (1 × 0.5 mg tablet); 22:00 …`, or `none`); there
 * is one daily-total column per drug (the plan's drug first) summed from the
 * day's own doses; amounts are mg as exact decimals. A plan with an
 * alternate-day step has a `pattern_day` column: `1` or `2` on such a step
 * (the day of the two-day pattern), empty on every-day steps; its
 * `diazepam_equivalent_mg` is the step's average per day.
 */
export const planCsv = (plan: TaperPlan, options: PlanCsvOptions = {}): string => {
  const drugs = planDrugs(plan);
  const patterned = plan.steps.some(isAlternateDayStep);
  const header = [
    'date',
    'step',
    'day_of_step',
    'step_kind',
    'doses',
    ...(patterned ? ['pattern_day'] : []),
    ...drugs.map((d) => `${d}_mg`),
    'diazepam_equivalent_mg',
  ];
  const rows = planDays(plan).map((day) => {
    const total = (drug: string) => micrograms(day.doses.reduce((sum, d) => (d.drug === drug ? sum + d.amountUg : sum), 0));
    return [
      day.date,
      String(day.step.index + 1),
      String(day.dayOfStep),
      day.step.kind,
      day.doses.length === 0 ? 'none' : day.doses.map((d) => `${d.time} ${describeDose(d)}`).join('; '),
      ...(patterned ? [isAlternateDayStep(day.step) ? String(2 - (day.dayOfStep % 2)) : ''] : []),
      ...drugs.map((drug) => formatMg(total(drug), { unit: false })),
      formatMg(day.step.diazepamEquivalentUg, { unit: false }),
    ];
  });
  return `${options.byteOrderMark ? '\uFEFF' : ''}${[header, ...rows].map(csvRecord).join('')}`;
};
