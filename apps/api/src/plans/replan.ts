import { type IsoDate, planTaper, type TaperPlan } from '@stepdown/core';
import { ProblemError, unwrapCore } from '../problems.js';
import { planDay } from './plan-day.js';
import { isTaperBody, type TaperBody, toTaperInput } from './taper-input.js';

/** What the prescriber may change when editing a suggestion. */
export interface AdjustmentEdit {
  /** hold: days on today's dose before the next cut. */
  readonly holdDays?: number;
  /** slow: a smaller cut per step (percent strategies only). */
  readonly cutPercent?: number;
  /** slow: longer steps (percent and hyperbolic strategies). */
  readonly intervalDays?: number;
}

/**
 * Two weeks on the same dose when a hold is approved as suggested: one usual
 * step of the guideline taper (joint-2025, every 2–4 weeks), editable.
 */
export const DEFAULT_HOLD_DAYS = 14;

const notPossible = (message: string, field = 'decision'): ProblemError =>
  new ProblemError(422, 'REPLAN_NOT_POSSIBLE', message, [{ field, message }]);

const total = (doses: readonly { readonly amountUg: number }[]): number => doses.reduce((sum, d) => sum + d.amountUg, 0);

/** Today's doses as regimen text the planner reads back exactly (whole micrograms). */
const dosesText = (doses: readonly { readonly amountUg: number; readonly time: string }[]): string[] =>
  doses.map((d) => `${d.amountUg}mcg@${d.time}`);

/**
 * A new plan from today's actual dose: the dose the version in force gives for
 * `today`, planned from today with the same strategy and choices. `hold` keeps
 * today's dose for `holdDays` before the next cut (core's own hold step when
 * the first step is shorter); `slow` continues more slowly: the cut or the
 * interval the prescriber gives (never faster than now), or by default every
 * step followed by a hold as long as itself (half the pace). The result
 * starts at today's dose, never above it, and keeps core's plan invariants:
 * core made it.
 */
export const replanFromToday = (input: {
  /** The stored input of the version in force. */
  readonly body: unknown;
  readonly plan: TaperPlan;
  readonly today: IsoDate;
  readonly kind: 'hold' | 'slow';
  readonly edit?: AdjustmentEdit;
}): { readonly body: TaperBody; readonly plan: TaperPlan } => {
  const { body, plan, today, kind } = input;
  const edit = input.edit ?? {};
  if (!isTaperBody(body))
    throw notPossible('The version in force was not made from planner input: write the next version by hand.');
  if (body.strategy === 'custom')
    throw notPossible('A custom plan is continued by writing its next version by hand (POST …/versions).', 'strategy');
  const day = planDay(plan, today);
  if (day.where === 'after' || (day.where === 'in' && day.step.kind === 'stop'))
    throw notPossible('The plan in force has already ended: there is no dose today to continue from.');
  const first = plan.steps[0];
  const step = day.where === 'in' ? day.step : first;
  if (!step) throw notPossible('The plan in force has no steps.');
  // On an alternate-day step the lower day is the one to continue from: planning from the higher day would raise the average.
  const doses = step.alternateDoses ?? step.doses;
  if (doses.length === 0)
    throw notPossible('Today is a drug-free day of an alternate-day step: write the next version by hand (POST …/versions).');
  const drugs = [...new Set(doses.map((d) => d.drug))];
  if (drugs.length !== 1)
    throw notPossible('Today falls in a switch between two drugs: write the next version by hand (POST …/versions).');
  const drug = drugs[0] as string;
  const switched = drug !== plan.drug;
  const percentStrategy = body.strategy === undefined || body.strategy === 'joint-2025' || body.strategy === 'ashton';
  if (kind === 'hold' && (edit.cutPercent !== undefined || edit.intervalDays !== undefined))
    throw notPossible('A hold changes only how long today’s dose is kept (holdDays).', 'edit');
  if (kind === 'slow' && edit.holdDays !== undefined)
    throw notPossible('To slow the pace give a smaller cutPercent or a longer intervalDays.', 'edit');
  if (kind === 'slow' && edit.cutPercent !== undefined && !percentStrategy)
    throw notPossible(`The ${body.strategy} strategy has no cut percentage to change.`, 'edit.cutPercent');
  if (kind === 'slow' && edit.intervalDays !== undefined && !(percentStrategy || body.strategy === 'hyperbolic'))
    throw notPossible(`The ${body.strategy} strategy has no step length to change.`, 'edit.intervalDays');
  const nowCut = Number(plan.parameters.cutPercent);
  const nowInterval = Number(plan.parameters.intervalDays);
  if (edit.cutPercent !== undefined && Number.isFinite(nowCut) && edit.cutPercent > nowCut)
    throw new ProblemError(422, 'SLOWER_PACE_REQUIRED', `A ${edit.cutPercent}% cut is faster than the ${nowCut}% in force.`, [
      { field: 'edit.cutPercent', message: 'must not be larger than now', expected: `at most ${nowCut}` },
    ]);
  if (edit.intervalDays !== undefined && Number.isFinite(nowInterval) && edit.intervalDays < nowInterval)
    throw new ProblemError(
      422,
      'SLOWER_PACE_REQUIRED',
      `Steps of ${edit.intervalDays} days are faster than the ${nowInterval} in force.`,
      [{ field: 'edit.intervalDays', message: 'must not be shorter than now', expected: `at least ${nowInterval}` }],
    );

  const { holds: _oldHolds, via: _via, forms, ...kept } = body;
  const base: TaperBody = {
    ...kept,
    drug,
    doses: dosesText(doses),
    start: today,
    // After a switch to diazepam the plan continues on diazepam alone, with its own products.
    ...(switched ? (forms?.market ? { forms: { market: forms.market } } : {}) : forms ? { forms } : {}),
    ...(body.via && !switched ? { via: body.via } : {}),
    ...(edit.cutPercent === undefined ? {} : { cutPercent: edit.cutPercent }),
    ...(edit.intervalDays === undefined ? {} : { intervalDays: edit.intervalDays }),
  };
  const planned = unwrapCore(planTaper(toTaperInput(base)), 'replan.');
  let holds: { step: number; days: number }[] = [];
  if (kind === 'hold') {
    const days = edit.holdDays ?? DEFAULT_HOLD_DAYS;
    const firstDays = planned.steps[0]?.days ?? 0;
    // The first step already keeps today's dose for its length; a hold step adds the rest.
    if (days > firstDays) holds = [{ step: 1, days: days - firstDays }];
  } else if (edit.cutPercent === undefined && edit.intervalDays === undefined) {
    holds = planned.steps.filter((s) => s.kind !== 'stop').map((s) => ({ step: s.index + 1, days: s.days }));
  }
  const finalBody: TaperBody = holds.length ? { ...base, holds } : base;
  const result = holds.length ? unwrapCore(planTaper(toTaperInput(finalBody)), 'replan.') : planned;
  const start = result.steps[0];
  // Belt and braces: the new plan starts today at today's dose, never above it.
  if (!start || result.start !== today || total(start.doses) > total(doses))
    throw notPossible('The re-planned schedule would not start at today’s dose.');
  return { body: finalBody, plan: result };
};
