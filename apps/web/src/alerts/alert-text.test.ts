import { doseLogAlerts, RED_FLAGS, responseAlerts, suggestAdjustment, type WithdrawalReading } from '@stepdown/core';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n/en.js';
import { type Locale, translate, type Vars } from '../i18n/i18n.js';
import { type AlertLike, alertText } from './alert-text.js';

const tFor = (locale: Locale) => (key: MessageKey, vars?: Vars) => translate(locale, key, vars);
const text = (locale: Locale, alert: AlertLike) => alertText(tFor(locale), locale, alert);

/*
 * The server's English, copied by hand (the web imports nothing from the API):
 * CARE_TEAM_ACTION and the severe-withdrawal / extra-dose texts in
 * packages/core/src/adaptive/response-alerts.ts, the dose-log texts in
 * packages/core/src/adaptive/dose-log-alerts.ts, the red-flag labels and whys in
 * packages/core/src/triage/symptoms.ts and triage.ts, and the suggestion alert in
 * apps/api/src/alerts/after-response.ts (announceSuggestion, KIND_WORDS).
 */
const SERVER = {
  emergencyAction:
    'Contact the patient now. If you cannot reach them, or they are in danger, call the emergency services for their area. The patient has been shown the emergency number and crisis lines.',
  urgentAction:
    'Contact the patient today. Suicidal thoughts: a safety assessment today. Opioids or alcohol: check for over-sedation. Severe withdrawal: consider pausing the taper.',
  severeAction:
    'Contact the patient today: ask about red-flag signs, and consider pausing at the current step or returning to the previous one. Never stop suddenly.',
  extraAction: 'Ask how the patient is coping: extra doses often mean withdrawal is hard to bear and the pace may need review.',
  missedAction:
    'Contact the patient today: ask why doses were missed and about withdrawal signs. Advise against making up several doses at once, and against stopping suddenly.',
  suggestionAction:
    'Review the suggestion and approve, edit or reject it. Nothing changes in the plan until a prescriber decides; the patient keeps to the current dose meanwhile.',
};

/** What each key must produce in English, filled as the server fills it. */
const ENGLISH: readonly [MessageKey, Vars, string][] = [
  ['alert.triage.action.emergency', {}, SERVER.emergencyAction],
  ['alert.triage.action.urgent', {}, SERVER.urgentAction],
  ['alert.triage.title.emergency', { reason: 'A seizure (fit)' }, 'Emergency: A seizure (fit)'],
  ['alert.triage.title.urgent', { reason: 'Pregnant, or may be' }, 'Urgent: Pregnant, or may be'],
  ['alert.reason.asq-acute-positive', {}, 'Suicide screen: thoughts of suicide right now'],
  ['alert.reason.asq-positive', {}, 'Suicide screen positive'],
  ['alert.reason.phq9-item9', {}, 'PHQ-9: thoughts of being better off dead or of self-harm'],
  ['redFlag.seizure', {}, 'A seizure (fit)'],
  ['redFlag.suicidal-thoughts', {}, 'Thoughts of being better off dead or of self-harm'],
  ['alert.why.seizure', {}, 'Withdrawal seizures can be life-threatening.'],
  ['alert.why.confusion', {}, 'Confusion can be a sign of severe withdrawal or over-sedation.'],
  ['alert.why.hallucinations', {}, 'Hallucinations are a sign of complicated withdrawal.'],
  ['alert.why.breathing', {}, 'Slowed breathing can be fatal, especially with opioids or alcohol.'],
  ['alert.why.cannot-stay-awake', {}, 'Deep sedation can stop breathing.'],
  ['alert.why.suicidal-now', {}, 'Immediate risk to life: do not stay alone.'],
  ['alert.why.severe-agitation', {}, 'Severe autonomic symptoms are a sign of severe or complicated withdrawal.'],
  ['alert.why.suicidal-thoughts', {}, 'Needs a safety check with a professional today, and crisis support now.'],
  ['alert.why.took-much-more', {}, 'Risk of over-sedation over the next hours; get advice now.'],
  ['alert.why.opioids-or-alcohol', {}, 'Together they can slow or stop breathing.'],
  ['alert.why.pregnancy', {}, 'The safest plan changes in pregnancy; never stop suddenly — talk to the prescriber soon.'],
  ['alert.why.fall-or-head-injury', {}, 'Sedatives raise the risk of falls; a head injury needs checking.'],
  ['alert.severe-withdrawal.title', { value: 8 }, 'Severe withdrawal score (8)'],
  ['alert.severe-withdrawal.body.check-in', { value: 8, from: 7 }, 'Daily withdrawal rating 8, at or above 7.'],
  ['alert.severe-withdrawal.body.ciwa-b', { value: 45, from: 41 }, 'CIWA-B total 45, at or above 41.'],
  ['alert.severe-withdrawal.action', {}, SERVER.severeAction],
  ['alert.extra-dose.title.logged', {}, 'An extra dose was logged'],
  ['alert.extra-dose.body.logged', { date: '2026-12-06' }, 'The patient logged an extra dose on 2026-12-06.'],
  ['alert.extra-dose.title.reported', { count: 2 }, 'Extra doses reported (2)'],
  ['alert.extra-dose.body.reported.one', { count: 1 }, "The patient reported 1 extra dose in today's check-in."],
  ['alert.extra-dose.body.reported.other', { count: 2 }, "The patient reported 2 extra doses in today's check-in."],
  ['alert.extra-dose.action', {}, SERVER.extraAction],
  ['alert.missed-doses.title', { count: 2, days: 3 }, '2 missed doses in 3 days'],
  [
    'alert.missed-doses.body',
    { count: 2, date: '2026-12-06', daysBefore: 2 },
    'The patient logged 2 missed doses between 2026-12-06 and the 2 days before. Several missed doses act like a fast, unplanned cut.',
  ],
  ['alert.missed-doses.action', {}, SERVER.missedAction],
  ['alert.adjustment-suggested.title.hold', {}, 'Suggested: pause (hold) the taper'],
  ['alert.adjustment-suggested.title.slow', {}, 'Suggested: slow the taper'],
  [
    'alert.adjustment-suggested.body.severe.check-in',
    { value: 8, from: 7 },
    'Severe withdrawal: daily withdrawal rating 8 (severe from 7). Consider pausing at the current step, or returning to the previous step, until symptoms settle.',
  ],
  [
    'alert.adjustment-suggested.body.severeRising.ciwa-b',
    { value: 45, from: 41, count: 2, rise: 10, baseline: 30 },
    'Severe withdrawal: CIWA-B total 45 (severe from 41), and 2 readings in a row at least 10 above the baseline 30. Consider pausing at the current step, or returning to the previous step, until symptoms settle.',
  ],
  [
    'alert.adjustment-suggested.body.rise.check-in',
    { count: 3, values: '5, 6, 6', rise: 2, baseline: 3.5, days: 14 },
    "Sustained rise: the last 3 daily withdrawal ratings (5, 6, 6) are each at least 2 above this patient's baseline of 3.5 (median of the previous 14 days). Consider slowing the taper: smaller cuts or longer steps.",
  ],
  [
    'alert.adjustment-suggested.body.rise.bwsq',
    { count: 2, values: '20, 22', rise: 5, baseline: 14, days: 28 },
    "Sustained rise: the last 2 BWSQ totals (20, 22) are each at least 5 above this patient's baseline of 14 (median of the previous 28 days). Consider slowing the taper: smaller cuts or longer steps.",
  ],
  ['alert.patient-asked-for-pause.title.hold', {}, 'The patient asked to pause (hold) the taper'],
  ['alert.patient-asked-for-pause.title.slow', {}, 'The patient asked to slow the taper'],
  ['alert.suggestion.action', {}, SERVER.suggestionAction],
];

const RED_FLAG: AlertLike = {
  kind: 'red-flag',
  title: 'Emergency: A seizure (fit)',
  body: 'A seizure (fit): Withdrawal seizures can be life-threatening. Took it with opioids or alcohol: Together they can slow or stop breathing.',
  action: SERVER.emergencyAction,
};

describe('alert texts', () => {
  it('the English catalogue is exactly what the server writes', () => {
    for (const [key, vars, expected] of ENGLISH) expect(translate('en', key, vars), key).toBe(expected);
  });

  it('shows a red-flag alert’s title, reasons and what to do in Spanish', () => {
    const shown = text('es', RED_FLAG);
    expect(shown.title).toBe('Emergencia: Una convulsión (ataque)');
    expect(shown.body).toBe(
      'Una convulsión (ataque): Las convulsiones por abstinencia pueden poner en peligro la vida. Lo tomó con opioides o alcohol: Juntos pueden hacer más lenta o detener la respiración.',
    );
    expect(shown.action).toMatch(/^Contacte ahora con el paciente\./);
    expect(shown.lang).toEqual({ title: undefined, body: undefined, action: undefined });
  });

  it('leaves the English unchanged', () => {
    const shown = text('en', RED_FLAG);
    expect(shown).toEqual({
      title: RED_FLAG.title,
      body: RED_FLAG.body,
      action: RED_FLAG.action,
      lang: { title: 'en', body: 'en', action: 'en' },
    });
  });

  it('an unknown kind keeps the server’s English, marked as English', () => {
    const alert: AlertLike = { kind: 'something-new', title: 'A new rule fired', body: 'Details.', action: 'Call them.' };
    expect(text('es', alert)).toEqual({
      title: 'A new rule fired',
      body: 'Details.',
      action: 'Call them.',
      lang: { title: 'en', body: 'en', action: 'en' },
    });
  });

  it('a known kind with wording it does not recognise stays English, part by part', () => {
    const shown = text('es', { kind: 'missed-doses', title: 'Several missed doses', body: 'Two this week.', action: null });
    expect(shown).toEqual({
      title: 'Several missed doses',
      body: 'Two this week.',
      action: null,
      lang: { title: 'en', body: 'en', action: 'en' },
    });
    // An unknown red flag in the body keeps the whole body English, while the title is still translated.
    const partly = text('es', {
      ...RED_FLAG,
      body: 'A seizure (fit): Withdrawal seizures can be life-threatening. Something else: why.',
    });
    expect(partly.title).toBe('Emergencia: Una convulsión (ataque)');
    expect(partly.lang.body).toBe('en');
  });

  it('carries the numbers and the date of a missed-doses alert over', () => {
    const shown = text('es', {
      kind: 'missed-doses',
      title: '3 missed doses in 3 days',
      body: 'The patient logged 3 missed doses between 2026-12-06 and the 2 days before. Several missed doses act like a fast, unplanned cut.',
      action: SERVER.missedAction,
    });
    expect(shown.title).toBe('3 dosis no tomadas en 3 días');
    expect(shown.body).toMatch(
      /^El paciente registró 3 dosis no tomadas entre el 6 de diciembre de 2026 y los 2 días anteriores\./,
    );
    expect(shown.action).toMatch(/^Contacte hoy con el paciente/);
  });

  it('a suicide-screen alert uses the screen’s own label', () => {
    const shown = text('es', {
      kind: 'asq-positive',
      title: 'Urgent: Suicide screen positive',
      body: 'Suicide screen positive: Needs a safety check with a professional today, and crisis support now.',
      action: SERVER.urgentAction,
    });
    expect(shown.title).toBe('Urgente: Cribado de suicidio positivo');
    expect(shown.lang).toEqual({ title: undefined, body: undefined, action: undefined });
  });

  it('a pause request: title and action translated, the patient’s own words left unmarked', () => {
    const shown = text('es', {
      kind: 'patient-asked-for-pause',
      title: 'The patient asked to pause (hold) the taper',
      body: 'Me cuesta dormir.',
      action: SERVER.suggestionAction,
    });
    expect(shown.title).toBe('El paciente pidió pausar (mantener) la reducción');
    expect(shown.body).toBe('Me cuesta dormir.');
    expect(shown.lang).toEqual({ title: undefined, body: undefined, action: undefined });
  });

  it('a rule’s suggestion: the reason with its readings, numbers written the Spanish way', () => {
    const shown = text('es', {
      kind: 'adjustment-suggested',
      title: 'Suggested: slow the taper',
      body: "Sustained rise: the last 3 daily withdrawal ratings (5, 6, 6) are each at least 2 above this patient's baseline of 3.5 (median of the previous 14 days). Consider slowing the taper: smaller cuts or longer steps.",
      action: SERVER.suggestionAction,
    });
    expect(shown.title).toBe('Sugerencia: reducir más despacio');
    expect(shown.body).toBe(
      'Aumento sostenido: las últimas 3 valoraciones diarias de la abstinencia (5; 6; 6) están cada una al menos 2 por encima de la línea de base de este paciente, 3,5 (mediana de los 14 días anteriores). Considere reducir más despacio: recortes más pequeños o pasos más largos.',
    );
    expect(shown.action).toMatch(/^Revise la sugerencia/);
    expect(shown.lang).toEqual({ title: undefined, body: undefined, action: undefined });
  });

  it('never carries words over from the server into a translation', () => {
    const shown = text('es', { kind: 'severe-withdrawal', title: 'Severe withdrawal score (high)', body: '', action: null });
    expect(shown.title).toBe('Severe withdrawal score (high)');
    expect(shown.lang.title).toBe('en');
  });
});

/** What core's alert rules write today, run for real: every text must be recognised, so none is left in English. */
describe('alerts written by core’s rules', () => {
  const translatedFully = (alert: AlertLike) => {
    const shown = text('es', alert);
    expect(shown.lang, alert.title).toEqual({ title: undefined, body: undefined, action: undefined });
  };
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
  const rules = (input: Parameters<typeof responseAlerts>[0]) => {
    const result = responseAlerts(input);
    if (!result.ok) throw new Error(result.error.code);
    return result.value.alerts;
  };
  const checkIn = (answers: Record<string, number>) => ({ instrumentId: 'check-in', total: null, band: null, answers }) as const;

  it('every red flag, alone and together, and the suicide screens', () => {
    for (const flag of RED_FLAGS)
      for (const a of rules({ score: checkIn(calm), redFlags: [flag.id], region: 'US' })) translatedFully(a);
    const all = rules({ score: checkIn(calm), redFlags: RED_FLAGS.map((f) => f.id), region: 'UK' });
    expect(all).toHaveLength(1);
    for (const a of all) translatedFully(a);
    const band = (id: string) => ({ id, label: id, min: 1, max: 1, source: 'nimh-asq' as const });
    for (const a of [
      ...rules({ score: { instrumentId: 'phq9', total: 3, band: null, answers: { q9: 1 } }, region: 'US' }),
      ...rules({ score: { instrumentId: 'asq', total: null, band: band('non-acute-positive'), answers: {} }, region: 'US' }),
      ...rules({ score: { instrumentId: 'asq', total: null, band: band('acute-positive'), answers: {} }, region: 'US' }),
    ])
      translatedFully(a);
  });

  it('severe withdrawal and extra doses from a check-in or CIWA-B', () => {
    const fromCheckIn = rules({ score: checkIn({ ...calm, withdrawal: 8, extraDoses: 1 }), region: 'US' });
    const more = rules({ score: checkIn({ ...calm, extraDoses: 3 }), region: 'US' });
    const ciwa = rules({ score: { instrumentId: 'ciwa-b', total: 45, band: null, answers: {} }, region: 'US' });
    expect([...fromCheckIn, ...more, ...ciwa].map((a) => a.kind)).toEqual([
      'severe-withdrawal',
      'extra-dose',
      'extra-dose',
      'severe-withdrawal',
    ]);
    for (const a of [...fromCheckIn, ...more, ...ciwa]) translatedFully(a);
  });

  it('missed and extra doses logged', () => {
    const missed = [
      { date: '2026-12-04', status: 'missed' },
      { date: '2026-12-06', status: 'missed' },
    ] as const;
    const alerts = [...doseLogAlerts(missed, missed[1]), ...doseLogAlerts([], { date: '2026-12-06', status: 'extra' })];
    expect(alerts.map((a) => a.kind)).toEqual(['missed-doses', 'extra-dose']);
    for (const a of alerts) translatedFully(a);
  });

  it('the suggestion rule’s reasons', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 10, 1, 9) + n * 86_400_000).toISOString();
    const readings = (id: WithdrawalReading['instrumentId'], values: readonly number[], step = 1): WithdrawalReading[] =>
      values.map((value, i) => ({ instrumentId: id, completedAt: day(i * step), value }));
    const advice = [
      suggestAdjustment([], { instrumentId: 'check-in', completedAt: day(0), value: 8 }),
      suggestAdjustment([], { instrumentId: 'ciwa-b', completedAt: day(0), value: 41 }),
      suggestAdjustment(readings('check-in', [2, 2, 3, 2, 3, 6, 6]), { instrumentId: 'check-in', completedAt: day(7), value: 6 }),
      suggestAdjustment(readings('check-in', [2, 2, 3, 2, 3, 6, 6]), { instrumentId: 'check-in', completedAt: day(7), value: 9 }),
      suggestAdjustment(readings('bwsq', [8, 10, 16], 7), { instrumentId: 'bwsq', completedAt: day(21), value: 17 }),
    ];
    expect(advice.map((a) => a.kind)).toEqual(['hold', 'hold', 'slow', 'hold', 'slow']);
    for (const a of advice) {
      const shown = text('es', {
        kind: 'adjustment-suggested',
        title: 'Suggested: slow the taper',
        body: a.reason,
        action: null,
      });
      expect(shown.lang.body, a.reason).toBeUndefined();
    }
  });
});
