/**
 * Client ids on hold requests and plans (migration 0004): one record per
 * (patient, client id), rows without one as many as wanted. On SQLite and,
 * when STEPDOWN_TEST_PG names a server, on PostgreSQL in a private schema.
 */
import { describe, expect, it } from 'vitest';
import { expectMigrationReversible, newTestPatient, testEngines, useMigratedDatabase } from './testing/engines.js';

const engines = testEngines();

describe.each(engines)('client ids on hold requests and plans ($name)', (engineCase) => {
  const { handle, repos, ids } = useMigratedDatabase(engineCase, () => new Date('2026-12-06T10:00:00.000Z'));

  const newPatient = () => newTestPatient(repos(), ids());
  const rows = async (table: 'plans' | 'adjustment_suggestions', patientId: string) =>
    (await handle().db.selectFrom(table).select('client_id').where('patient_id', '=', patientId).execute()).length;
  const request = (patientId: string, planId: string, clientId?: string, reason = 'Sleep is very hard') =>
    repos().adjustmentSuggestions.record({
      patientId,
      planId,
      kind: 'hold',
      reason,
      source: 'patient-request',
      requestedByPatient: true,
      ...(clientId === undefined ? {} : { clientId }),
    });

  it('migration 0004 adds client_id to both tables and takes it away again', () =>
    expectMigrationReversible(engineCase, {
      migration: '0004-client-ids',
      adds: ['plans.client_id', 'adjustment_suggestions.client_id'],
      restores: ['plans.client_id'],
    }));

  it('keeps any number of rows without a client id (NULLs are distinct in the unique index)', async () => {
    const patient = await newPatient();
    const a = await repos().plans.create({ patientId: patient.id, title: 'One' });
    const b = await repos().plans.record({ patientId: patient.id, title: 'Two' });
    expect(b.created).toBe(true);
    expect(b.value.id).not.toBe(a.id);
    expect(await rows('plans', patient.id)).toBe(2);
    await repos().adjustmentSuggestions.create({
      patientId: patient.id,
      planId: a.id,
      kind: 'slow',
      reason: 'Rule',
      source: 'rule',
      requestedByPatient: false,
    });
    expect((await request(patient.id, a.id)).created).toBe(true);
    expect((await request(patient.id, a.id)).created).toBe(true);
    expect(await rows('adjustment_suggestions', patient.id)).toBe(3);
  });

  it('records a hold request once per client id: a retry returns the stored request', async () => {
    const patient = await newPatient();
    const plan = await repos().plans.create({ patientId: patient.id, title: 'Taper' });
    const clientId = ids();
    const first = await request(patient.id, plan.id, clientId);
    expect(first.created).toBe(true);
    expect(first.value).toMatchObject({ kind: 'hold', reason: 'Sleep is very hard', requestedByPatient: true });
    const retry = await request(patient.id, plan.id, clientId, 'Typed again');
    expect(retry).toEqual({ value: first.value, created: false });
    expect(await rows('adjustment_suggestions', patient.id)).toBe(1);
    // The same client id from another patient is another request.
    const other = await newPatient();
    const theirPlan = await repos().plans.create({ patientId: other.id, title: 'Taper' });
    const theirs = await request(other.id, theirPlan.id, clientId);
    expect(theirs.created).toBe(true);
    expect(theirs.value.id).not.toBe(first.value.id);
  });

  it('stores one hold request when the same one arrives many times at once', async () => {
    const patient = await newPatient();
    const plan = await repos().plans.create({ patientId: patient.id, title: 'Taper' });
    const clientId = ids();
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => request(patient.id, plan.id, clientId, `Copy ${i}`)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.value.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.value.reason)).size).toBe(1);
    expect(await rows('adjustment_suggestions', patient.id)).toBe(1);
  });

  it('creates a plan once per client id, also when copies race', async () => {
    const patient = await newPatient();
    const clientId = ids();
    const first = await repos().plans.record({ patientId: patient.id, title: 'Winter taper', clientId });
    expect(first.created).toBe(true);
    expect(first.value).toMatchObject({ title: 'Winter taper', latestVersion: 0, activeVersionId: null });
    expect(await repos().plans.record({ patientId: patient.id, title: 'Other', clientId })).toEqual({
      value: first.value,
      created: false,
    });
    const raced = ids();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => repos().plans.record({ patientId: patient.id, title: `Copy ${i}`, clientId: raced })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.value.id)).size).toBe(1);
    expect(await rows('plans', patient.id)).toBe(2);
    const other = await newPatient();
    expect((await repos().plans.record({ patientId: other.id, title: 'Theirs', clientId })).created).toBe(true);
  });
});
