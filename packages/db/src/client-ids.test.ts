/**
 * Client ids on hold requests and plans (migration 0004): one record per
 * (patient, client id), rows without one as many as wanted. On SQLite and,
 * when STEPDOWN_TEST_PG names a server, on PostgreSQL in a private schema.
 */
import { randomFillSync } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories, createUuidV7, migrate, migrateDown, type Repositories } from './index.js';
import { type EngineCase, newTestPatient, testEngines } from './testing/engines.js';

const engines = testEngines();

describe.each(engines)('client ids on hold requests and plans ($name)', (engineCase) => {
  let opened: Awaited<ReturnType<EngineCase['open']>>;
  let repos: Repositories;
  const clock = () => new Date('2026-12-06T10:00:00.000Z');
  const ids = createUuidV7({ clock, random: (bytes) => randomFillSync(bytes) });

  beforeAll(async () => {
    opened = await engineCase.open();
    await migrate(opened.handle.db);
    repos = createRepositories(opened.handle.db, { clock, ids });
  });
  afterAll(async () => {
    await opened?.dispose();
  });

  const newPatient = () => newTestPatient(repos, ids());
  const rows = async (table: 'plans' | 'adjustment_suggestions', patientId: string) =>
    (await opened.handle.db.selectFrom(table).select('client_id').where('patient_id', '=', patientId).execute()).length;
  const request = (patientId: string, planId: string, clientId?: string, reason = 'Sleep is very hard') =>
    repos.adjustmentSuggestions.record({
      patientId,
      planId,
      kind: 'hold',
      reason,
      source: 'patient-request',
      requestedByPatient: true,
      ...(clientId === undefined ? {} : { clientId }),
    });

  it('migration 0004 adds client_id to both tables and takes it away again', async () => {
    const fresh = await engineCase.open();
    const columnsOf = async (table: string) => {
      const tables = await fresh.handle.db.introspection.getTables();
      const schema =
        fresh.handle.engine === 'postgres'
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(fresh.handle.db)).rows[0]?.s
          : undefined;
      const found = tables.find((t) => t.name === table && (schema === undefined || t.schema === schema));
      return found?.columns.map((c) => c.name) ?? [];
    };
    try {
      await migrate(fresh.handle.db);
      expect(await columnsOf('plans')).toContain('client_id');
      expect(await columnsOf('adjustment_suggestions')).toContain('client_id');
      for (let step = 0; step < 50; step++) {
        const down = await migrateDown(fresh.handle.db);
        if (down.some((r) => r.migrationName === '0004-client-ids' && r.status === 'Success')) break;
      }
      expect(await columnsOf('plans')).not.toContain('client_id');
      expect(await columnsOf('adjustment_suggestions')).not.toContain('client_id');
      expect((await migrate(fresh.handle.db)).map((r) => r.migrationName)).toContain('0004-client-ids');
      expect(await columnsOf('plans')).toContain('client_id');
    } finally {
      await fresh.dispose();
    }
  });

  it('keeps any number of rows without a client id (NULLs are distinct in the unique index)', async () => {
    const patient = await newPatient();
    const a = await repos.plans.create({ patientId: patient.id, title: 'One' });
    const b = await repos.plans.record({ patientId: patient.id, title: 'Two' });
    expect(b.created).toBe(true);
    expect(b.value.id).not.toBe(a.id);
    expect(await rows('plans', patient.id)).toBe(2);
    await repos.adjustmentSuggestions.create({
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
    const plan = await repos.plans.create({ patientId: patient.id, title: 'Taper' });
    const clientId = ids();
    const first = await request(patient.id, plan.id, clientId);
    expect(first.created).toBe(true);
    expect(first.value).toMatchObject({ kind: 'hold', reason: 'Sleep is very hard', requestedByPatient: true });
    const retry = await request(patient.id, plan.id, clientId, 'Typed again');
    expect(retry).toEqual({ value: first.value, created: false });
    expect(await rows('adjustment_suggestions', patient.id)).toBe(1);
    // The same client id from another patient is another request.
    const other = await newPatient();
    const theirPlan = await repos.plans.create({ patientId: other.id, title: 'Taper' });
    const theirs = await request(other.id, theirPlan.id, clientId);
    expect(theirs.created).toBe(true);
    expect(theirs.value.id).not.toBe(first.value.id);
  });

  it('stores one hold request when the same one arrives many times at once', async () => {
    const patient = await newPatient();
    const plan = await repos.plans.create({ patientId: patient.id, title: 'Taper' });
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
    const first = await repos.plans.record({ patientId: patient.id, title: 'Winter taper', clientId });
    expect(first.created).toBe(true);
    expect(first.value).toMatchObject({ title: 'Winter taper', latestVersion: 0, activeVersionId: null });
    expect(await repos.plans.record({ patientId: patient.id, title: 'Other', clientId })).toEqual({
      value: first.value,
      created: false,
    });
    const raced = ids();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => repos.plans.record({ patientId: patient.id, title: `Copy ${i}`, clientId: raced })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.value.id)).size).toBe(1);
    expect(await rows('plans', patient.id)).toBe(2);
    const other = await newPatient();
    expect((await repos.plans.record({ patientId: other.id, title: 'Theirs', clientId })).created).toBe(true);
  });
});
