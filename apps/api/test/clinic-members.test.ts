import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.js';
import { ENGINES, type TestDatabase } from './databases.js';
import { as, type SignedIn } from './sessions.js';
import { openTestApp, signUpAll } from './test-app.js';

describe.each(ENGINES)('clinic members and invitations (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  let people: Record<'admin' | 'doctor' | 'nurse' | 'patient' | 'supporter' | 'outsider', SignedIn>;
  let clinicId = '';
  let patientId = '';

  const call = (who: SignedIn | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const members = async () => (await db.repositories.clinics.members(clinicId)).map((m) => [m.userId, m.role]);
  const invite = async (role: 'clinician' | 'clinic-admin', by = people.admin) => {
    const res = await call(by, 'POST', `/api/clinics/${clinicId}/invites`, { role });
    expect(res.statusCode).toBe(201);
    return res.json() as { code: string; invite: { id: string; expiresAt: string } };
  };

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    const roles = {
      admin: 'clinician',
      doctor: 'clinician',
      nurse: 'clinician',
      patient: 'patient',
      supporter: 'supporter',
      outsider: 'clinician',
    } as const;
    people = await signUpAll(app, roles, () => {
      clock = new Date(clock.getTime() + 61_000);
    });
    clinicId = (await call(people.admin, 'POST', '/api/clinics', { name: 'Hillside Practice' })).json().clinic.id;
    patientId = (await call(people.patient, 'POST', '/api/patients', { timeZone: 'Europe/London', region: 'UK' })).json().patient
      .id;
    const link = await call(people.patient, 'POST', `/api/patients/${patientId}/invites`, { kind: 'clinic', clinicId });
    expect((await call(people.admin, 'POST', '/api/invites/accept', { code: link.json().code })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('lists my clinics with my role; someone in no clinic gets an empty list', async () => {
    expect((await call(people.admin, 'GET', '/api/clinics')).json().clinics).toEqual([
      expect.objectContaining({ id: clinicId, name: 'Hillside Practice', role: 'clinic-admin' }),
    ]);
    expect((await call(people.patient, 'GET', '/api/clinics')).json()).toEqual({ clinics: [] });
    expect((await call(undefined, 'GET', '/api/clinics')).statusCode).toBe(401);
  });

  it('shows the members to members only; anyone else is told the clinic does not exist', async () => {
    const res = await call(people.admin, 'GET', `/api/clinics/${clinicId}/members`);
    expect(res.json().members).toEqual([
      expect.objectContaining({ userId: people.admin.userId, displayName: 'admin', role: 'clinic-admin' }),
    ]);
    expect((await call(people.outsider, 'GET', `/api/clinics/${clinicId}/members`)).json()).toMatchObject({
      status: 404,
      code: 'CLINIC_NOT_FOUND',
    });
    expect((await call(people.patient, 'GET', `/api/clinics/${clinicId}/members`)).statusCode).toBe(404);
  });

  it('an admin invites with a one-time code shown once, stored only as a hash, valid 14 days', async () => {
    const { code, invite: made } = await invite('clinician');
    expect(code.length).toBeGreaterThanOrEqual(40);
    expect(made.expiresAt).toBe(new Date(clock.getTime() + 14 * 24 * 3600_000).toISOString());
    const row = await db.database.db.selectFrom('clinic_invites').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
    expect(row.code_hash).toBe(hashToken(code));
    expect(JSON.stringify(row)).not.toContain(code);
    const audit = await db.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'write:clinic-invite').execute();
    expect(audit.at(-1)).toMatchObject({ actor_user_id: people.admin.userId, patient_id: null, target_id: clinicId });
  });

  it('refuses a bad invitation request and changes nothing', async () => {
    const before = await db.database.db.selectFrom('clinic_invites').select('id').execute();
    const bad = await call(people.admin, 'POST', `/api/clinics/${clinicId}/invites`, { role: 'patient' });
    expect(bad.json()).toMatchObject({ status: 400, code: 'VALIDATION' });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('role');
    expect((await call(people.admin, 'POST', `/api/clinics/${clinicId}/invites`, { role: 'clinician', x: 1 })).statusCode).toBe(
      400,
    );
    expect((await call(people.outsider, 'POST', `/api/clinics/${clinicId}/invites`, { role: 'clinician' })).statusCode).toBe(404);
    expect(await db.database.db.selectFrom('clinic_invites').select('id').execute()).toEqual(before);
  });

  it('only clinician accounts accept; a used code is 404, an expired one 422', async () => {
    const { code } = await invite('clinician');
    for (const who of [people.patient, people.supporter]) {
      const refused = await call(who, 'POST', '/api/clinic-invites/accept', { code });
      expect(refused.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
    expect(await members()).toHaveLength(1);
    const joined = await call(people.doctor, 'POST', '/api/clinic-invites/accept', { code });
    expect(joined.statusCode).toBe(200);
    expect(joined.json().clinic).toMatchObject({ id: clinicId, name: 'Hillside Practice', role: 'clinician' });
    expect(await members()).toContainEqual([people.doctor.userId, 'clinician']);
    // The same code again, by someone else: used up.
    expect((await call(people.nurse, 'POST', '/api/clinic-invites/accept', { code })).json()).toMatchObject({
      status: 404,
      code: 'INVITE_NOT_FOUND',
    });
    expect((await call(people.nurse, 'POST', '/api/clinic-invites/accept', { code: 'x'.repeat(43) })).statusCode).toBe(404);
    // Made 14 days and a second ago (sessions last 14 days too, so the clock stays put).
    const oldCode = 'an-old-invitation-code-0001';
    await db.repositories.clinicInvites.create({
      clinicId,
      role: 'clinician',
      codeHash: hashToken(oldCode),
      createdBy: people.admin.userId,
      expiresAt: new Date(clock.getTime() - 1000),
    });
    const expired = await call(people.nurse, 'POST', '/api/clinic-invites/accept', { code: oldCode });
    expect(expired.json()).toMatchObject({ status: 422, code: 'INVITE_EXPIRED' });
    expect((await members()).map(([id]) => id)).not.toContain(people.nurse.userId);
  });

  it('a member who joins sees the clinic’s patients; someone already a member gets 409 and the code stays usable', async () => {
    expect((await call(people.doctor, 'GET', `/api/patients/${patientId}`)).json().access.relation).toBe('clinic-member');
    const { code } = await invite('clinic-admin');
    expect((await call(people.doctor, 'POST', '/api/clinic-invites/accept', { code })).json()).toMatchObject({
      status: 409,
      code: 'MEMBER_EXISTS',
    });
    expect((await call(people.nurse, 'POST', '/api/clinic-invites/accept', { code })).statusCode).toBe(200);
    expect(await members()).toContainEqual([people.nurse.userId, 'clinic-admin']);
  });

  it('a plain member may not invite or remove others, but may leave', async () => {
    expect((await call(people.doctor, 'POST', `/api/clinics/${clinicId}/invites`, { role: 'clinician' })).json()).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    const before = await members();
    expect((await call(people.doctor, 'DELETE', `/api/clinics/${clinicId}/members/${people.nurse.userId}`)).statusCode).toBe(403);
    expect(await members()).toEqual(before);
    expect((await call(people.doctor, 'DELETE', `/api/clinics/${clinicId}/members/${people.doctor.userId}`)).statusCode).toBe(
      204,
    );
    expect((await members()).map(([id]) => id)).not.toContain(people.doctor.userId);
  });

  it('removing a member ends their access to the clinic’s patients at once, and is audited', async () => {
    const { code } = await invite('clinician');
    expect((await call(people.doctor, 'POST', '/api/clinic-invites/accept', { code })).statusCode).toBe(200);
    expect((await call(people.doctor, 'GET', `/api/patients/${patientId}`)).statusCode).toBe(200);
    const removed = await call(people.admin, 'DELETE', `/api/clinics/${clinicId}/members/${people.doctor.userId}`);
    expect(removed.statusCode).toBe(204);
    expect((await call(people.doctor, 'GET', `/api/patients/${patientId}`)).statusCode).toBe(404);
    expect((await call(people.doctor, 'GET', `/api/clinics/${clinicId}/members`)).statusCode).toBe(404);
    const audit = await db.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'write:clinic-member')
      .orderBy('at')
      .orderBy('id')
      .execute();
    const last = audit.at(-1);
    expect(last).toMatchObject({ actor_user_id: people.admin.userId, patient_id: null, target_id: clinicId });
    expect(JSON.parse(last?.detail_json ?? '{}')).toMatchObject({ change: 'removed', userId: people.doctor.userId });
    expect((await call(people.admin, 'DELETE', `/api/clinics/${clinicId}/members/${people.doctor.userId}`)).json()).toMatchObject(
      {
        status: 404,
        code: 'MEMBER_NOT_FOUND',
      },
    );
  });

  it('the last admin cannot be removed or leave (409 LAST_ADMIN); with two admins one may go', async () => {
    // Two admins now (admin and nurse): the nurse removes the admin, then cannot leave herself.
    expect((await call(people.nurse, 'DELETE', `/api/clinics/${clinicId}/members/${people.admin.userId}`)).statusCode).toBe(204);
    const before = await members();
    const last = await call(people.nurse, 'DELETE', `/api/clinics/${clinicId}/members/${people.nurse.userId}`);
    expect(last.json()).toMatchObject({ status: 409, code: 'LAST_ADMIN', errors: [{ field: 'userId' }] });
    expect(await members()).toEqual(before);
  });
});
