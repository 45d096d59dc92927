import { describe, expect, it } from 'vitest';
import { assessUse, type UseSelfCheckInput } from './assess-use.js';
import { adviseSupporter } from './supporter-signs.js';

const base: UseSelfCheckInput = {
  prescribed: true,
  takenAsDirected: true,
  moreOrMoreOftenThanPrescribed: false,
  someoneElsesPills: false,
  moreThanOnePrescriber: false,
  crushingOrSnorting: false,
  mixingWithAlcoholOrOpioids: false,
  withdrawalOnMissedDoses: false,
};
const ids = (input: UseSelfCheckInput) => {
  const result = assessUse(input);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.findings.map((f) => f.id);
};

describe('assessUse', () => {
  it('prescribed, daily for years, withdrawal on missed doses: physical dependence only, not a use disorder', () => {
    const input = {
      ...base,
      withdrawalOnMissedDoses: true,
      durationDays: 900,
      dsm5: { supervised: 1, c10: 1, c11: 1, ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`c${i + 1}`, 0])) },
    };
    expect(ids(input)).toEqual(['physical-dependence']);
    const result = assessUse(input);
    expect(result.ok && result.value.findings[0]?.nextStep).toBe('talk-to-prescriber-about-taper');
  });

  it('misuse signals and a possible use disorder lead to an assessment', () => {
    const result = assessUse({
      ...base,
      moreOrMoreOftenThanPrescribed: true,
      moreThanOnePrescriber: true,
      sds: { q1: 2, q2: 2, q3: 1, q4: 1, q5: 1 },
    });
    expect(result.ok && result.value.findings.map((f) => [f.id, f.nextStep])).toEqual([
      ['misuse-signals', 'seek-assessment'],
      ['possible-use-disorder', 'seek-assessment'],
    ]);
  });

  it('mixing with alcohol or opioids is flagged for safety', () => {
    expect(ids({ ...base, mixingWithAlcoholOrOpioids: true })).toEqual(['dangerous-mixing']);
  });

  it('no signs: says so', () => {
    const result = assessUse({ ...base, durationDays: 10 });
    expect(result.ok && result.value.summary).toMatch(/no signs/);
  });

  it('an incomplete questionnaire is an error naming the item', () => {
    expect(assessUse({ ...base, sds: { q1: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'ANSWER_MISSING', field: 'sds.q2' },
    });
  });
});

describe('adviseSupporter', () => {
  it('a danger sign is an emergency first', () => {
    const result = adviseSupporter(['cannot-wake', 'money-problems']);
    expect(result.ok && result.value.emergency).toBe(true);
    expect(result.ok && result.value.whatToDo[0]).toMatch(/emergency number/);
  });

  it('several misuse signs: a caring conversation, and never pushing to stop suddenly', () => {
    const result = adviseSupporter(['several-prescribers', 'runs-out-early', 'irritable']);
    expect(result.ok && result.value.summary).toMatch(/caring conversation/);
    expect(result.ok && result.value.whatNotToDo[0]).toMatch(/stop suddenly/);
  });

  it('rejects an unknown sign', () => {
    expect(adviseSupporter(['tattoo'])).toMatchObject({ ok: false, error: { code: 'SIGN_UNKNOWN' } });
  });
});
