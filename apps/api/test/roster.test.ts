import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from './databases.js';
import { clonazepamPlan, fillRecord } from './record-fixtures.js';
import { as, type SignedIn, signUp } from './sessions.js';
import { openTestApp } from './test-app.js';

type Person = 'doctor' | 'colleague' | 'ana' | 'ben' | 'cleo' | 'dan' | 'kiri' | 'eve' | 'supporter';

describe.each(ENGINES)('the clinician roster (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  const people = {} as Record<Person, SignedIn>;
  const patients = {} as Record<'ana' | 'ben' | 'cleo' | 'dan' | 'kiri' | 'eve', string>;
  let clinicId = '';

  const call = (who: SignedIn | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const roster = async (who: SignedIn, query = '') => {
    const res = await call(who, 'GET', `/api/roster${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as {
      patients: { patientId: string; displayName: string; flags: string[]; status: string; [k: string]: unknown }[];
      counts: Record<string, number>;
    };
  };
  const names = (r: { patients: { displayName: string }[] }) => r.patients.map((p) => p.displayName);

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    const zones = {
      ana: 'America/New_York',
      ben: 'Europe/London',
      cleo: 'Europe/Berlin',
      dan: 'Asia/Tokyo',
      kiri: 'Pacific/Kiritimati',
      eve: 'Europe/Paris',
    } as const;
    for (const name of ['doctor', 'colleague', 'supporter'] as const) {
      clock = new Date(clock.getTime() + 61_000);
      people[name] = await signUp(app, `${name}@example.org`, name === 'supporter' ? 'supporter' : 'clinician');
    }
    clinicId = (await call(people.colleague, 'POST', '/api/clinics', { name: 'Northside' })).json().clinic.id;
    for (const [name, timeZone] of Object.entries(zones) as [keyof typeof zones, string][]) {
      clock = new Date(clock.getTime() + 61_000);
      people[name] = await signUp(app, `${name}@example.org`, 'patient');
      patients[name] = (await call(people[name], 'POST', '/api/patients', { timeZone, region: 'UK' })).json().patient.id;
      // Eve is nobody's patient here; Cleo reaches the doctor only through the clinic; the rest directly.
      if (name === 'eve') continue;
      const body = name === 'cleo' ? { kind: 'clinic', clinicId } : { kind: 'clinician' };
      const code = (await call(people[name], 'POST', `/api/patients/${patients[name]}/invites`, body)).json().code;
      const acceptor = name === 'cleo' ? people.colleague : people.doctor;
      expect((await call(acceptor, 'POST', '/api/invites/accept', { code })).statusCode).toBe(200);
    }
    // The doctor joins the clinic, and so sees Cleo.
    const clinicCode = (await call(people.colleague, 'POST', `/api/clinics/${clinicId}/invites`, { role: 'clinician' })).json()
      .code;
    expect((await call(people.doctor, 'POST', '/api/clinic-invites/accept', { code: clinicCode })).statusCode).toBe(200);
    clock = new Date('2026-11-22T10:00:00Z');
    const r = db.repositories;
    // Ana: an approved plan from 20 Nov, a missed dose on 20 Nov, a check-in, a rule's suggestion, a routine alert.
    await fillRecord(r, { patientId: patients.ana, clinicianUserId: people.doctor.userId, start: '2026-11-20' });
    // Ben: an urgent alert and a hold he asked for.
    const benPlan = await r.plans.create({ patientId: patients.ben, title: 'Taper' });
    await r.alerts.create({
      patientId: patients.ben,
      kind: 'asq-positive',
      urgency: 'urgent',
      title: 'Positive suicide-risk screen',
      body: 'Contact today.',
      audience: 'clinician',
    });
    await r.adjustmentSuggestions.create({
      patientId: patients.ben,
      planId: benPlan.id,
      kind: 'hold',
      reason: 'I need a pause',
      source: 'patient',
      requestedByPatient: true,
    });
    // Cleo: care began in July and nothing has been approved since: a review is due.
    await db.database.db
      .updateTable('care_links')
      .set({ accepted_at: '2026-07-01T09:00:00.000Z' })
      .where('patient_id', '=', patients.cleo)
      .execute();
    // Kiri: a missed dose on 16 Nov. At 10:00 UTC on 22 Nov it is already 23 Nov in Kiritimati (UTC+14),
    // so her last 7 days are 17–23 Nov and the miss no longer counts (in UTC it would).
    await r.doseLogs.record({
      patientId: patients.kiri,
      clientId: 'kiri-missed-0001',
      date: '2026-11-16',
      drug: 'clonazepam',
      amountUg: 250,
      status: 'missed',
    });
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('is for clinicians only', async () => {
    for (const who of [people.ana, people.supporter])
      expect((await call(who, 'GET', '/api/roster')).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect((await call(undefined, 'GET', '/api/roster')).statusCode).toBe(401);
  });

  it('lists every patient linked directly or through my clinics, and no one else', async () => {
    const result = await roster(people.doctor);
    expect(names(result)).toEqual(['ana', 'ben', 'cleo', 'dan', 'kiri']);
    expect(names(await roster(people.colleague))).toEqual(['cleo']);
  });

  it('flags each patient at a glance, dates in the patient’s own zone', async () => {
    const byName = Object.fromEntries((await roster(people.doctor)).patients.map((p) => [p.displayName, p]));
    expect(byName.ana?.flags).toEqual(['suggestion', 'missed-doses']);
    expect(byName.ben?.flags).toEqual(['red-flag', 'hold-requested']);
    expect(byName.cleo?.flags).toEqual(['review-due']);
    expect(byName.dan?.flags).toEqual(['on-track']);
    expect(byName.kiri?.flags).toEqual(['on-track']);
    expect(byName.ben?.status).toBe('red-flag');
    expect(byName.ana).toMatchObject({ timeZone: 'America/New_York', lastCheckInDate: '2026-11-20', missedDosesLast7Days: 1 });
    expect(byName.dan).toMatchObject({ lastCheckInDate: null, currentDailyDose: null });
  });

  it('shows today’s daily dose from the approved plan, in mg', async () => {
    const plan = clonazepamPlan('2026-11-20');
    const step = plan.steps.find((s) => s.start <= '2026-11-22' && '2026-11-22' <= s.end);
    const ana = (await roster(people.doctor)).patients.find((p) => p.displayName === 'ana');
    expect(ana?.currentDailyDose).toEqual(step?.dailyTotals.map((t) => ({ drug: t.drug, amountMg: t.amountUg / 1000 })));
    expect(ana?.currentDailyDose).toEqual([{ drug: 'clonazepam', amountMg: 1.5 }]);
  });

  it('filters by a flag and sorts by name, status or last check-in', async () => {
    expect(names(await roster(people.doctor, '?status=red-flag'))).toEqual(['ben']);
    expect(names(await roster(people.doctor, '?status=on-track'))).toEqual(['dan', 'kiri']);
    expect(names(await roster(people.doctor, '?sort=status'))).toEqual(['ben', 'ana', 'cleo', 'dan', 'kiri']);
    expect(names(await roster(people.doctor, '?sort=lastCheckIn'))[0]).toBe('ana');
    const counts = (await roster(people.doctor, '?status=red-flag')).counts;
    expect(counts).toMatchObject({
      'red-flag': 1,
      'hold-requested': 1,
      suggestion: 1,
      'missed-doses': 1,
      'review-due': 1,
      'on-track': 2,
    });
  });

  it('refuses an unknown flag or sort with a 400 naming the field', async () => {
    for (const query of ['?status=fine', '?sort=age', '?page=2']) {
      const res = await call(people.doctor, 'GET', `/api/roster${query}`);
      expect(res.json()).toMatchObject({ status: 400, code: 'VALIDATION' });
    }
  });

  it('audits each patient shown as a read by the clinician, visible in the patient’s access log', async () => {
    const count = async (patientId: string) =>
      (await db.repositories.audit.listForPatient(patientId, { limit: 1000 })).filter(
        (e) => e.action === 'read:roster' && e.actorUserId === people.doctor.userId,
      ).length;
    const before = { ben: await count(patients.ben), dan: await count(patients.dan), eve: await count(patients.eve) };
    await roster(people.doctor, '?status=red-flag');
    expect(await count(patients.ben)).toBe(before.ben + 1);
    expect(await count(patients.dan)).toBe(before.dan);
    await roster(people.doctor);
    expect(await count(patients.dan)).toBe(before.dan + 1);
    expect(await count(patients.eve)).toBe(0);
    const seen = (await call(people.dan, 'GET', `/api/patients/${patients.dan}/audit`)).json().entries as { action: string }[];
    expect(seen.some((e) => e.action === 'read:roster')).toBe(true);
  });

  it('drops patients reached through a clinic when I leave it, and revoked patients at once', async () => {
    expect((await call(people.doctor, 'DELETE', `/api/clinics/${clinicId}/members/${people.doctor.userId}`)).statusCode).toBe(
      204,
    );
    expect(names(await roster(people.doctor))).not.toContain('cleo');
    const links = (await call(people.dan, 'GET', `/api/patients/${patients.dan}/links`)).json().links as { id: string }[];
    for (const link of links) await call(people.dan, 'DELETE', `/api/patients/${patients.dan}/links/${link.id}`);
    expect(names(await roster(people.doctor))).toEqual(['ana', 'ben', 'kiri']);
  });

  it('answers for 200 patients promptly, most serious first', async () => {
    const r = db.repositories;
    for (let i = 0; i < 200; i++) {
      const user = await r.users.create({
        email: `bulk-${i}@example.org`,
        passwordHash: 'x',
        displayName: `Bulk ${String(i).padStart(3, '0')}`,
        role: 'patient',
        locale: 'en',
      });
      if (!user.ok) throw new Error(user.error.message);
      const patient = await r.patients.create({ userId: user.value.id, timeZone: 'Europe/London', region: 'UK' });
      if (!patient.ok) throw new Error(patient.error.message);
      const link = await r.careLinks.invite({
        patientId: patient.value.id,
        createdBy: user.value.id,
        inviteCodeHash: `bulk-code-${i}`,
        kind: 'clinician',
      });
      await db.database.db
        .updateTable('care_links')
        .set({ status: 'active', linked_user_id: people.doctor.userId, invite_code_hash: null, accepted_at: clock.toISOString() })
        .where('id', '=', link.id)
        .execute();
    }
    const started = performance.now();
    const result = await roster(people.doctor, '?sort=status');
    expect(result.patients).toHaveLength(203);
    expect(result.patients[0]?.displayName).toBe('ben');
    // Generous: a handful of queries takes milliseconds; one query per patient per fact would take far longer on PostgreSQL.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
