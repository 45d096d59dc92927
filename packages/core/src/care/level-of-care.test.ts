import { describe, expect, it } from 'vitest';
import { mg } from '../units/units.js';
import { type CareContext, levelOfCare } from './level-of-care.js';

const suggest = (context: CareContext) => {
  const result = levelOfCare(context);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('levelOfCare', () => {
  it('defaults to an outpatient taper with the prescriber, with CBT offered (Joint CPG Rec 10)', () => {
    const s = suggest({ diazepamEquivalentUg: mg(20), durationDays: 700, supportAtHome: true });
    expect(s.setting).toBe('outpatient');
    expect(s.criteria).toEqual([]);
    expect(s.addOns.map((a) => a.id)).toContain('cbt');
  });

  // SA Health: above 50 mg diazepam-equivalent a day, or a seizure history, withdrawal starts as an inpatient.
  it('medically managed withdrawal only when a specific criterion applies', () => {
    expect(suggest({ diazepamEquivalentUg: mg(60) }).setting).toBe('inpatient-medically-managed');
    expect(suggest({ diazepamEquivalentUg: mg(50) }).setting).toBe('outpatient');
    const seizures = suggest({ history: ['withdrawal-seizures'] });
    expect(seizures.setting).toBe('inpatient-medically-managed');
    expect(seizures.criteria[0]).toMatchObject({ id: 'withdrawal-seizures', source: 'sa-health-bzd-withdrawal' });
    expect(suggest({ history: ['severe-withdrawal-now'] }).criteria[0]?.source).toBe('joint-cpg-2025');
  });

  it('a use disorder raises intensity; with no support or failed tapers, a day programme', () => {
    expect(suggest({ useDisorder: 'mild' }).setting).toBe('intensive-outpatient');
    expect(suggest({ useDisorder: 'moderate', supportAtHome: false }).setting).toBe('partial-hospitalisation');
    expect(suggest({ supportAtHome: false, history: ['failed-outpatient-tapers'] }).setting).toBe('intensive-outpatient');
    expect(suggest({ useDisorder: 'none', supportAtHome: false }).setting).toBe('outpatient');
  });

  it('lists every criterion, the highest setting first', () => {
    const s = suggest({ useDisorder: 'severe', history: ['other-substance-dependence'], supportAtHome: false });
    expect(s.setting).toBe('inpatient-medically-managed');
    expect(s.criteria.map((c) => c.setting)).toEqual(['inpatient-medically-managed', 'partial-hospitalisation']);
  });

  it('rejects an unknown history item', () => {
    expect(levelOfCare({ history: ['broken-leg' as never] })).toMatchObject({ ok: false, error: { code: 'HISTORY_UNKNOWN' } });
  });
});
