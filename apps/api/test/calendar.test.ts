import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from './databases.js';
import { TAPER_REQUEST } from './record-fixtures.js';
import { as, type SignedIn, signUp } from './sessions.js';
import { linkToPatient, openTestApp } from './test-app.js';

// Stepdown names the calendar; ical.js needs to be told these are text.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
ICAL.design.icalendar.property.name = { defaultType: 'text' };

const parse = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
};

describe.each(ENGINES)('calendar feeds (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T15:00:00Z');
  let patient: SignedIn;
  let clinician: SignedIn;
  let patientId: string;

  const call = (who: SignedIn | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const newFeed = async () => {
    const res = await call(patient, 'POST', `/api/patients/${patientId}/calendar-feeds`);
    expect(res.statusCode).toBe(201);
    return res.json() as { feed: { id: string }; url: string };
  };

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    patient = await signUp(app, 'pat@example.org', 'patient');
    clock = new Date(clock.getTime() + 61_000);
    clinician = await signUp(app, 'doc@example.org', 'clinician');
    patientId = (await call(patient, 'POST', '/api/patients', { timeZone: 'Europe/London', region: 'UK' })).json().patient.id;
    await linkToPatient(app, patient, patientId, { kind: 'clinician' }, clinician);
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('a new feed’s URL is shown once; the list never shows a token; before any approval it is a valid empty calendar', async () => {
    const { feed, url } = await newFeed();
    expect(url).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const listed = (await call(patient, 'GET', `/api/patients/${patientId}/calendar-feeds`)).json().feeds;
    expect(listed).toEqual([expect.objectContaining({ id: feed.id, revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(url.slice(14, 57));
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(parse(res.body).events).toEqual([]);
  });

  it('serves the plan in force as valid iCalendar, made afresh on each request, and audits each read', async () => {
    const { feed, url } = await newFeed();
    const created = (await call(patient, 'POST', `/api/patients/${patientId}/plans`, TAPER_REQUEST)).json();
    const base = `/api/patients/${patientId}/plans/${created.plan.id}/versions`;
    // A draft is not served.
    expect(parse((await app.inject({ method: 'GET', url })).body).events).toEqual([]);
    await call(clinician, 'POST', `${base}/${created.version.id}/approve`);
    const first = parse((await app.inject({ method: 'GET', url })).body);
    expect(first.events.length).toBeGreaterThan(1);
    const morning = first.events.find((e) => e.startDate.toString() === '2026-11-22T08:00:00');
    expect(morning?.summary).toMatch(/0\.5 mg/);
    // Floating local time (no zone, no Z): the reminder stays at 08:00 when the clocks change.
    expect(morning?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBeUndefined();
    expect(first.events.every((e) => e.component.getFirstPropertyValue('sequence') === 1)).toBe(true);
    // The same URL follows a newly approved version.
    const v2 = (
      await call(clinician, 'POST', base, { ...TAPER_REQUEST, doses: ['0.5mg@09:00', '1mg@22:00'], reason: 'Later' })
    ).json();
    await call(clinician, 'POST', `${base}/${v2.version.id}/approve`);
    const second = parse((await app.inject({ method: 'GET', url: url.replace(/\.ics$/, '') })).body);
    expect(second.events.some((e) => e.startDate.toString() === '2026-11-22T09:00:00')).toBe(true);
    // Reminders the new version drops are sent as cancelled, so calendars remove them.
    const cancelled = second.events.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED');
    expect(cancelled.some((e) => e.startDate.toString() === '2026-11-22T08:00:00')).toBe(true);
    const audit = await db.repositories.audit.listForPatient(patientId);
    const reads = audit.filter((a) => a.targetType === 'calendar_feed' && a.targetId === feed.id);
    expect(reads).toHaveLength(3);
    expect(reads.every((a) => a.actorUserId === null && (a.detail as { via: string }).via === 'calendar feed')).toBe(true);
  });

  it('an unknown or revoked token is a 404 problem; revoking is the patient’s alone', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/calendar/not-a-real-token.ics' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'FEED_NOT_FOUND' });
    const { feed, url } = await newFeed();
    const byClinician = await call(clinician, 'DELETE', `/api/patients/${patientId}/calendar-feeds/${feed.id}`);
    expect(byClinician.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
    expect((await call(patient, 'DELETE', `/api/patients/${patientId}/calendar-feeds/${feed.id}`)).statusCode).toBe(204);
    const revoked = await app.inject({ method: 'GET', url });
    expect([revoked.statusCode, revoked.json().code]).toEqual([404, 'FEED_NOT_FOUND']);
    const listed = (await call(patient, 'GET', `/api/patients/${patientId}/calendar-feeds`)).json().feeds;
    expect(listed.find((f: { id: string }) => f.id === feed.id).revokedAt).not.toBeNull();
    expect((await call(patient, 'DELETE', `/api/patients/${patientId}/calendar-feeds/nope`)).statusCode).toBe(404);
  });
});
