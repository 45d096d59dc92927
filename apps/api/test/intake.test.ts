import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ENGINES, openTestDatabase, type TestDatabase } from './databases.js';
import { as, type SignedIn, signUp } from './sessions.js';

describe.each(ENGINES)('intake requests (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  let clinicId = '';
  const staff: Record<string, SignedIn> = {};

  const signup = async (name: string) => {
    clock = new Date(clock.getTime() + 61_000);
    return signUp(app, `${name}@clinic.org`, 'clinician');
  };
  const submit = (payload: object) =>
    app.inject({
      method: 'POST',
      url: `/api/clinics/${clinicId}/intake`,
      payload: { contactName: 'Alex', contactMethod: 'email', contactValue: 'alex@example.org', symptoms: [], ...payload },
    });

  beforeAll(async () => {
    db = await openTestDatabase(engine, () => clock);
    app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), {
      clock: () => clock,
      database: db.database,
      repositories: db.repositories,
    });
    staff.member = await signup('member');
    staff.outsider = await signup('outsider');
    const res = await app.inject({
      method: 'POST',
      url: '/api/clinics',
      payload: { name: 'Riverside Recovery' },
      ...as(staff.member),
    });
    expect(res.statusCode).toBe(201);
    clinicId = res.json().clinic.id;
  });
  beforeEach(() => {
    clock = new Date(clock.getTime() + 11 * 60_000); // a fresh rate-limit window
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('lists the clinics for someone without an account to choose from: names only', async () => {
    const res = await app.inject({ url: '/api/clinic-directory' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ clinics: [{ id: clinicId, name: 'Riverside Recovery' }] });
  });

  it('anyone can ask for help; an emergency answer shows the emergency number at once', async () => {
    const res = await submit({ message: 'My brother had a seizure after stopping', symptoms: ['seizure'], region: 'US' });
    expect(res.statusCode).toBe(202);
    expect(res.json().triage).toMatchObject({ urgency: 'emergency', headline: 'Call 911 now.' });
    const queue = await app.inject({ url: `/api/clinics/${clinicId}/intake`, ...as(staff.member) });
    expect(queue.json().requests[0]).toMatchObject({ contactName: 'Alex', triageUrgency: 'emergency', status: 'new' });
  });

  it('a filled honeypot is answered the same way but stores nothing', async () => {
    const before = (await app.inject({ url: `/api/clinics/${clinicId}/intake`, ...as(staff.member) })).json().requests.length;
    expect((await submit({ website: 'http://spam.example' })).statusCode).toBe(202);
    expect((await app.inject({ url: `/api/clinics/${clinicId}/intake`, ...as(staff.member) })).json().requests.length).toBe(
      before,
    );
  });

  it('limits how often one address can send', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await submit({})).statusCode);
    clock = new Date(clock.getTime() + 2 * 60_000);
    const limited = await submit({});
    statuses.push(limited.statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    // Ten-minute window, two minutes in: the person is told how long to wait.
    expect(limited.json().detail).toBe('Too many attempts from here: try again in 8 minutes.');
  });

  it('only members see the queue; they claim and close requests', async () => {
    expect((await app.inject({ url: `/api/clinics/${clinicId}/intake` })).statusCode).toBe(401);
    expect((await app.inject({ url: `/api/clinics/${clinicId}/intake`, ...as(staff.outsider) })).statusCode).toBe(404);
    const id = (await app.inject({ url: `/api/clinics/${clinicId}/intake?status=new`, ...as(staff.member) })).json().requests[0]
      .id;
    expect(
      (await app.inject({ method: 'POST', url: `/api/clinics/${clinicId}/intake/${id}/claim`, ...as(staff.outsider) }))
        .statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'POST', url: `/api/clinics/${clinicId}/intake/${id}/claim`, ...as(staff.member) })).json()
        .request.status,
    ).toBe('claimed');
    expect(
      (await app.inject({ method: 'POST', url: `/api/clinics/${clinicId}/intake/${id}/close`, ...as(staff.member) })).json()
        .request.status,
    ).toBe('closed');
    expect(
      (await app.inject({ method: 'POST', url: `/api/clinics/${clinicId}/intake/${id}/claim`, ...as(staff.member) })).json(),
    ).toMatchObject({ status: 409, code: 'INTAKE_STATE' });
  });

  it('an unknown clinic is a 404, and bad input names the field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/clinics/nope/intake',
      payload: { contactName: 'A', contactMethod: 'email', contactValue: 'a@b.c', symptoms: [] },
    });
    expect(res.json()).toMatchObject({ status: 404, code: 'CLINIC_NOT_FOUND' });
    const bad = await submit({ contactMethod: 'pigeon' });
    expect(bad.json()).toMatchObject({ status: 400, code: 'VALIDATION' });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('contactMethod');
  });
});
