/**
 * Clinic invitations, membership removal, account deletion and the roster's
 * facts (migration 0002 and the repositories of brief C), on SQLite and, when
 * STEPDOWN_TEST_PG names a server, on PostgreSQL in a private schema.
 */
import { describe, expect, it } from 'vitest';
import type { UserRole } from './index.js';
import { expectMigrationReversible, testEngines, useMigratedDatabase } from './testing/engines.js';

const engines = testEngines();

const DAY = 24 * 60 * 60 * 1000;

describe.each(engines)('clinic invites, membership, deletion and roster facts ($name)', (engineCase) => {
  const ms = Date.parse('2026-11-22T10:00:00.000Z');
  const clock = () => new Date(ms);
  const { handle, repos, ids } = useMigratedDatabase(engineCase, clock);
  const db = () => handle().db;

  const newUser = async (role: UserRole, email = `${role}-${ids()}@example.org`) => {
    const created = await repos().users.create({ email, passwordHash: 'scrypt$test', displayName: role, role, locale: 'en' });
    if (!created.ok) throw new Error(created.error.message);
    return created.value;
  };
  const newClinic = async () => {
    const admin = await newUser('clinician');
    const clinic = await repos().clinics.create({ name: 'Clinic' });
    await repos().clinics.addMember({ clinicId: clinic.id, userId: admin.id, role: 'clinic-admin' });
    return { clinic, admin };
  };
  const invite = async (clinicId: string, createdBy: string, codeHash = `hash-${ids()}`, expiresAt = new Date(ms + 14 * DAY)) =>
    repos().clinicInvites.create({ clinicId, role: 'clinician', codeHash, createdBy, expiresAt });

  it('migration 0002 adds clinic_invites and takes it away again', () =>
    expectMigrationReversible(engineCase, { migration: '0002-clinic-invites', adds: ['clinic_invites'], keeps: ['clinics'] }));

  it('accepting joins the clinic with the invite’s role and uses the code up', async () => {
    const { clinic, admin } = await newClinic();
    const made = await repos().clinicInvites.create({
      clinicId: clinic.id,
      role: 'clinic-admin',
      codeHash: 'code-a',
      createdBy: admin.id,
      expiresAt: new Date(ms + DAY),
    });
    const doctor = await newUser('clinician');
    const accepted = await repos().clinicInvites.accept({ codeHash: 'code-a', userId: doctor.id });
    expect(accepted).toMatchObject({ ok: true, value: { member: { userId: doctor.id, role: 'clinic-admin' } } });
    expect(await repos().clinicInvites.findById(made.id)).toMatchObject({ usedBy: doctor.id, usedAt: clock().toISOString() });
    const again = await repos().clinicInvites.accept({ codeHash: 'code-a', userId: (await newUser('clinician')).id });
    expect(again).toMatchObject({ ok: false, error: { code: 'INVITE_NOT_FOUND' } });
  });

  it('refuses expired codes, non-clinicians, and existing members (leaving the code unused)', async () => {
    const { clinic, admin } = await newClinic();
    await invite(clinic.id, admin.id, 'old', new Date(ms - 1));
    const doctor = await newUser('clinician');
    expect(await repos().clinicInvites.accept({ codeHash: 'old', userId: doctor.id })).toMatchObject({
      ok: false,
      error: { code: 'INVITE_EXPIRED' },
    });
    const made = await invite(clinic.id, admin.id, 'fresh');
    for (const role of ['patient', 'supporter'] as const)
      expect(await repos().clinicInvites.accept({ codeHash: 'fresh', userId: (await newUser(role)).id })).toMatchObject({
        ok: false,
        error: { code: 'INVITE_ROLE' },
      });
    expect(await repos().clinicInvites.accept({ codeHash: 'fresh', userId: admin.id })).toMatchObject({
      ok: false,
      error: { code: 'MEMBER_EXISTS' },
    });
    expect((await repos().clinicInvites.findById(made.id))?.usedAt).toBeNull();
    expect(await repos().clinics.members(clinic.id)).toHaveLength(1);
  });

  it('two people racing for one code: exactly one joins', async () => {
    const { clinic, admin } = await newClinic();
    await invite(clinic.id, admin.id, 'race');
    const [a, b] = [await newUser('clinician'), await newUser('clinician')];
    const results = await Promise.all([
      repos().clinicInvites.accept({ codeHash: 'race', userId: a.id }),
      repos().clinicInvites.accept({ codeHash: 'race', userId: b.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['INVITE_NOT_FOUND']);
    expect(await repos().clinics.members(clinic.id)).toHaveLength(2);
  });

  it('never removes the last admin, even when two admins remove each other at once', async () => {
    const { clinic, admin } = await newClinic();
    expect(await repos().clinicMembership.removeKeepingAnAdmin(clinic.id, admin.id)).toMatchObject({
      ok: false,
      error: { code: 'LAST_ADMIN' },
    });
    const second = await newUser('clinician');
    await repos().clinics.addMember({ clinicId: clinic.id, userId: second.id, role: 'clinic-admin' });
    const results = await Promise.all([
      repos().clinicMembership.removeKeepingAnAdmin(clinic.id, admin.id),
      repos().clinicMembership.removeKeepingAnAdmin(clinic.id, second.id),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await repos().clinics.members(clinic.id)).filter((m) => m.role === 'clinic-admin')).toHaveLength(1);
    expect(await repos().clinicMembership.removeKeepingAnAdmin(clinic.id, 'nobody')).toMatchObject({
      ok: false,
      error: { code: 'MEMBER_NOT_FOUND' },
    });
  });

  it('deletes a patient account: clinical rows gone, links and feeds revoked, email free, audit kept', async () => {
    const email = `leaving-${ids()}@example.org`;
    const user = await newUser('patient', email);
    const created = await repos().patients.create({ userId: user.id, timeZone: 'Europe/London', region: 'UK', weightKg: 70 });
    if (!created.ok) throw new Error('no patient');
    const patientId = created.value.id;
    const doctor = await newUser('clinician');
    const link = await repos().careLinks.invite({
      patientId,
      createdBy: user.id,
      inviteCodeHash: `l-${ids()}`,
      kind: 'clinician',
    });
    await repos().careLinks.accept({ inviteCodeHash: '', userId: doctor.id });
    await db().updateTable('care_links').set({ status: 'active', linked_user_id: doctor.id }).where('id', '=', link.id).execute();
    const plan = await repos().plans.create({ patientId, title: 'Plan' });
    const version = await repos().planVersions.createNext({
      planId: plan.id,
      plan: {},
      input: {},
      authorUserId: doctor.id,
      reason: 'r',
    });
    if (!version.ok) throw new Error('no version');
    await repos().planVersions.approve(version.value.id, doctor.id);
    await repos().doseLogs.record({
      patientId,
      clientId: 'c-1',
      planVersionId: version.value.id,
      date: '2026-11-22',
      drug: 'clonazepam',
      amountUg: 500,
      status: 'taken',
    });
    await repos().checkIns.record({
      patientId,
      clientId: 'c-2',
      instrumentId: 'check-in',
      instrumentVersion: '1',
      answers: {},
      completedAt: clock(),
    });
    await repos().adjustmentSuggestions.create({
      patientId,
      planId: plan.id,
      kind: 'hold',
      reason: 'r',
      source: 's',
      requestedByPatient: true,
    });
    await repos().alerts.create({ patientId, kind: 'k', urgency: 'urgent', title: 't', body: 'b', audience: 'clinician' });
    await repos().calendarFeeds.create({ patientId, tokenHash: `feed-${ids()}` });
    await repos().sessions.create({ userId: user.id, tokenHash: `s-${ids()}`, expiresAt: new Date(ms + DAY) });
    await repos().audit.append({
      actorUserId: doctor.id,
      patientId,
      action: 'read:profile',
      targetType: 'patient',
      outcome: 'allowed',
    });

    const deleted = await repos().accountDeletion.deleteAccount(user.id);
    expect(deleted).toMatchObject({
      ok: true,
      value: { patientId, role: 'patient', linksRevoked: 1, removed: { dose_logs: 1, check_ins: 1, plans: 1, plan_versions: 1 } },
    });
    for (const table of ['dose_logs', 'check_ins', 'alerts', 'adjustment_suggestions', 'plans'] as const)
      expect(await db().selectFrom(table).select('id').where('patient_id', '=', patientId).execute()).toEqual([]);
    expect(await repos().careLinks.access(doctor.id, patientId)).toMatchObject({ relation: 'none' });
    expect((await repos().calendarFeeds.listForPatient(patientId)).every((f) => f.revokedAt !== null)).toBe(true);
    expect(await repos().patients.findById(patientId)).toMatchObject({ weightKg: null, dateOfBirth: null });
    const after = await repos().users.findById(user.id);
    expect(after?.deletedAt).not.toBeNull();
    expect(after?.email).not.toBe(email);
    expect(await repos().users.findByEmail(email)).toBeUndefined();
    expect(
      (await repos().users.create({ email, passwordHash: 'p', displayName: 'Back', role: 'patient', locale: 'en' })).ok,
    ).toBe(true);
    expect((await repos().audit.listForPatient(patientId)).map((e) => e.action)).toContain('read:profile');
    expect(await repos().accountDeletion.deleteAccount(user.id)).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_NOT_FOUND' },
    });
  });

  it('deleting a clinician ends their links, memberships and open invites', async () => {
    const { clinic, admin } = await newClinic();
    const made = await invite(clinic.id, admin.id);
    const deleted = await repos().accountDeletion.deleteAccount(admin.id);
    expect(deleted).toMatchObject({ ok: true, value: { patientId: null, removed: { clinic_members: 1 } } });
    expect(await repos().clinics.members(clinic.id)).toEqual([]);
    expect((await repos().clinicInvites.findById(made.id))?.expiresAt).toBe(clock().toISOString());
  });

  it('gathers the roster’s facts for every linked patient in a few queries, and audits reads in one', async () => {
    const doctor = await newUser('clinician');
    const patientIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const user = await newUser('patient');
      const p = await repos().patients.create({ userId: user.id, timeZone: 'Asia/Tokyo', region: 'UK' });
      if (!p.ok) throw new Error('no patient');
      patientIds.push(p.value.id);
      const link = await repos().careLinks.invite({
        patientId: p.value.id,
        createdBy: user.id,
        inviteCodeHash: `r-${ids()}`,
        kind: 'clinician',
      });
      await db()
        .updateTable('care_links')
        .set({ status: i === 2 ? 'revoked' : 'active', linked_user_id: doctor.id, accepted_at: clock().toISOString() })
        .where('id', '=', link.id)
        .execute();
    }
    await repos().doseLogs.record({
      patientId: patientIds[0] as string,
      clientId: 'm-1',
      date: '2026-11-21',
      drug: 'x',
      amountUg: 1,
      status: 'missed',
    });
    await repos().doseLogs.record({
      patientId: patientIds[0] as string,
      clientId: 'm-2',
      date: '2026-11-01',
      drug: 'x',
      amountUg: 1,
      status: 'missed',
    });
    const facts = await repos().rosterFacts.forClinician(doctor.id, { missedSince: '2026-11-15' });
    expect(facts.map((f) => f.patientId).sort()).toEqual(patientIds.slice(0, 2).sort());
    expect(facts.find((f) => f.patientId === patientIds[0])).toMatchObject({
      missedDates: ['2026-11-21'],
      timeZone: 'Asia/Tokyo',
    });
    expect(
      await repos().rosterFacts.auditReads({
        actorUserId: doctor.id,
        patientIds,
        action: 'read:roster',
        ip: null,
        userAgent: null,
        detail: {},
      }),
    ).toBe(3);
    for (const id of patientIds) expect((await repos().audit.listForPatient(id)).map((e) => e.action)).toEqual(['read:roster']);
  });
});
