import type { PlanStep, TaperPlan } from '../taper/plan.js';
import { drugName, listWithAnd } from './dose-text.js';
import { formatDateRange } from './human-date.js';

const KIND_NAMES: Readonly<Record<PlanStep['kind'], string>> = {
  start: 'starting dose',
  reduce: 'reduction',
  hold: 'hold',
  switch: 'switch',
  stop: 'stop',
};

/** What a step does, in words: `starting dose`, `reduction`, `hold`, `switch`, `stop`. */
export const stepKindName = (kind: PlanStep['kind']): string => KIND_NAMES[kind];

/** `Step 2 of 4 (reduction)`: steps count from 1 wherever people read them. */
export const stepHeading = (step: PlanStep, plan: TaperPlan): string =>
  `Step ${step.index + 1} of ${plan.steps.length} (${stepKindName(step.kind)})`;

/** `Step 2 of 4 (reduction), Mon 16 Mar 2026 to Sun 29 Mar 2026 (14 days)`. */
export const stepSpan = (step: PlanStep, plan: TaperPlan): string =>
  `${stepHeading(step, plan)}, ${formatDateRange(step.start, step.end)} (${step.days} ${step.days === 1 ? 'day' : 'days'})`;

/** A cut as people read it, to one decimal place: 16.67 → `16.7%`, 20 → `20%`. */
export const formatPercent = (percent: number): string => `${Math.round(percent * 10) / 10}%`;

/** The drugs a step with no doses stops, in words: those of the last earlier step with doses, else the plan's drug. */
export const stoppedDrugs = (step: PlanStep, plan: TaperPlan): string => {
  const before = plan.steps.slice(0, step.index).findLast((s) => s.doses.length > 0);
  return listWithAnd([...new Set((before?.doses ?? [{ drug: plan.drug }]).map((d) => drugName(d.drug)))]);
};
