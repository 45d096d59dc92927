import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from './databases.js';
import { as, type SignedIn } from './sessions.js';
import { linkToPatient, openTestApp, signUpAll } from './test-app.js';

describe.each(ENGINES)('care links: who I care for, and what a supporter sees (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  let people: Record<'pat' | 'friend' | 'doctor' | 'stranger', SignedIn>;
  let patientId = '';

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    people = await signUpAll(app, { pat: 'patient', friend: 'supporter', doctor: 'clinician', stranger: 'supporter' }, () => {
      clock = new Date(clock.getTime() + 61_000);
    });
    patientId = (
      await app.inject({
        method: 'POST',
        url: '/api/patients',
        payload: { timeZone: 'Europe/London', region: 'UK' },
        ...as(people.pat),
      })
    ).json().patient.id;
    await linkToPatient(app, people.pat, patientId, { kind: 'clinician' }, people.doctor);
    await linkToPatient(
      app,
      people.pat,
      patientId,
      { kind: 'supporter', permissions: { plan: true, doses: false, checkIns: false, alerts: true } },
      people.friend,
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  const careLinks = (who: SignedIn) => app.inject({ method: 'GET', url: '/api/care-links', ...as(who) });

  it('lists the patients a supporter or clinician can see, with the patient’s name and the permissions', async () => {
    const friend = (await careLinks(people.friend)).json();
    expect(friend.links).toEqual([
      expect.objectContaining({
        patientId,
        patientName: expect.stringContaining('pat'),
        kind: 'supporter',
        permissions: { plan: true, doses: false, checkIns: false, alerts: true },
      }),
    ]);
    expect((await careLinks(people.doctor)).json().links.map((l: { kind: string }) => l.kind)).toEqual(['clinician']);
    expect((await careLinks(people.stranger)).json().links).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/care-links' })).statusCode).toBe(401);
  });

  it('records the read in the patient’s access log', async () => {
    await careLinks(people.friend);
    const audit = await app.inject({ method: 'GET', url: `/api/patients/${patientId}/audit`, ...as(people.pat) });
    expect(JSON.stringify(audit.json())).toContain('read:care-links');
    // With the reader's name, so the patient recognises who looked.
    const read = audit.json().entries.find((e: { action: string }) => e.action === 'read:care-links');
    expect(read.actorName).toBe('friend');
  });

  it('a carer reading the record sees whose it is', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/patients/${patientId}`, ...as(people.doctor) });
    expect(res.json().patient).toMatchObject({ id: patientId, displayName: 'pat' });
  });

  it('names the people on the patient’s own list of links', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/patients/${patientId}/links`, ...as(people.pat) });
    const names = res.json().links.map((l: { kind: string; linkedUserName: string }) => [l.kind, l.linkedUserName]);
    expect(names).toEqual([
      ['clinician', 'doctor'],
      ['supporter', 'friend'],
    ]);
  });

  it('lets the patient widen or narrow what a supporter sees, and the supporter’s access follows at once', async () => {
    const link = (await careLinks(people.friend)).json().links[0];
    const doses = () =>
      app.inject({
        method: 'GET',
        url: `/api/patients/${patientId}/dose-logs?from=2026-11-01&to=2026-11-30`,
        ...as(people.friend),
      });
    expect((await doses()).statusCode).toBe(403);
    const widened = await app.inject({
      method: 'PATCH',
      url: `/api/patients/${patientId}/links/${link.id}`,
      payload: { permissions: { plan: true, doses: true, checkIns: false, alerts: true } },
      ...as(people.pat),
    });
    expect(widened.statusCode).toBe(200);
    expect(widened.json().link.permissions.doses).toBe(true);
    expect((await doses()).statusCode).toBe(200);
  });

  it('refuses to narrow a clinician’s view, naming the link', async () => {
    const link = (await careLinks(people.doctor)).json().links[0];
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/patients/${patientId}/links/${link.id}`,
      payload: { permissions: { plan: false, doses: false, checkIns: false, alerts: false } },
      ...as(people.pat),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'PERMISSIONS_SUPPORTERS_ONLY', errors: [{ field: 'linkId' }] });
  });
});
