import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_REVIEW } from '../questionnaires/instruments/daily-check-in.js';
import { citedSources } from '../sources/cited-sources.js';
import { isSourceId, SOURCES } from '../sources/registry.js';
import { doseLogAlerts } from './dose-log-alerts.js';
import { responseAlerts } from './response-alerts.js';
import { SUGGESTION_RANK, suggestAdjustment, type WithdrawalReading } from './suggest-adjustment.js';
import { ADAPTIVE_THRESHOLDS, DOSE_LOG_THRESHOLDS, WITHDRAWAL_INSTRUMENTS } from './thresholds.js';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1, 9) + n * 86_400_000).toISOString();
const checkIns = (values: readonly number[]): WithdrawalReading[] =>
  values.map((value, i) => ({ instrumentId: 'check-in', completedAt: day(i), value }));

/** Every number sits inside an object that names a source (the registry test's rule, for these constants). */
const unsourced = (node: unknown, path: string, sourced: boolean): string[] => {
  if (typeof node === 'number') return sourced ? [] : [path];
  if (node === null || typeof node !== 'object') return [];
  const here = sourced || typeof (node as { source?: unknown }).source === 'string';
  return Object.entries(node).flatMap(([k, v]) => unsourced(v, `${path}.${k}`, here));
};

describe('adaptive thresholds', () => {
  it('every number carries a source id from the registry, marked low confidence', () => {
    for (const [name, group] of Object.entries({ ADAPTIVE_THRESHOLDS, DOSE_LOG_THRESHOLDS })) {
      expect(unsourced(group, name, false)).toEqual([]);
    }
    const cited = citedSources([ADAPTIVE_THRESHOLDS, DOSE_LOG_THRESHOLDS]);
    expect(cited.filter((id) => !isSourceId(id))).toEqual([]);
    expect(SOURCES['stepdown-check-in'].confidence).toBe('low');
    // The check-in's severe cut-off is the instrument's own review threshold, not a second number.
    expect(ADAPTIVE_THRESHOLDS['check-in'].severeAtLeast).toBe(CHECK_IN_REVIEW.withdrawalAtLeast);
    // BWSQ has no validated cut-offs: change only.
    expect(ADAPTIVE_THRESHOLDS.bwsq.severeAtLeast).toBeNull();
  });
});

describe('suggestAdjustment', () => {
  it('a stable patient gets no suggestion', () => {
    const history = checkIns([3, 3, 4, 3, 3, 4]);
    expect(suggestAdjustment(history, { instrumentId: 'check-in', completedAt: day(6), value: 4 }).kind).toBe('none');
  });

  it('three check-ins in a row 2 above the baseline suggest slowing; one bad day does not', () => {
    const base = [3, 3, 3, 3, 3];
    const one = suggestAdjustment(checkIns(base), { instrumentId: 'check-in', completedAt: day(5), value: 6 });
    expect(one.kind).toBe('none');
    const advice = suggestAdjustment(checkIns([...base, 5, 6]), { instrumentId: 'check-in', completedAt: day(7), value: 5 });
    expect(advice).toMatchObject({ kind: 'slow', ruleId: 'adaptive:check-in:sustained-rise', baseline: 3 });
    expect(advice.reason).toMatch(/baseline of 3/);
    expect(advice.sources).toEqual(expect.arrayContaining(['joint-cpg-2025', 'fda-klonopin-label', 'stepdown-check-in']));
  });

  it('a severe rating suggests a hold even with no history', () => {
    const advice = suggestAdjustment([], { instrumentId: 'check-in', completedAt: day(0), value: 8 });
    expect(advice).toMatchObject({ kind: 'hold', ruleId: 'adaptive:check-in:severe', baseline: null });
    expect(advice.reason).toMatch(/pausing at the current step, or returning to the previous step/);
  });

  it('the rise must be recent: readings spread over more than the window are not sustained', () => {
    const history: WithdrawalReading[] = [
      ...checkIns([2, 2, 2]),
      { instrumentId: 'check-in', completedAt: day(4), value: 5 },
      { instrumentId: 'check-in', completedAt: day(12), value: 5 },
    ];
    expect(suggestAdjustment(history, { instrumentId: 'check-in', completedAt: day(13), value: 5 }).kind).toBe('none');
  });

  it('BWSQ is never "severe" on its own; a rise on two weekly answers suggests slowing', () => {
    const week = (n: number, value: number): WithdrawalReading => ({ instrumentId: 'bwsq', completedAt: day(7 * n), value });
    expect(suggestAdjustment([], week(0, 40)).kind).toBe('none');
    expect(suggestAdjustment([week(0, 8), week(1, 10), week(2, 16)], week(3, 17)).kind).toBe('slow');
  });

  it('CIWA-B in the severe band (41+) suggests a hold', () => {
    const advice = suggestAdjustment([], { instrumentId: 'ciwa-b', completedAt: day(0), value: 41 });
    expect(advice.kind).toBe('hold');
    expect(advice.sources).toContain('ciwa-b-bands');
  });

  it('other instruments and later readings do not count', () => {
    const others: WithdrawalReading[] = [0, 1, 2, 3].map((i) => ({ instrumentId: 'bwsq', completedAt: day(i), value: 0 }));
    expect(
      suggestAdjustment([...others, ...checkIns([9, 9, 9]).map((r) => ({ ...r, completedAt: day(20) }))], {
        instrumentId: 'check-in',
        completedAt: day(10),
        value: 5,
      }).kind,
    ).toBe('none');
  });

  const reading = (instrumentId: (typeof WITHDRAWAL_INSTRUMENTS)[number]) =>
    fc
      .record({ completedAt: fc.integer({ min: 0, max: 60 }).map(day), value: fc.integer({ min: 0, max: 80 }) })
      .map((r): WithdrawalReading => ({ ...r, instrumentId }));
  const scenario = fc.constantFrom(...WITHDRAWAL_INSTRUMENTS).chain((id) =>
    fc.record({
      history: fc.array(reading(id), { maxLength: 20 }),
      latest: reading(id),
      extra: fc.integer({ min: 0, max: 40 }),
    }),
  );

  it('only ever suggests none, slow or hold — never stopping or increasing (property)', () => {
    fc.assert(
      fc.property(scenario, ({ history, latest }) => {
        const advice = suggestAdjustment(history, latest);
        expect(['none', 'slow', 'hold']).toContain(advice.kind);
        expect(advice.reason).not.toMatch(/\b(stop|increase)\b/i);
        expect(advice.sources.every(isSourceId)).toBe(true);
        expect(advice.kind === 'none').toBe(advice.ruleId === null);
      }),
    );
  });

  it('a worse new score never lowers the suggestion (property)', () => {
    fc.assert(
      fc.property(scenario, ({ history, latest, extra }) => {
        const before = suggestAdjustment(history, latest).kind;
        const after = suggestAdjustment(history, { ...latest, value: latest.value + extra }).kind;
        expect(SUGGESTION_RANK[after]).toBeGreaterThanOrEqual(SUGGESTION_RANK[before]);
      }),
    );
  });
});

describe('responseAlerts', () => {
  const checkIn = (answers: Record<string, number | string>) =>
    ({ instrumentId: 'check-in', total: null, band: null, answers }) as const;
  const calm = {
    withdrawal: 2,
    anxiety: 2,
    sleepHours: 7,
    sleepQuality: 7,
    tremor: 0,
    dosesAsPlanned: 1,
    extraDoses: 0,
    otherSedatives: 0,
  };
  const run = (input: Parameters<typeof responseAlerts>[0]) => {
    const result = responseAlerts(input);
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  };

  it('a calm check-in raises nothing', () => {
    expect(run({ score: checkIn(calm), region: 'US' }).alerts).toEqual([]);
  });

  it('a seizure ticked with a check-in is an emergency shown to the patient with the region’s number', () => {
    const r = run({ score: checkIn(calm), redFlags: ['seizure'], region: 'UK' });
    expect(r.alerts).toMatchObject([{ kind: 'red-flag', urgency: 'emergency', patientFacing: true }]);
    expect(r.triage.headline).toBe('Call 999 now.');
    expect(r.triage.resources.some((x) => x.kind === 'crisis')).toBe(true);
  });

  it('an unknown red flag is refused, naming the field', () => {
    const result = responseAlerts({ score: checkIn(calm), redFlags: ['sneezing'], region: 'US' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'SYMPTOM_UNKNOWN', field: 'redFlags' });
  });

  it('severe withdrawal, sedatives and extra doses each raise their alert', () => {
    const r = run({ score: checkIn({ ...calm, withdrawal: 7, otherSedatives: 1, extraDoses: 2 }), region: 'US' });
    expect(r.alerts.map((a) => [a.kind, a.urgency])).toEqual([
      ['red-flag', 'urgent'],
      ['severe-withdrawal', 'urgent'],
      ['extra-dose', 'routine'],
    ]);
  });

  it('PHQ-9 item 9 above 0 is urgent; ASQ positive urgent; ASQ acute positive an emergency', () => {
    const phq = run({ score: { instrumentId: 'phq9', total: 3, band: null, answers: { q9: 1 } }, region: 'US' });
    expect(phq.alerts).toMatchObject([{ kind: 'phq9-item9', urgency: 'urgent', patientFacing: false }]);
    const band = (id: string) => ({ id, label: id, min: 1, max: 1, source: 'nimh-asq' as const });
    const asq = run({ score: { instrumentId: 'asq', total: null, band: band('non-acute-positive'), answers: {} }, region: 'US' });
    expect(asq.alerts).toMatchObject([{ kind: 'asq-positive', urgency: 'urgent' }]);
    const acute = run({ score: { instrumentId: 'asq', total: null, band: band('acute-positive'), answers: {} }, region: 'US' });
    expect(acute.alerts).toMatchObject([{ kind: 'asq-acute-positive', urgency: 'emergency', patientFacing: true }]);
  });

  it('any emergency red flag makes an emergency alert whatever else is ticked (property)', () => {
    const emergencies = ['seizure', 'confusion', 'hallucinations', 'breathing', 'cannot-stay-awake', 'suicidal-now'];
    fc.assert(
      fc.property(
        fc.constantFrom(...emergencies),
        fc.subarray(['pregnancy', 'fall-or-head-injury', 'took-much-more']),
        (flag, others) => {
          const r = run({ score: checkIn(calm), redFlags: [...others, flag], region: 'US' });
          expect(r.alerts[0]).toMatchObject({ urgency: 'emergency', patientFacing: true });
        },
      ),
    );
  });
});

describe('doseLogAlerts', () => {
  const log = (date: string, status: 'taken' | 'missed' | 'extra' | 'late') => ({ date, status });

  it('two missed doses within three days raise an urgent alert; one does not', () => {
    const one = doseLogAlerts([log('2026-11-20', 'missed')], log('2026-11-20', 'missed'));
    expect(one).toEqual([]);
    const logs = [log('2026-11-18', 'missed'), log('2026-11-20', 'missed')];
    expect(doseLogAlerts(logs, log('2026-11-20', 'missed'))).toMatchObject([{ kind: 'missed-doses', urgency: 'urgent' }]);
    // Four days apart: outside the window.
    expect(doseLogAlerts([log('2026-11-16', 'missed'), log('2026-11-20', 'missed')], log('2026-11-20', 'missed'))).toEqual([]);
  });

  it('a taken dose never raises the missed-dose alert; any extra dose raises a routine one', () => {
    const logs = [log('2026-11-19', 'missed'), log('2026-11-20', 'missed'), log('2026-11-20', 'taken')];
    expect(doseLogAlerts(logs, log('2026-11-20', 'taken'))).toEqual([]);
    expect(doseLogAlerts([], log('2026-11-20', 'extra'))).toMatchObject([{ kind: 'extra-dose', urgency: 'routine' }]);
  });
});
