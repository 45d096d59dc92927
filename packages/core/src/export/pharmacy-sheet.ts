import { drugById } from '../drugs/catalogue.js';
import type { TaperPlan } from '../taper/plan.js';
import { isAlternateDayStep } from '../taper/step-days.js';
import { formatMg } from '../units/format-dose.js';
import { capitalise, drugName, formatMl, kindName, listWithAnd } from './dose-text.js';
import { DEFAULT_FILL_DAYS, type DispenseQuantity, fillPeriods, totalQuantities } from './fill-periods.js';
import { formatDateRange, formatLongDate } from './human-date.js';
import { markdownTable } from './markdown-table.js';
import { lastDosingDay, planDrugs } from './plan-days.js';
import { type PrintOptions, printHeaderLine } from './plan-schedule.js';
import { productById } from './products.js';
import { DECISION_SUPPORT_NOTE } from './safety-text.js';
import { alternateDaysText } from './step-text.js';

export interface PharmacySheetOptions extends PrintOptions {
  /** Days each fill covers. Default 28. */
  readonly fillDays?: number;
}

const productText = (line: DispenseQuantity): string =>
  line.unit === 'µL'
    ? `${drugName(line.drug)} ${formatMg(line.strengthUg)}/mL oral solution`
    : `${drugName(line.drug)} ${formatMg(line.strengthUg)} ${kindName(line.kind)}`;

const takenText = (line: DispenseQuantity): string => {
  if (line.unit === 'µL') return formatMl(line.quantity);
  const parts = [
    ...(line.wholeTaken > 0 ? [`${line.wholeTaken} whole`] : []),
    ...(line.halvesTaken > 0 ? [`${line.halvesTaken} ${line.halvesTaken === 1 ? 'half' : 'halves'}`] : []),
  ];
  const spare = line.spareHalves > 0 ? ` (${line.spareHalves} ${line.spareHalves === 1 ? 'half' : 'halves'} spare)` : '';
  return `${parts.join(' + ')}${spare}`;
};

const dispenseText = (line: DispenseQuantity): string =>
  line.unit === 'µL' ? formatMl(line.quantity) : `${line.quantity} ${kindName(line.kind, line.quantity)}`;

const rxnormText = (line: DispenseQuantity): string => productById(line.formulationId).formulation.rxnorm?.code ?? '—';

/**
 * The pharmacy sheet: for each fill period (default 28 days) the quantity of
 * each product to dispense, with what is taken whole and halved, then the
 * totals for the whole plan, and how the counts are made. Alternate-day steps
 * are listed as "every other day", with each day's doses.
 */
export const pharmacySheetMarkdown = (plan: TaperPlan, options: PharmacySheetOptions = {}): string => {
  const fillDays = options.fillDays ?? DEFAULT_FILL_DAYS;
  const periods = fillPeriods(plan, fillDays);
  const drugs = planDrugs(plan);
  const last = lastDosingDay(plan);
  const alternating = plan.steps.filter(isAlternateDayStep);
  const schedules = drugs.flatMap((id) => {
    const schedule = drugById(id).schedule;
    const where = [...(schedule?.us ? [`US ${schedule.us}`] : []), ...(schedule?.uk ? [`UK ${schedule.uk}`] : [])];
    const low = schedule?.confidence === 'low' ? ', low confidence' : '';
    return where.length === 0 ? [] : [`${drugName(id)} (${where.join('; ')}${low})`];
  });
  return [
    `# ${options.title ?? `Pharmacy sheet: ${listWithAnd(drugs.map(drugName))} taper`}`,
    '',
    ...printHeaderLine(options),
    `Plan: ${formatDateRange(plan.start, plan.end)} (${plan.totalDays} days)${last === undefined ? '' : `; last dose ${formatLongDate(last)}`}. Fill period: ${fillDays} days.`,
    '',
    `How quantities are counted: day by day through each fill. Whole tablets are counted as taken. A half dose uses the half kept from a tablet split earlier in the same fill, or else a new tablet is split and its other half kept, so two half doses share one tablet; an odd number of halves in a fill needs one more tablet and leaves a half spare. Spare halves are not counted toward the next fill. Liquids are the exact volume taken: add what you need for measuring loss.`,
    ...(schedules.length === 0
      ? []
      : ['', `Controlled drugs: ${listWithAnd(schedules)}. Local rules on quantity and supply per fill apply.`]),
    ...(alternating.length === 0
      ? []
      : [
          '',
          "Every other day (alternate-day steps, for a long-acting drug): the doses of the two days take turns, and the quantities count each day's own doses.",
          '',
          ...alternating.map((step) => {
            const days = alternateDaysText(step);
            const average = listWithAnd(step.dailyTotals.map((t) => `${formatMg(t.amountUg)} ${drugName(t.drug)}`));
            return `- Step ${step.index + 1}, ${formatDateRange(step.start, step.end)} (${step.days} days), every other day. ${capitalise(days)}. Average: ${average} a day.`;
          }),
        ]),
    ...periods.flatMap((period) => [
      '',
      `## Fill ${period.index + 1}: ${formatDateRange(period.start, period.end)} (${period.days} ${period.days === 1 ? 'day' : 'days'})`,
      '',
      markdownTable(
        ['Product', 'RxNorm', 'Taken', 'Dispense'],
        period.lines.map((line) => [productText(line), rxnormText(line), takenText(line), dispenseText(line)]),
      ),
    ]),
    '',
    '## Total for the whole plan',
    '',
    markdownTable(
      ['Product', 'RxNorm', 'Dispense'],
      totalQuantities(periods).map((line) => [productText(line), rxnormText(line), dispenseText(line)]),
    ),
    '',
    `_${DECISION_SUPPORT_NOTE}_`,
    '',
  ].join('\n');
};
