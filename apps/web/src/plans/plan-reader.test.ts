import { type IsoDate, parseRegimen, planTaper, withMilligrams } from '@stepdown/core';
import { describe, expect, it } from 'vitest';
import { planInForce, taperPlanOf, toTaperPlan, withMicrograms } from './plan-reader.js';

const regimen = parseRegimen(['0.5mg@08:00', '1mg@22:00']);
if (!regimen.ok) throw new Error('regimen');
const planned = planTaper({ drug: 'clonazepam', regimen: regimen.value, start: '2026-10-11' as IsoDate });
if (!planned.ok) throw new Error('plan');
const PLAN = planned.value;
/** The plan as it comes over the wire: mg, and JSON (no undefined, no prototypes). */
const wire = () => JSON.parse(JSON.stringify(withMilligrams(PLAN))) as unknown;

const version = (id: string, approvalState: string, approvedAt: string | null) => ({ id, approvalState, approvedAt });

describe('plan reader', () => {
  it('reads the API’s mg plan back into core’s integer micrograms exactly', () => {
    expect(withMicrograms(withMilligrams(PLAN))).toEqual(JSON.parse(JSON.stringify(PLAN)));
    const read = toTaperPlan(wire());
    expect(read).toEqual(PLAN);
    expect(read?.steps.every((step) => step.doses.every((dose) => Number.isInteger(dose.amountUg)))).toBe(true);
  });

  it('says undefined for something that is not a plan', () => {
    expect(toTaperPlan(null)).toBeUndefined();
    expect(toTaperPlan({ steps: 'no', start: '2026-01-01' })).toBeUndefined();
  });

  it('re-plans from the stored input when a version holds no plan', () => {
    const again = taperPlanOf({
      plan: null,
      input: { drug: 'clonazepam', doses: ['0.5mg@08:00', '1mg@22:00'], start: '2026-10-11' },
    });
    expect(again?.steps.length).toBe(PLAN.steps.length);
    expect(taperPlanOf({ plan: null, input: { drug: 42 } })).toBeUndefined();
  });

  it('finds the plan in force: an approved active version, the one approved last', () => {
    const older = { id: 'a', activeVersionId: 'a1', versions: [version('a1', 'approved', '2026-10-01T00:00:00Z')] };
    const newer = { id: 'b', activeVersionId: 'b1', versions: [version('b1', 'approved', '2026-11-01T00:00:00Z')] };
    const draftOnly = { id: 'c', activeVersionId: null, versions: [version('c1', 'draft', null)] };
    expect(planInForce([newer, older, draftOnly])?.plan.id).toBe('b');
    expect(planInForce([older, newer])?.version.id).toBe('b1');
    expect(planInForce([draftOnly])).toBeUndefined();
  });
});
