import type { IsoDate } from '../dates/iso-date.js';
import type { TaperPlan } from '../taper/plan.js';
import { isAlternateDayStep, stepDaySets } from '../taper/step-days.js';
import { formatMg } from '../units/format-dose.js';
import { type LocalTime, minutesOfDay } from '../units/local-time.js';
import { describeUnits, drugName, isLiquid, listWithAnd } from './dose-text.js';
import { formatDateRange, formatLongDate } from './human-date.js';
import { markdownTable } from './markdown-table.js';
import { assertPlanShape, dosesInTimeOrder, planDrugs } from './plan-days.js';
import { DECISION_SUPPORT_NOTE, SAFETY_NOTICE } from './safety-text.js';
import { describeStepChange } from './step-changes.js';
import { daySetStart, drugFreeNames, stepKindName, stoppedDrugs } from './step-text.js';

export interface PrintOptions {
  /** Replaces the default title, e.g. `Your clonazepam taper schedule`. */
  readonly title?: string;
  /** Printed under the title when given. */
  readonly patientName?: string;
  /** The day the sheet is made (core has no clock), printed when given. */
  readonly preparedOn?: IsoDate;
}

/** `For: Ann Example · Prepared on Fri 27 Feb 2026`, or nothing. */
export const printHeaderLine = (options: PrintOptions): string[] => {
  const parts = [
    ...(options.patientName === undefined ? [] : [`For: ${options.patientName}`]),
    ...(options.preparedOn === undefined ? [] : [`Prepared on ${formatLongDate(options.preparedOn)}`]),
  ];
  return parts.length === 0 ? [] : [parts.join(' · '), ''];
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The schedule for the patient, in Markdown that reads as plain text: title,
 * safety notice, a table of every step's dose times (amount and what to take;
 * on an alternate-day step each dose "every other day from" its first date),
 * what changes at each step, and notes on alternate days, ODTs, half tablets
 * and liquids where the plan uses them.
 */
export const planScheduleMarkdown = (plan: TaperPlan, options: PrintOptions = {}): string => {
  assertPlanShape(plan);
  const drugs = listWithAnd(planDrugs(plan).map(drugName));
  const rows = plan.steps.flatMap((step) => {
    if (step.doses.length === 0) {
      return [[String(step.index + 1), `From ${formatLongDate(step.start)}`, '—', `No more ${stoppedDrugs(step, plan)}`, '—']];
    }
    const first = [String(step.index + 1), `${formatDateRange(step.start, step.end)} (${plural(step.days, 'day')})`];
    const blank = ['', ''];
    const sets = stepDaySets(step);
    // On an alternate-day step each dose says "every other day" and from which date; a drug-free day has its own row.
    // Rows earliest first across the step's day sets; a drug-free day last.
    const cells = sets.flatMap((set) => {
      if (set.everyDays === 1)
        return dosesInTimeOrder(set.doses).map((dose) => [
          dose.time,
          // On an alternate-day step, a dose both days share is said to be every day.
          `${formatMg(dose.amountUg)} ${drugName(dose.drug)}${step.alternateDoses === undefined ? '' : ' every day'}`,
          describeUnits(dose.units),
        ]);
      const from = `every other day from ${formatLongDate(daySetStart(step, set))}`;
      if (set.doses.length === 0) return [['—', `No ${drugFreeNames(step)} ${from}`, '—']];
      return dosesInTimeOrder(set.doses).map((dose) => [
        dose.time,
        `${formatMg(dose.amountUg)} ${drugName(dose.drug)} ${from}`,
        describeUnits(dose.units),
      ]);
    });
    const minutes = (time: string | undefined) =>
      time === '—' || time === undefined ? 24 * 60 : minutesOfDay(time as LocalTime);
    return cells.toSorted((a, b) => minutes(a[0]) - minutes(b[0])).map((row, i) => [...(i === 0 ? first : blank), ...row]);
  });
  const patterned = plan.steps.some(isAlternateDayStep);
  const allUnits = plan.steps.flatMap((s) => stepDaySets(s).flatMap((set) => set.doses.map((d) => d.units)));
  const pieces = allUnits.flatMap((units) => (isLiquid(units) ? [] : units));
  const notes = [
    ...(patterned
      ? [
          'Every other day: your medicine is long-acting, so its level evens out over days, and on the steps marked "every other day" two doses take turns. Take the first on the step\'s first day, the other the next day, and keep alternating; tick the days off on a calendar. Never take both on the same day or make up a lower day with an extra dose.',
        ]
      : []),
    ...(pieces.some((p) => p.kind === 'odt')
      ? ['ODT means orally disintegrating tablet: put it on your tongue and let it melt; you do not need water.']
      : []),
    ...(pieces.some((p) => p.half)
      ? [
          'Half tablets: split along the score line, ideally with a tablet splitter from the pharmacy. Keep the other half in the pack for your next half dose.',
        ]
      : []),
    ...(allUnits.some(isLiquid)
      ? ['Oral solution: measure each dose with the oral syringe from the pharmacy, not a kitchen spoon.']
      : []),
  ];
  return [
    `# ${options.title ?? `Your ${drugs} taper schedule`}`,
    '',
    ...printHeaderLine(options),
    '**Safety: please read first.**',
    '',
    ...SAFETY_NOTICE.map((line) => `- ${line}`),
    '',
    `From ${formatLongDate(plan.start)} to ${formatLongDate(plan.end)}: ${plural(plan.steps.length, 'step')} over ${plural(plan.totalDays, 'day')}. ${patterned ? 'Take each dose at the time shown, every day of its step, or every other day where it says "every other day".' : 'Take each dose at the time shown, every day of its step.'}`,
    '',
    '## Schedule',
    '',
    markdownTable(['Step', 'Dates', 'Time', 'Dose', 'What to take'], rows),
    '',
    '## What changes at each step',
    '',
    ...plan.steps.map(
      (step) =>
        `- **Step ${step.index + 1}**, from ${formatLongDate(step.start)} (${stepKindName(step.kind)}): ${describeStepChange(plan, step)}${step.note === undefined ? '' : ` ${step.note}`}`,
    ),
    ...(notes.length === 0 ? [] : ['', '## About your medicine', '', ...notes.map((n) => `- ${n}`)]),
    '',
    `_${DECISION_SUPPORT_NOTE}_`,
    '',
  ].join('\n');
};
