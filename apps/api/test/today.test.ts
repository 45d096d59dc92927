import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from './databases.js';
import { TAPER_REQUEST } from './record-fixtures.js';
import { as, type SignedIn, signUp } from './sessions.js';
import { linkToPatient, openTestApp } from './test-app.js';

const TAPER = { ...TAPER_REQUEST, start: '2026-11-10' } as const;

interface TodayDose {
  time: string;
  at: string;
  drug: string;
  amountMg: number;
  amountUg: number;
  units: { formulationId: string; count: number; pieceMg: number }[];
  status?: string;
}

describe.each(ENGINES)('today’s doses (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  // 03:00 UTC on 22 November is still 21 November in New York.
  let clock = new Date('2026-11-22T03:00:00Z');
  let patient: SignedIn;
  let clinician: SignedIn;
  let supporter: SignedIn;
  let patientId: string;

  const call = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const today = async (who: SignedIn, date?: string) => {
    const res = await call(who, 'GET', `/api/patients/${patientId}/today${date ? `?date=${date}` : ''}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  /** A plan approved now (the clock moves a second, so the newest approval is the one in force). */
  const approvedPlan = async (body: object) => {
    const created = await call(patient, 'POST', `/api/patients/${patientId}/plans`, body);
    expect(created.statusCode).toBe(201);
    const { plan, version } = created.json();
    clock = new Date(clock.getTime() + 1000);
    const res = await call(clinician, 'POST', `/api/patients/${patientId}/plans/${plan.id}/versions/${version.id}/approve`);
    expect(res.statusCode).toBe(200);
    return { planId: plan.id as string, version: res.json().version };
  };

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    patient = await signUp(app, 'pat@example.org', 'patient');
    clock = new Date(clock.getTime() + 61_000);
    clinician = await signUp(app, 'doc@example.org', 'clinician');
    clock = new Date(clock.getTime() + 61_000);
    supporter = await signUp(app, 'sup@example.org', 'supporter');
    patientId = (await call(patient, 'POST', '/api/patients', { timeZone: 'America/New_York', region: 'US' })).json().patient.id;
    await linkToPatient(app, patient, patientId, { kind: 'clinician' }, clinician);
    await linkToPatient(
      app,
      patient,
      patientId,
      { kind: 'supporter', permissions: { plan: true, doses: false, checkIns: false, alerts: false } },
      supporter,
    );
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('with nothing approved: 200, no plan and a clear message (a draft is not followed)', async () => {
    expect(await today(patient)).toMatchObject({ date: '2026-11-21', plan: null, step: null, doses: [], next: null });
    await call(patient, 'POST', `/api/patients/${patientId}/plans`, TAPER);
    const body = await today(patient);
    expect(body.plan).toBeNull();
    expect(body.message).toMatch(/No plan has been approved/);
  });

  it('gives today’s doses in the patient’s zone: time, amount, tablets, instant and what changes next', async () => {
    const { version } = await approvedPlan(TAPER);
    const body = await today(patient);
    expect(body.date).toBe('2026-11-21');
    expect(body.plan).toMatchObject({ versionId: version.id, version: 1, drug: 'clonazepam', start: '2026-11-10' });
    expect(body.plan.stepCount).toBe(version.plan.steps.length);
    expect(body.message).toBe(`Step 1 of ${body.plan.stepCount}.`);
    expect(body.step).toMatchObject({ number: 1, kind: 'start', dayOfStep: 12, start: '2026-11-10', end: '2026-11-23' });
    const doses = body.doses as TodayDose[];
    expect(doses.map((d) => [d.time, d.amountMg, d.amountUg, d.at])).toEqual([
      ['08:00', 0.5, 500, '2026-11-21T13:00:00.000Z'],
      ['22:00', 1, 1000, '2026-11-22T03:00:00.000Z'],
    ]);
    for (const dose of doses) {
      expect(dose.units.reduce((sum, u) => sum + u.pieceMg * 1000 * u.count, 0)).toBe(dose.amountUg);
    }
    expect(body.next).toMatchObject({ date: '2026-11-24', reason: 'next-step', step: { number: 2, kind: 'reduce' } });
    expect(body.next.doses.length).toBeGreaterThan(0);
  });

  it('shows each dose’s logged status to those who see the dose log, and the schedule alone to others', async () => {
    const logged = await call(patient, 'POST', `/api/patients/${patientId}/dose-logs`, {
      clientId: 'today-0800-taken',
      date: '2026-11-21',
      plannedTime: '08:00',
      drug: 'clonazepam',
      dose: '0.5mg',
      status: 'taken',
    });
    expect(logged.statusCode).toBe(201);
    for (const who of [patient, clinician]) {
      expect(((await today(who)).doses as TodayDose[]).map((d) => d.status)).toEqual(['taken', 'pending']);
    }
    const seenBySupporter = (await today(supporter)).doses as TodayDose[];
    expect(seenBySupporter.map((d) => d.time)).toEqual(['08:00', '22:00']);
    expect(seenBySupporter.every((d) => d.status === undefined)).toBe(true);
    // Another day's log does not count for this one.
    expect(((await today(patient, '2026-11-22')).doses as TodayDose[]).map((d) => d.status)).toEqual(['pending', 'pending']);
  });

  it('an approved new version becomes today’s source at once', async () => {
    const { planId } = await approvedPlan({ ...TAPER, doses: ['0.25mg@09:00', '1mg@21:00'] });
    const body = await today(patient);
    expect(body.plan.id).toBe(planId);
    expect((body.doses as TodayDose[]).map((d) => [d.time, d.amountMg])).toEqual([
      ['09:00', 0.25],
      ['21:00', 1],
    ]);
    const v2 = await call(clinician, 'POST', `/api/patients/${patientId}/plans/${planId}/versions`, {
      ...TAPER,
      doses: ['0.5mg@07:30', '1mg@22:00'],
      reason: 'Morning dose earlier',
    });
    // A draft changes nothing yet.
    expect(((await today(patient)).doses as TodayDose[])[0]?.time).toBe('09:00');
    clock = new Date(clock.getTime() + 1000);
    await call(clinician, 'POST', `/api/patients/${patientId}/plans/${planId}/versions/${v2.json().version.id}/approve`);
    const after = await today(patient);
    expect(after.plan.version).toBe(2);
    expect((after.doses as TodayDose[])[0]?.time).toBe('07:30');
  });

  it('keeps doses at their wall-clock time across daylight-saving changes (gap: first valid minute; overlap: first occurrence)', async () => {
    await approvedPlan({ ...TAPER, doses: ['0.5mg@01:30', '0.5mg@02:30', '0.5mg@08:00'], start: '2026-10-20', intervalDays: 56 });
    const atTimes = async (date: string) =>
      Object.fromEntries(((await today(patient, date)).doses as TodayDose[]).map((d) => [d.time, d.at]));
    expect(await atTimes('2026-10-31')).toEqual({
      '01:30': '2026-10-31T05:30:00.000Z',
      '02:30': '2026-10-31T06:30:00.000Z',
      '08:00': '2026-10-31T12:00:00.000Z',
    });
    // 1 November: 01:30 happens twice (the first, EDT, counts); 08:00 is EST now.
    expect(await atTimes('2026-11-01')).toEqual({
      '01:30': '2026-11-01T05:30:00.000Z',
      '02:30': '2026-11-01T07:30:00.000Z',
      '08:00': '2026-11-01T13:00:00.000Z',
    });
    await approvedPlan({ ...TAPER, doses: ['0.5mg@02:30', '0.5mg@08:00'], start: '2027-03-01', intervalDays: 56 });
    // 14 March 2027: 02:30 does not exist in New York; the dose moves to 03:00 EDT.
    expect(await atTimes('2027-03-14')).toEqual({ '02:30': '2027-03-14T07:00:00.000Z', '08:00': '2027-03-14T12:00:00.000Z' });
    expect(await atTimes('2027-03-13')).toEqual({ '02:30': '2027-03-13T07:30:00.000Z', '08:00': '2027-03-13T13:00:00.000Z' });
  });

  it('before the plan starts and after it ends there are no doses, with a message; a bad date is a 422', async () => {
    const before = await today(patient, '2027-02-01');
    expect(before).toMatchObject({ step: null, doses: [], next: { date: '2027-03-01' } });
    expect(before.message).toMatch(/starts on 2027-03-01/);
    const after = await today(patient, '2031-01-01');
    expect(after).toMatchObject({ step: null, doses: [], next: null });
    expect(after.message).toMatch(/ended/);
    const bad = await call(patient, 'GET', `/api/patients/${patientId}/today?date=2026-02-30`);
    expect(bad.json()).toMatchObject({ status: 422, code: 'DATE_INVALID', errors: [{ field: 'date' }] });
  });
});
