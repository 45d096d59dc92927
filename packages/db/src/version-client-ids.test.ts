/**
 * Client ids on plan versions (migration 0006): one draft per (plan, client
 * id), versions without one as many as wanted, numbers without gaps. On SQLite
 * and, when STEPDOWN_TEST_PG names a server, on PostgreSQL in a private schema.
 */
import { describe, expect, it } from 'vitest';
import { expectMigrationReversible, newTestPatient, testEngines, useMigratedDatabase } from './testing/engines.js';

const engines = testEngines();

describe.each(engines)('client ids on plan versions ($name)', (engineCase) => {
  const { repos, ids } = useMigratedDatabase(engineCase, () => new Date('2026-12-06T10:00:00.000Z'));

  const newPlan = async () => {
    const patient = await newTestPatient(repos(), ids());
    const user = await repos().users.create({
      email: `clinician-${ids()}@example.org`,
      passwordHash: 'scrypt$test',
      displayName: 'Dr Test',
      role: 'clinician',
      locale: 'en',
    });
    if (!user.ok) throw new Error(user.error.message);
    const plan = await repos().plans.create({ patientId: patient.id, title: 'Taper' });
    return { plan, author: user.value };
  };
  const propose = (planId: string, authorUserId: string, clientId?: string, reason = 'Slower') =>
    repos().planVersions.recordNext({
      planId,
      plan: { steps: [] },
      input: { reason },
      authorUserId,
      reason,
      ...(clientId === undefined ? {} : { clientId }),
    });
  const versionsOf = async (planId: string) => (await repos().planVersions.listForPlan(planId)).map((v) => v.version);

  it('migration 0006 adds client_id to plan_versions and takes it away again', () =>
    expectMigrationReversible(engineCase, { migration: '0006-version-client-ids', adds: ['plan_versions.client_id'] }));

  it('keeps any number of versions without a client id', async () => {
    const { plan, author } = await newPlan();
    const a = await propose(plan.id, author.id);
    const b = await propose(plan.id, author.id);
    expect(a.ok && a.value.created && b.ok && b.value.created).toBe(true);
    expect(await versionsOf(plan.id)).toEqual([1, 2]);
  });

  it('records a version once per client id: a retry returns the stored draft and uses no number', async () => {
    const { plan, author } = await newPlan();
    const clientId = ids();
    const first = await propose(plan.id, author.id, clientId);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.created).toBe(true);
    expect(first.value.value).toMatchObject({ version: 1, approvalState: 'draft', reason: 'Slower' });
    const retry = await propose(plan.id, author.id, clientId, 'Typed again');
    expect(retry).toEqual({ ok: true, value: { value: first.value.value, created: false } });
    // Still a retry after the draft was approved: it comes back approved.
    await repos().planVersions.approve(first.value.value.id, author.id);
    const later = await propose(plan.id, author.id, clientId);
    expect(later.ok && later.value).toMatchObject({
      created: false,
      value: { id: first.value.value.id, approvalState: 'approved' },
    });
    const next = await propose(plan.id, author.id, ids());
    expect(next.ok && next.value.value.version).toBe(2);
    expect((await repos().plans.findById(plan.id))?.latestVersion).toBe(2);
    // The same client id on another plan is another version.
    const other = await newPlan();
    const theirs = await propose(other.plan.id, other.author.id, clientId);
    expect(theirs.ok && theirs.value.created).toBe(true);
  });

  it('stores one draft when the same proposal arrives many times at once', async () => {
    const { plan, author } = await newPlan();
    const clientId = ids();
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => propose(plan.id, author.id, clientId, `Copy ${i}`)));
    const values = results.map((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    expect(values.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(values.map((r) => r.value.id)).size).toBe(1);
    expect(await versionsOf(plan.id)).toEqual([1]);
    expect((await repos().plans.findById(plan.id))?.latestVersion).toBe(1);
  });

  it('fails with PLAN_NOT_FOUND for a plan that does not exist, with or without a client id', async () => {
    const { author } = await newPlan();
    for (const clientId of [undefined, ids()]) {
      const result = await propose(ids(), author.id, clientId);
      expect(result.ok ? undefined : result.error.code).toBe('PLAN_NOT_FOUND');
    }
  });
});
