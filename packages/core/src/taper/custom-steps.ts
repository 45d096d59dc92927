import type { Finding } from '../dose-check/finding.js';
import type { EquivalenceTableId } from '../equivalence/tables.js';
import { err, ok, type Result } from '../result.js';
import { formatMg } from '../units/format-dose.js';
import { micrograms } from '../units/units.js';
import type { DoseMaker } from './dose-maker.js';
import { type CustomStep, type DraftStep, deUg, FINAL_STOP_MAX_DE_UG } from './plan-taper.js';
import { JOINT_2025 } from './strategies/joint-2025.js';

/**
 * A clinician's own steps, checked against the same rules as every plan. A
 * step that breaks one is reported, never silently changed: a rise or a dose
 * no product can make is an error; a cut faster than the guideline cap (25%
 * every 2 weeks) is a warning.
 */
export const customSteps = (
  steps: readonly CustomStep[],
  maker: DoseMaker,
  currentTotalUg: number,
  table: EquivalenceTableId,
): Result<{ steps: DraftStep[]; findings: Finding[] }> => {
  if (steps.length === 0)
    return err('CUSTOM_STEPS_MISSING', 'A custom plan needs its steps.', {
      field: 'step',
      expected: 'one or more steps, e.g. --step "14d: 0.5mg@08:00, 1mg@22:00"',
    });
  const drug = maker.drug.id;
  const findings: Finding[] = [];
  const draft: DraftStep[] = [];
  let previousDe = deUg(drug, currentTotalUg, table);
  for (const [index, step] of steps.entries()) {
    const number = index + 1;
    if (!(Number.isInteger(step.days) && step.days >= 1 && step.days <= 365)) {
      return err('CUSTOM_STEP_DAYS', `Step ${number} lasts ${step.days} days.`, {
        field: `step[${index}]`,
        expected: '1–365 days',
      });
    }
    const times = step.regimen.map((dose) => dose.time);
    if (times.some((time) => time === undefined)) {
      return err('CUSTOM_STEP_TIMES', `Step ${number} has a dose without a time.`, {
        field: `step[${index}]`,
        expected: 'doses with times, e.g. 0.5mg@08:00',
      });
    }
    const total = step.regimen.reduce((sum, dose) => sum + dose.amountUg, 0);
    const de = deUg(drug, total, table);
    for (const dose of step.regimen) {
      if (!maker.make(dose.amountUg)) {
        findings.push({
          code: 'CUSTOM_DOSE_NOT_MAKEABLE',
          severity: 'error',
          message: `Step ${number}: ${formatMg(dose.amountUg)} cannot be made with the allowed products.`,
          source: 'joint-cpg-2025',
        });
      }
    }
    if (de > previousDe) {
      findings.push({
        code: 'CUSTOM_INCREASE',
        severity: 'error',
        message: `Step ${number} raises the daily dose; a taper step should never go up (hold instead).`,
        source: 'joint-cpg-2025',
      });
    }
    const allowed = 1 - (1 - JOINT_2025.capPercent / 100) ** (step.days / JOINT_2025.capPeriodDays);
    const cut = previousDe === 0 ? 0 : (previousDe - de) / previousDe;
    const finalStop = de === 0 && previousDe <= FINAL_STOP_MAX_DE_UG;
    if (cut > allowed + 1e-9 && !finalStop) {
      findings.push({
        code: 'CUSTOM_ABOVE_GUIDELINE_CAP',
        severity: 'warning',
        message: `Step ${number} cuts ${Math.round(cut * 100)}% and lasts ${step.days} days: faster than the guideline's 25% every 2 weeks.`,
        source: 'joint-cpg-2025',
      });
    }
    draft.push({
      kind:
        total === 0 ? 'stop' : de === previousDe && index > 0 ? 'hold' : index === 0 && de === previousDe ? 'start' : 'reduce',
      days: step.days,
      slots: step.regimen
        .filter((dose) => dose.amountUg > 0)
        .map((dose) => ({ time: dose.time as NonNullable<typeof dose.time>, amountUg: micrograms(dose.amountUg), drug })),
    });
    previousDe = de;
  }
  return ok({ steps: draft, findings });
};
