import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from './databases.js';
import { as, type SignedIn } from './sessions.js';
import { linkToPatient, openTestApp, signUpAll } from './test-app.js';

/** The clinician's questionnaire schedule: PUT …/questionnaire-schedule, read back in GET /patients/:id. */
describe.each(ENGINES)('questionnaire schedule (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-12-06T10:00:00Z');
  let people = {} as Record<'patient' | 'doctor' | 'supporter', SignedIn>;
  let patientId = '';

  const call = (who: SignedIn, method: 'GET' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const put = (who: SignedIn, payload: object) => call(who, 'PUT', `/api/patients/${patientId}/questionnaire-schedule`, payload);
  const scheduleSeenBy = async (who: SignedIn) =>
    (await call(who, 'GET', `/api/patients/${patientId}`)).json().patient.questionnaireSchedule as unknown;

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    people = await signUpAll(app, { patient: 'patient', doctor: 'clinician', supporter: 'supporter' }, () => {
      clock = new Date(clock.getTime() + 61_000); // stay under the sign-up rate limit
    });
    const created = await app.inject({
      method: 'POST',
      url: '/api/patients',
      payload: { timeZone: 'Europe/London', region: 'UK' },
      ...as(people.patient),
    });
    patientId = created.json().patient.id;
    await linkToPatient(app, people.patient, patientId, { kind: 'clinician' }, people.doctor);
    await linkToPatient(
      app,
      people.patient,
      patientId,
      { kind: 'supporter', permissions: { plan: true, doses: true, checkIns: true, alerts: true } },
      people.supporter,
    );
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('is null until set (the defaults 7, 14, 14 apply), and the record keeps its display name', async () => {
    const res = await call(people.patient, 'GET', `/api/patients/${patientId}`);
    expect(res.json().patient).toMatchObject({ id: patientId, displayName: 'patient', questionnaireSchedule: null });
  });

  it('the clinician sets it; the patient, the clinician and a supporter read it back', async () => {
    const res = await put(people.doctor, { bwsqDays: 7, phq9Days: 7, gad7Days: 0 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ questionnaireSchedule: { bwsqDays: 7, phq9Days: 7, gad7Days: 0 } });
    for (const who of [people.patient, people.doctor, people.supporter])
      expect(await scheduleSeenBy(who)).toEqual({ bwsqDays: 7, phq9Days: 7, gad7Days: 0 });
  });

  it('the patient and a supporter may not change it, and the stored schedule stays', async () => {
    const byPatient = await put(people.patient, { bwsqDays: 0, phq9Days: 0, gad7Days: 0 });
    expect(byPatient.statusCode).toBe(403);
    expect(byPatient.json()).toMatchObject({ code: 'SCHEDULE_NEEDS_CLINICIAN' });
    expect((await put(people.supporter, { bwsqDays: 0, phq9Days: 0, gad7Days: 0 })).statusCode).toBe(403);
    expect(await scheduleSeenBy(people.patient)).toEqual({ bwsqDays: 7, phq9Days: 7, gad7Days: 0 });
  });

  it('each value outside 0–90 days, not whole, or missing is a 400 naming its field', async () => {
    const cases: [object, string][] = [
      [{ bwsqDays: 91, phq9Days: 14, gad7Days: 14 }, 'bwsqDays'],
      [{ bwsqDays: 7, phq9Days: -1, gad7Days: 14 }, 'phq9Days'],
      [{ bwsqDays: 7, phq9Days: 14, gad7Days: 1.5 }, 'gad7Days'],
      [{ bwsqDays: 7, phq9Days: 14 }, 'gad7Days'],
    ];
    for (const [body, field] of cases) {
      const res = await put(people.doctor, body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION' });
      expect((res.json().errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
    const two = await put(people.doctor, { bwsqDays: 100, phq9Days: 14, gad7Days: 200 });
    expect((two.json().errors as { field: string }[]).map((e) => e.field)).toEqual(
      expect.arrayContaining(['bwsqDays', 'gad7Days']),
    );
    expect((await put(people.doctor, { bwsqDays: 7, phq9Days: 14, gad7Days: 14, extra: 1 })).statusCode).toBe(400);
    expect(await scheduleSeenBy(people.doctor)).toEqual({ bwsqDays: 7, phq9Days: 7, gad7Days: 0 });
  });

  it('every attempt is in the access log, allowed or denied', async () => {
    const entries = (await call(people.patient, 'GET', `/api/patients/${patientId}/audit`)).json().entries as {
      actorUserId: string;
      action: string;
      outcome: string;
    }[];
    const writes = entries.filter((e) => e.action === 'write:plan');
    expect(writes.some((e) => e.actorUserId === people.doctor.userId && e.outcome === 'allowed')).toBe(true);
    expect(writes.some((e) => e.actorUserId === people.supporter.userId && e.outcome === 'denied')).toBe(true);
  });
});
