import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from './databases.js';
import { as, type SignedIn, signUp } from './sessions.js';
import { linkToPatient, openTestApp } from './test-app.js';

/** Correcting the record: a medication changed or removed, the patient's zone and region changed. */
describe.each(ENGINES)('correcting the record (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T15:00:00Z');
  let patient: SignedIn;
  let clinician: SignedIn;
  let patientId: string;

  const call = (who: SignedIn | undefined, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const record = async (body: object = { drug: 'clonazepam', regimen: '0.5mg@08:00, 1mg@22:00', indication: 'panic' }) => {
    const res = await call(patient, 'POST', `/api/patients/${patientId}/medications`, body);
    expect(res.statusCode).toBe(201);
    return res.json().medication.id as string;
  };
  const listed = async () =>
    (await call(patient, 'GET', `/api/patients/${patientId}/medications`)).json().medications as { id: string; drug: string }[];

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    patient = await signUp(app, 'pat@example.org', 'patient');
    clock = new Date(clock.getTime() + 61_000);
    clinician = await signUp(app, 'doc@example.org', 'clinician');
    const created = await call(patient, 'POST', '/api/patients', { timeZone: 'America/New_York', region: 'US' });
    patientId = created.json().patient.id;
    await linkToPatient(app, patient, patientId, { kind: 'clinician' }, clinician);
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('changes a mistyped medication in place, with the same dose check as recording it', async () => {
    const id = await record({ drug: 'lorazepam', regimen: '1mg@08:00', indication: 'anxiety' });
    const res = await call(patient, 'PUT', `/api/patients/${patientId}/medications/${id}`, {
      drug: 'Klonopin',
      regimen: '3mg@08:00, 4mg@22:00',
      indication: 'panic',
      startedOn: '2024-01-10',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.medication).toMatchObject({ id, drug: 'clonazepam', indication: 'panic', startedOn: '2024-01-10' });
    expect(body.check.dailyTotalMg).toBe(7);
    expect(body.check.findings.map((f: { code: string }) => f.code)).toContain('ABOVE_LABEL_MAX');
    expect((await listed()).find((m) => m.id === id)?.drug).toBe('clonazepam');
  });

  it('refuses a bad change like a bad recording, field by field, and keeps the old entry', async () => {
    const id = await record();
    const res = await call(patient, 'PUT', `/api/patients/${patientId}/medications/${id}`, {
      drug: 'clonazepam',
      regimen: '0.5mg in the morning',
      indication: 'panic',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('REGIMEN_INVALID');
    expect(JSON.stringify(res.json().errors)).toContain('regimen');
    const future = await call(patient, 'PUT', `/api/patients/${patientId}/medications/${id}`, {
      drug: 'clonazepam',
      regimen: '0.5mg@08:00',
      indication: 'panic',
      startedOn: '2027-01-01',
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe('DATE_IN_FUTURE');
    expect((await db.repositories.medications.findCurrent(patientId, id))?.regimen).toEqual([
      { time: '08:00', amountUg: 500 },
      { time: '22:00', amountUg: 1000 },
    ]);
  });

  it('removes softly: 204, gone from the list, still in the history; a second removal is 404', async () => {
    const id = await record();
    const res = await call(patient, 'DELETE', `/api/patients/${patientId}/medications/${id}`);
    expect(res.statusCode).toBe(204);
    expect((await listed()).map((m) => m.id)).not.toContain(id);
    const history = await db.repositories.medications.listForPatient(patientId, { includeRemoved: true });
    expect(history.find((m) => m.id === id)?.removedAt).toBeTruthy();
    const again = await call(patient, 'DELETE', `/api/patients/${patientId}/medications/${id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('MEDICATION_NOT_FOUND');
    const change = await call(patient, 'PUT', `/api/patients/${patientId}/medications/${id}`, {
      drug: 'clonazepam',
      regimen: '0.5mg@08:00',
      indication: 'panic',
    });
    expect(change.statusCode).toBe(404);
  });

  it('the patient’s export still holds a removed medication, marked as removed', async () => {
    const id = await record();
    expect((await call(patient, 'DELETE', `/api/patients/${patientId}/medications/${id}`)).statusCode).toBe(204);
    const json = (await call(patient, 'GET', `/api/patients/${patientId}/export?format=json`)).body;
    const removed = JSON.parse(json).medications.find((m: { id: string }) => m.id === id);
    expect(removed?.removedAt).toBeTruthy();
    const csv = (await call(patient, 'GET', `/api/patients/${patientId}/export?format=csv`)).body;
    expect(csv.split('\n').find((line) => line.includes(id))).toContain('removed');
  });

  it('answers 404 MEDICATION_NOT_FOUND with the field for an unknown id', async () => {
    const res = await call(patient, 'PUT', `/api/patients/${patientId}/medications/nope`, {
      drug: 'clonazepam',
      regimen: '0.5mg@08:00',
      indication: 'panic',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'MEDICATION_NOT_FOUND' });
    expect(JSON.stringify(res.json())).toContain('medicationId');
  });

  it('lets the clinician correct a medication too', async () => {
    const id = await record();
    const res = await call(clinician, 'PUT', `/api/patients/${patientId}/medications/${id}`, {
      drug: 'clonazepam',
      regimen: '0.25mg@08:00',
      indication: 'panic',
    });
    expect(res.statusCode).toBe(200);
  });

  it('changes the time zone and region; an unknown zone is a field error and changes nothing', async () => {
    const res = await call(patient, 'PATCH', `/api/patients/${patientId}`, { timeZone: 'Europe/Madrid', region: 'EU' });
    expect(res.statusCode).toBe(200);
    expect(res.json().patient).toMatchObject({ timeZone: 'Europe/Madrid', region: 'EU' });
    const bad = await call(patient, 'PATCH', `/api/patients/${patientId}`, { timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('TIME_ZONE_UNKNOWN');
    expect(JSON.stringify(bad.json())).toContain('timeZone');
    const weight = await call(patient, 'PATCH', `/api/patients/${patientId}`, { weightKg: 70, dateOfBirth: '1980-04-02' });
    expect(weight.json().patient).toMatchObject({ timeZone: 'Europe/Madrid', weightKg: 70, dateOfBirth: '1980-04-02' });
    const badDate = await call(patient, 'PATCH', `/api/patients/${patientId}`, { dateOfBirth: '1980-13-40' });
    expect(badDate.statusCode).toBe(422);
  });

  it('does not let the clinician change where the patient lives', async () => {
    const res = await call(clinician, 'PATCH', `/api/patients/${patientId}`, { region: 'UK' });
    expect(res.statusCode).toBe(403);
    expect((await db.repositories.patients.findById(patientId))?.region).not.toBe('UK');
  });
});
