import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELP_REGIONS, REGIONS } from './resources.js';
import { RED_FLAGS } from './symptoms.js';
import { ROUTINE_KINDS, type Triage, type TriageInput, triage } from './triage.js';

const run = (input: TriageInput): Triage => {
  const result = triage(input);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const EMERGENCY = RED_FLAGS.filter((f) => f.urgency === 'emergency').map((f) => f.id);
const ALL = RED_FLAGS.map((f) => f.id);

describe('triage', () => {
  it('a seizure is an emergency: call the region’s number, do not stay alone', () => {
    const t = run({ symptoms: ['seizure'], region: 'US' });
    expect(t.urgency).toBe('emergency');
    expect(t.headline).toBe('Call 911 now.');
    expect(t.actions.join(' ')).toMatch(/Do not stay alone/);
    expect(t.tellThem.length).toBeGreaterThan(0);
    expect(run({ symptoms: ['breathing'], region: 'UK' }).headline).toBe('Call 999 now.');
    expect(run({ symptoms: ['confusion'], region: 'AU' }).emergencyNumber).toBe('000');
  });

  it('suicide screening answers drive urgency', () => {
    expect(run({ symptoms: [], asq: 'acute-positive', region: 'US' }).urgency).toBe('emergency');
    expect(run({ symptoms: [], asq: 'non-acute-positive', region: 'US' }).urgency).toBe('urgent');
    const phq = run({ symptoms: [], phq9Item9: 1, region: 'US' });
    expect(phq.urgency).toBe('urgent');
    expect(phq.resources.map((r) => r.id)).toContain('us-988');
  });

  it('took much more, or with opioids or alcohol: urgent, with Poison Help in the US', () => {
    const t = run({ symptoms: ['took-much-more', 'opioids-or-alcohol'], region: 'US' });
    expect(t.urgency).toBe('urgent');
    expect(t.resources.map((r) => r.id)).toContain('us-poison');
  });

  it('nothing reported: routine, still with emergency and crisis services', () => {
    const t = run({ symptoms: [], region: 'US' });
    expect(t.urgency).toBe('routine');
    expect(t.resources.map((r) => r.id)).toEqual(['us-911', 'us-988', 'us-samhsa', 'us-findtreatment']);
  });

  it('defaults to the EU 112 and rejects an unknown symptom or region', () => {
    expect(run({ symptoms: ['seizure'] }).emergencyNumber).toBe('112');
    expect(triage({ symptoms: ['headache'] })).toMatchObject({ ok: false, error: { code: 'SYMPTOM_UNKNOWN', field: 'symptom' } });
    expect(triage({ symptoms: [], region: 'FR' })).toMatchObject({
      ok: false,
      error: { code: 'REGION_UNKNOWN', field: 'region' },
    });
  });

  const inputs = fc.record({
    symptoms: fc.subarray(ALL),
    asq: fc.constantFrom(undefined, 'negative', 'non-acute-positive', 'acute-positive') as fc.Arbitrary<TriageInput['asq']>,
    phq9Item9: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    region: fc.constantFrom(...REGIONS),
  });
  const clean = (v: {
    symptoms: string[];
    asq: TriageInput['asq'];
    phq9Item9: number | undefined;
    region: string;
  }): TriageInput => ({
    symptoms: v.symptoms,
    region: v.region,
    ...(v.asq ? { asq: v.asq } : {}),
    ...(v.phq9Item9 === undefined ? {} : { phq9Item9: v.phq9Item9 }),
  });

  it('any emergency-level input yields an emergency, whatever else is present (property)', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(...EMERGENCY), (v, emergency) => {
        expect(run(clean({ ...v, symptoms: [...v.symptoms, emergency] })).urgency).toBe('emergency');
      }),
    );
  });

  it('no input yields fewer resources than the routine set (property)', () => {
    fc.assert(
      fc.property(inputs, (v) => {
        const t = run(clean(v));
        const routine = run({ symptoms: [], region: v.region }).resources.map((r) => r.id);
        expect(t.resources.map((r) => r.id)).toEqual(expect.arrayContaining(routine));
        expect(t.resources.some((r) => r.kind === 'emergency')).toBe(true);
      }),
    );
  });

  it('every region has an emergency number among its resources, verified and sourced', () => {
    for (const region of HELP_REGIONS) {
      const emergency = region.resources.find((r) => r.kind === 'emergency');
      expect(emergency?.phoneNumbers, region.id).toContain(region.emergencyNumber);
      for (const r of region.resources) expect(r.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(ROUTINE_KINDS).toContain('emergency');
  });
});
