import { addDays, type IsoDate, planTaper, type TaperPlan } from '@stepdown/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planViolations } from '../../../../packages/core/src/taper/plan-invariants.js';
import { ProblemError } from '../problems.js';
import { dosesOnDate } from './plan-day.js';
import { replanFromToday } from './replan.js';
import { type TaperBody, toTaperInput } from './taper-input.js';

const total = (doses: readonly { readonly amountUg: number }[]) => doses.reduce((sum, d) => sum + d.amountUg, 0);
const planned = (body: TaperBody): TaperPlan => {
  const result = planTaper(toTaperInput(body));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const BODY: TaperBody = { drug: 'clonazepam', doses: ['0.5mg@08:00', '1mg@22:00'], start: '2026-11-01' };
const problemCode = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof ProblemError ? error.code : 'not a problem';
  }
  return undefined;
};

describe('replanFromToday', () => {
  it('starts today at today’s dose, keeps core’s invariants and never rises (property)', () => {
    const bodies: TaperBody[] = [
      BODY,
      { ...BODY, strategy: 'ashton', cutPercent: 10, intervalDays: 14 },
      { ...BODY, strategy: 'nardi' },
      { ...BODY, strategy: 'hyperbolic' },
      { drug: 'diazepam', doses: ['10mg@08:00', '5mg@22:00'], start: '2026-11-01', patterns: true },
      { ...BODY, strategy: 'ashton', via: 'diazepam' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies),
        fc.integer({ min: -10, max: 200 }),
        fc.constantFrom('hold' as const, 'slow' as const),
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
        (body, offset, kind, holdDays) => {
          const plan = planned(body);
          const today = addDays(body.start as IsoDate, offset);
          let result: ReturnType<typeof replanFromToday>;
          try {
            result = replanFromToday({
              body,
              plan,
              today,
              kind,
              ...(kind === 'hold' && holdDays !== undefined ? { edit: { holdDays } } : {}),
            });
          } catch (error) {
            // Refusals are problems with a code (ended plan, a switch day, a drug-free day), never a crash.
            expect(error).toBeInstanceOf(ProblemError);
            return;
          }
          expect(planViolations(result.plan)).toEqual([]);
          expect(result.plan.start).toBe(today);
          const todays = offset < 0 ? (plan.steps[0]?.doses ?? []) : dosesOnDate(plan, today);
          const first = result.plan.steps[0];
          expect(total(first?.doses ?? [])).toBeLessThanOrEqual(Math.max(total(todays), total(first?.alternateDoses ?? [])));
          // Never above the diazepam-equivalent of today's step in the plan it replaces.
          const oldStep = offset < 0 ? plan.steps[0] : plan.steps.find((s) => s.start <= today && s.end >= today);
          expect(first?.diazepamEquivalentUg ?? 0).toBeLessThanOrEqual(oldStep?.diazepamEquivalentUg ?? 0);
          // Re-planning again from the stored body works (the next suggestion starts from it).
          expect(() => planned(result.body)).not.toThrow();
          if (kind === 'hold') {
            const firstCut = result.plan.steps.find((s) => s.diazepamEquivalentUg < (first?.diazepamEquivalentUg ?? 0));
            if (firstCut) expect(firstCut.start >= addDays(today, holdDays ?? 14)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('slow by default doubles every step; an edit may not cut faster or shorten steps', () => {
    const plan = planned(BODY);
    const slow = replanFromToday({ body: BODY, plan, today: '2026-11-01' as IsoDate, kind: 'slow' });
    expect(slow.plan.totalDays - 1).toBe(2 * (plan.totalDays - 1));
    expect(slow.plan.steps.filter((s) => s.kind === 'hold')).toHaveLength(plan.steps.filter((s) => s.kind !== 'stop').length);
    const today = '2026-11-01' as IsoDate;
    expect(problemCode(() => replanFromToday({ body: BODY, plan, today, kind: 'slow', edit: { cutPercent: 15 } }))).toBe(
      'SLOWER_PACE_REQUIRED',
    );
    expect(problemCode(() => replanFromToday({ body: BODY, plan, today, kind: 'slow', edit: { intervalDays: 7 } }))).toBe(
      'SLOWER_PACE_REQUIRED',
    );
    const nardi = { ...BODY, strategy: 'nardi' as const };
    expect(
      problemCode(() => replanFromToday({ body: nardi, plan: planned(nardi), today, kind: 'slow', edit: { cutPercent: 5 } })),
    ).toBe('REPLAN_NOT_POSSIBLE');
    const edited = replanFromToday({ body: BODY, plan, today, kind: 'slow', edit: { cutPercent: 5, intervalDays: 28 } });
    expect(edited.plan.parameters).toMatchObject({ cutPercent: 5, intervalDays: 28 });
  });

  it('refuses a plan that has ended and a custom plan', () => {
    const plan = planned(BODY);
    expect(problemCode(() => replanFromToday({ body: BODY, plan, today: addDays(plan.end, 1), kind: 'hold' }))).toBe(
      'REPLAN_NOT_POSSIBLE',
    );
    const custom: TaperBody = {
      ...BODY,
      strategy: 'custom',
      custom: [
        { days: 14, doses: ['0.5mg@08:00', '0.75mg@22:00'] },
        { days: 1, doses: [] },
      ],
    };
    expect(
      problemCode(() => replanFromToday({ body: custom, plan: planned(custom), today: '2026-11-02' as IsoDate, kind: 'hold' })),
    ).toBe('REPLAN_NOT_POSSIBLE');
  });
});
