import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALM_CHECK_IN, type CheckInWorld, counts, givePlan, openCheckInWorld } from './check-in-fixtures.js';
import { ENGINES } from './databases.js';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();

describe.each(ENGINES)('check-ins and questionnaires (%s)', (engine) => {
  let w: CheckInWorld;
  let n = 0;
  beforeEach(async () => {
    w = await openCheckInWorld(engine);
  });
  afterEach(async () => {
    await w.dispose();
  });

  const checkIn = (answers: object, extra: object = {}, completedAt = at(20)) =>
    w.call('patient', 'POST', `/api/patients/${w.patientId}/check-ins`, {
      clientId: `check-in-${++n}-test`,
      completedAt,
      answers: { ...CALM_CHECK_IN, ...answers },
      ...extra,
    });
  const respond = (instrumentId: string, answers: object, clientId = `response-${++n}-test`) =>
    w.call('patient', 'POST', `/api/patients/${w.patientId}/questionnaire-responses`, {
      clientId,
      instrumentId,
      completedAt: at(20),
      answers,
    });
  const alerts = (audience?: 'clinician' | 'supporter' | 'patient') =>
    w.db.repositories.alerts.listForPatient(w.patientId, audience ? { audience } : {});

  it('a check-in is scored and stored with its instrument and version; a retry returns the same entry', async () => {
    const body = { clientId: 'same-client-id', completedAt: at(20), answers: { ...CALM_CHECK_IN, withdrawal: 8 } };
    const first = await w.call('patient', 'POST', `/api/patients/${w.patientId}/check-ins`, body);
    expect(first.statusCode).toBe(201);
    expect(first.json().checkIn).toMatchObject({ instrumentId: 'check-in', instrumentVersion: '1', answers: { withdrawal: 8 } });
    expect(first.json().score.flags).toEqual([expect.objectContaining({ code: 'SEVERE_WITHDRAWAL_RATING' })]);
    const raised = (await alerts()).length;
    expect(raised).toBeGreaterThan(0);
    const again = await w.call('patient', 'POST', `/api/patients/${w.patientId}/check-ins`, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, checkIn: { id: first.json().checkIn.id } });
    expect((await alerts()).length).toBe(raised);
    expect((await w.db.repositories.checkIns.listForPatient(w.patientId)).length).toBe(1);
  });

  it('an emergency red flag answers at once with the patient’s regional number and crisis lines', async () => {
    const res = await checkIn({}, { redFlags: ['seizure'] });
    expect(res.statusCode).toBe(201);
    const help = res.json().help;
    expect(help).toMatchObject({ urgency: 'emergency', headline: 'Call 999 now.', emergencyNumber: '999' });
    expect(help.resources.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['uk-999', 'uk-samaritans']));
    expect(res.json().checkIn.flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'RED_FLAG' })]));
    expect(await alerts('clinician')).toMatchObject([{ kind: 'red-flag', urgency: 'emergency' }]);
    expect(res.json().careTeamAlerted).toBe(true);
    expect(await alerts('patient')).toMatchObject([{ kind: 'red-flag', urgency: 'emergency', action: /Call 999 now/ }]);
    // The same help on a retry.
    const retry = await w.call('patient', 'POST', `/api/patients/${w.patientId}/check-ins`, {
      clientId: `check-in-${n}-test`,
      completedAt: at(20),
      answers: CALM_CHECK_IN,
    });
    expect(retry.json().help).toMatchObject({ urgency: 'emergency' });
    expect(retry.json().careTeamAlerted).toBe(true);
  });

  it('a calm check-in raises nothing and offers no crisis help', async () => {
    const res = await checkIn({});
    expect(res.json().help).toBeNull();
    expect(res.json().careTeamAlerted).toBe(false);
    expect(await alerts()).toEqual([]);
  });

  it('bad answers are a 422 naming the item, and change nothing', async () => {
    const before = await counts(w);
    const res = await checkIn({ withdrawal: 11 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'ANSWER_INVALID', errors: [{ field: 'answers.withdrawal' }] });
    const missing = await w.call('patient', 'POST', `/api/patients/${w.patientId}/check-ins`, {
      clientId: 'missing-answers',
      completedAt: at(20),
      answers: { withdrawal: 3 },
    });
    expect(missing.json()).toMatchObject({ status: 422, code: 'ANSWER_MISSING', errors: [{ field: 'answers.anxiety' }] });
    expect((await checkIn({}, { redFlags: ['sneezing'] })).statusCode).toBe(400);
    const gad = await respond('gad7', { q1: 9 });
    expect(gad.json()).toMatchObject({ status: 422, errors: [{ field: 'answers.q1' }] });
    expect(await counts(w)).toEqual(before);
  });

  it('an unknown questionnaire is a 404 INSTRUMENT_UNKNOWN', async () => {
    const before = await counts(w);
    const res = await respond('beck', { q1: 1 });
    expect(res.json()).toMatchObject({ status: 404, code: 'INSTRUMENT_UNKNOWN', errors: [{ field: 'instrumentId' }] });
    expect(await counts(w)).toEqual(before);
  });

  it('PHQ-9 item 9 above 0 alerts the care team urgently whatever the total', async () => {
    const res = await respond('phq9', { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 1 });
    expect(res.statusCode).toBe(201);
    expect(res.json().response).toMatchObject({ instrumentId: 'phq9', instrumentVersion: '1', total: 1, band: 'minimal' });
    expect(res.json().help).toMatchObject({ urgency: 'urgent' });
    expect(await alerts('clinician')).toMatchObject([{ kind: 'phq9-item9', urgency: 'urgent' }]);
    expect(await alerts('patient')).toEqual([]);
  });

  it('an acute positive ASQ is an emergency for the care team and the patient', async () => {
    const res = await respond('asq', { q1: 1, q2: 0, q3: 1, q4: 0, q5: 1 });
    expect(res.json().help).toMatchObject({ urgency: 'emergency', emergencyNumber: '999' });
    expect(await alerts('clinician')).toMatchObject([{ kind: 'asq-acute-positive', urgency: 'emergency' }]);
    expect(await alerts('patient')).toMatchObject([{ kind: 'asq-acute-positive' }]);
    const positive = await respond('asq', { q1: 1, q2: 0, q3: 0, q4: 0, q5: 0 });
    expect(positive.json().help).toMatchObject({ urgency: 'urgent' });
  });

  it('a sustained rise suggests slowing, once, and never changes the plan', async () => {
    const plan = await givePlan(w);
    for (let day = 1; day <= 5; day++) expect((await checkIn({ withdrawal: 3 }, {}, at(day))).statusCode).toBe(201);
    expect((await checkIn({ withdrawal: 5 }, {}, at(6))).json().suggestion).toBeNull();
    expect((await checkIn({ withdrawal: 6 }, {}, at(7))).json().suggestion).toBeNull();
    const third = await checkIn({ withdrawal: 5 }, {}, at(8));
    expect(third.json().suggestion).toMatchObject({
      kind: 'slow',
      state: 'suggested',
      requestedByPatient: false,
      source: 'adaptive:check-in:sustained-rise',
      planId: plan.id,
    });
    // A fourth day up: the slow suggestion is already waiting.
    expect((await checkIn({ withdrawal: 6 }, {}, at(9))).json().suggestion).toBeNull();
    // A severe day: a hold is a different kind, so it is suggested too.
    expect((await checkIn({ withdrawal: 8 }, {}, at(10))).json().suggestion).toMatchObject({ kind: 'hold' });
    const suggestions = await w.db.repositories.adjustmentSuggestions.listForPatient(w.patientId);
    expect(suggestions.map((s) => [s.kind, s.state])).toEqual([
      ['hold', 'suggested'],
      ['slow', 'suggested'],
    ]);
    expect((await w.db.repositories.plans.findById(plan.id))?.latestVersion).toBe(0);
    expect((await alerts('clinician')).map((a) => a.kind)).toContain('adjustment-suggested');
  });

  it('without a plan a severe rating still alerts, but suggests nothing', async () => {
    const res = await checkIn({ withdrawal: 9 });
    expect(res.json().suggestion).toBeNull();
    expect(await alerts('clinician')).toMatchObject([{ kind: 'severe-withdrawal', urgency: 'urgent' }]);
    expect(await w.db.repositories.adjustmentSuggestions.listForPatient(w.patientId)).toEqual([]);
  });

  it('lists check-ins by the patient’s local date', async () => {
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time).
    await checkIn({}, {}, '2026-07-01T23:30:00.000Z');
    const on = (date: string) =>
      w.call('clinician', 'GET', `/api/patients/${w.patientId}/check-ins?from=${date}&to=${date}`).then((r) => r.json());
    expect((await on('2026-07-02')).checkIns).toHaveLength(1);
    expect((await on('2026-07-01')).checkIns).toHaveLength(0);
    const all = await w.call('supporterAlerts', 'GET', `/api/patients/${w.patientId}/check-ins`);
    expect(all.json().checkIns).toHaveLength(1);
    const backwards = await w.call('patient', 'GET', `/api/patients/${w.patientId}/check-ins?from=2026-07-03&to=2026-07-01`);
    expect(backwards.json()).toMatchObject({ status: 422, code: 'RANGE_INVALID' });
  });

  it('a hold request needs a plan; then the clinician is told the patient asked for a pause', async () => {
    const before = await counts(w);
    const url = `/api/patients/${w.patientId}/hold-requests`;
    const none = await w.call('patient', 'POST', url, { kind: 'hold', reason: 'Too much this week' });
    expect(none.json()).toMatchObject({ status: 422, code: 'NO_PLAN' });
    expect(await counts(w)).toEqual(before);
    await givePlan(w);
    const res = await w.call('patient', 'POST', url, { kind: 'hold', reason: 'Too much this week' });
    expect(res.statusCode).toBe(201);
    expect(res.json().suggestion).toMatchObject({ kind: 'hold', requestedByPatient: true, state: 'suggested' });
    expect(res.json().message).toMatch(/never stop suddenly/);
    expect(await alerts('clinician')).toMatchObject([{ kind: 'patient-asked-for-pause', urgency: 'urgent' }]);
    expect((await w.call('clinician', 'POST', url, { kind: 'hold', reason: 'x' })).statusCode).toBe(403);
  });
});
