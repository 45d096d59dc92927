/**
 * The database suite: every test runs on a SQLite file, on SQLite :memory:,
 * and on PostgreSQL when STEPDOWN_TEST_PG names a server
 * (postgres://user:password@host:port/database). Each PostgreSQL database here
 * lives in its own fresh schema (`t_<random>`), dropped afterwards, so runs in
 * parallel never collide.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FULL_PERMISSIONS, migrate, migrateDown, migrations, NO_PERMISSIONS, type UserRole } from './index.js';
import { sqliteFile, tableNamesOf, testEngines, useMigratedDatabase } from './testing/engines.js';

const engines = testEngines({ withFile: true });

const TABLES = [
  'adjustment_suggestions',
  'alerts',
  'audit_log',
  'calendar_feeds',
  'care_links',
  'check_ins',
  'clinic_invites',
  'clinic_members',
  'clinics',
  'dose_logs',
  'intake_requests',
  'medications',
  'password_resets',
  'patients',
  'plan_versions',
  'plans',
  'questionnaire_responses',
  'sessions',
  'users',
];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(engines)('$name', (engineCase) => {
  let ms = Date.parse('2026-03-01T09:00:00.000Z');
  const clock = () => new Date(ms);
  const advance = (by: number) => {
    ms += by;
  };
  const { handle, repos, ids } = useMigratedDatabase(engineCase, clock);
  const db = () => handle().db;

  const newUser = async (role: UserRole = 'patient', name = 'Test user') => {
    const created = await repos().users.create({
      email: `${role}-${ids()}@example.org`,
      passwordHash: 'argon2id$test',
      displayName: name,
      role,
      locale: 'en-GB',
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value;
  };

  const newPatient = async () => {
    const user = await newUser('patient');
    const created = await repos().patients.create({ userId: user.id, timeZone: 'Europe/London', region: 'UK' });
    if (!created.ok) throw new Error(created.error.message);
    return { user, patient: created.value };
  };

  const count = async (table: 'dose_logs' | 'check_ins' | 'plan_versions', where: { patientId?: string; planId?: string }) => {
    let query = db()
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
    if (where.patientId !== undefined && table !== 'plan_versions') query = query.where('patient_id', '=', where.patientId);
    if (where.planId !== undefined && table === 'plan_versions') query = query.where('plan_id', '=', where.planId);
    const row = await query.executeTakeFirstOrThrow();
    // PostgreSQL counts in bigint, which pg hands back as a string.
    return Number(row.n);
  };

  describe('engine and migrations', () => {
    it('reports its engine', () => {
      expect(handle().engine).toBe(engineCase.engine);
    });

    it('creates every table, and a second run applies nothing', async () => {
      expect((await tableNamesOf(handle())).sort()).toEqual(TABLES);
      expect(await migrate(db())).toEqual([]);
      expect(await migrate(db())).toEqual([]);
    });

    it('migrates a fresh database, is idempotent, and migrates down and up again', async () => {
      const fresh = await engineCase.open();
      try {
        const first = await migrate(fresh.handle.db);
        expect(first.map((r) => [r.migrationName, r.status])).toEqual(Object.keys(migrations).map((name) => [name, 'Success']));
        expect(await migrate(fresh.handle.db)).toEqual([]);
        // Two concurrent runs: one applies nothing, neither fails.
        await Promise.all([migrate(fresh.handle.db), migrate(fresh.handle.db)]);
        // Down one migration at a time, newest first, until none is left.
        const downs = [];
        for (const _ of Object.keys(migrations)) downs.push(...(await migrateDown(fresh.handle.db)));
        expect(downs.map((r) => [r.migrationName, r.direction, r.status])).toEqual(
          Object.keys(migrations)
            .reverse()
            .map((name) => [name, 'Down', 'Success']),
        );
        expect(await tableNamesOf(fresh.handle)).toEqual([]);
        expect((await migrate(fresh.handle.db)).length).toBe(Object.keys(migrations).length);
      } finally {
        await fresh.dispose();
      }
    });

    it.runIf(engineCase.engine === 'sqlite')('sets the SQLite pragmas', async () => {
      const pragma = async (name: string) =>
        Object.values((await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(db())).rows[0] ?? {})[0];
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('journal_mode')).toBe(engineCase === sqliteFile ? 'wal' : 'memory');
    });

    it.runIf(engineCase.engine === 'postgres')('keeps every table, Kysely bookkeeping included, in its own schema', async () => {
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db())).rows[0]?.s;
      expect(schema).toMatch(/^t_[0-9a-f]{16}$/);
      const tables = await db().introspection.getTables({ withInternalKyselyTables: true });
      const ours = tables.filter((t) => t.schema === schema).map((t) => t.name);
      expect(ours).toContain('kysely_migration');
      for (const table of TABLES) expect(ours).toContain(table);
    });
  });

  describe('integrity', () => {
    it('enforces foreign keys', async () => {
      await expect(repos().sessions.create({ userId: ids(), tokenHash: ids(), expiresAt: new Date(ms + DAY) })).rejects.toThrow();
      await expect(repos().patients.create({ userId: ids(), timeZone: 'Europe/London', region: 'UK' })).rejects.toThrow();
      await expect(
        repos().doseLogs.record({
          patientId: ids(),
          clientId: ids(),
          date: '2026-03-01',
          drug: 'clonazepam',
          amountUg: 500,
          status: 'taken',
        }),
      ).rejects.toThrow();
      const { patient } = await newPatient();
      await expect(
        repos().doseLogs.record({
          patientId: patient.id,
          clientId: ids(),
          planVersionId: ids(),
          date: '2026-03-01',
          drug: 'clonazepam',
          amountUg: 500,
          status: 'taken',
        }),
      ).rejects.toThrow();
      const plan = await repos().plans.create({ patientId: patient.id, title: 'Taper' });
      await expect(
        db().updateTable('plans').set({ active_version_id: ids() }).where('id', '=', plan.id).execute(),
      ).rejects.toThrow();
    });

    it('enforces unique constraints', async () => {
      const user = await newUser('clinician');
      const again = await repos().users.create({
        email: `  ${user.email.toUpperCase()} `,
        passwordHash: 'x',
        displayName: 'Copy',
        role: 'patient',
        locale: 'en',
      });
      expect(again.ok ? 'created' : again.error.code).toBe('EMAIL_TAKEN');

      const tokenHash = ids();
      await repos().sessions.create({ userId: user.id, tokenHash, expiresAt: new Date(ms + DAY) });
      await expect(repos().sessions.create({ userId: user.id, tokenHash, expiresAt: new Date(ms + DAY) })).rejects.toThrow();

      const clinic = await repos().clinics.create({ name: 'Unique clinic' });
      expect((await repos().clinics.addMember({ clinicId: clinic.id, userId: user.id, role: 'clinician' })).ok).toBe(true);
      const twice = await repos().clinics.addMember({ clinicId: clinic.id, userId: user.id, role: 'clinic-admin' });
      expect(twice.ok ? 'added' : twice.error.code).toBe('MEMBER_EXISTS');

      const { user: patientUser, patient } = await newPatient();
      const second = await repos().patients.create({ userId: patientUser.id, timeZone: 'Europe/London', region: 'UK' });
      expect(second.ok ? 'created' : second.error.code).toBe('PATIENT_EXISTS');

      const code = ids();
      await repos().careLinks.invite({
        patientId: patient.id,
        createdBy: patientUser.id,
        inviteCodeHash: code,
        kind: 'clinician',
      });
      await expect(
        repos().careLinks.invite({ patientId: patient.id, createdBy: patientUser.id, inviteCodeHash: code, kind: 'clinician' }),
      ).rejects.toThrow();

      const plan = await repos().plans.create({ patientId: patient.id, title: 'Taper' });
      const v1 = await repos().planVersions.createNext({
        planId: plan.id,
        plan: {},
        input: {},
        authorUserId: user.id,
        reason: 'r',
      });
      expect(v1.ok).toBe(true);
      await expect(
        db()
          .insertInto('plan_versions')
          .values({
            id: ids(),
            created_at: clock().toISOString(),
            plan_id: plan.id,
            version: 1,
            plan_json: '{}',
            input_json: '{}',
            author_user_id: user.id,
            reason: 'duplicate',
            approval_state: 'draft',
            approved_by: null,
            approved_at: null,
          })
          .execute(),
      ).rejects.toThrow();
    });

    it('enforces CHECK constraints on enumerations', async () => {
      const user = await newUser();
      await expect(
        db()
          .updateTable('users')
          .set({ role: 'admin' as UserRole })
          .where('id', '=', user.id)
          .execute(),
      ).rejects.toThrow();
      const { user: owner, patient } = await newPatient();
      await expect(
        db()
          .insertInto('care_links')
          .values({
            id: ids(),
            created_at: clock().toISOString(),
            patient_id: patient.id,
            linked_user_id: null,
            clinic_id: null,
            kind: 'clinic',
            status: 'invited',
            invite_code_hash: null,
            invite_expires_at: null,
            permissions: '{}',
            created_by: owner.id,
            accepted_at: null,
            revoked_at: null,
          })
          .execute(),
      ).rejects.toThrow();
    });
  });

  describe('values round-trip identically', () => {
    it('keeps instants as the same ISO-8601 UTC strings', async () => {
      const user = await newUser();
      const session = await repos().sessions.create({
        userId: user.id,
        tokenHash: ids(),
        expiresAt: '2026-03-02T21:30:00.5+02:00',
        ip: '203.0.113.9',
      });
      expect(session.createdAt).toBe(clock().toISOString());
      expect(session.expiresAt).toBe('2026-03-02T19:30:00.500Z');
      const raw = await db()
        .selectFrom('sessions')
        .select(['created_at', 'expires_at', 'last_seen_at'])
        .where('id', '=', session.id)
        .executeTakeFirstOrThrow();
      expect(raw).toEqual({
        created_at: session.createdAt,
        expires_at: '2026-03-02T19:30:00.500Z',
        last_seen_at: session.createdAt,
      });
      for (const value of Object.values(raw)) expect(typeof value).toBe('string');

      const entry = await repos().audit.append({
        actorUserId: user.id,
        action: 'session.create',
        targetType: 'session',
        targetId: session.id,
        at: new Date('2026-12-31T23:59:59.999Z'),
        outcome: 'allowed',
      });
      const stored = await db()
        .selectFrom('audit_log')
        .select(['at', 'created_at'])
        .where('id', '=', entry.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ at: '2026-12-31T23:59:59.999Z', created_at: clock().toISOString() });
    });

    it('keeps integer micrograms exact, and refuses fractions before they reach the database', async () => {
      const { patient } = await newPatient();
      const amounts = [0, 1, 62, 125, 62_500, 333_333, 2_147_483_647];
      for (const amountUg of amounts) {
        await repos().doseLogs.record({
          patientId: patient.id,
          clientId: ids(),
          date: '2026-03-01',
          drug: 'clonazepam',
          amountUg,
          status: 'taken',
        });
      }
      const logs = await repos().doseLogs.listByDateRange(patient.id, { from: '2026-03-01', to: '2026-03-01' });
      expect(logs.map((l) => l.amountUg).sort((a, b) => a - b)).toEqual(amounts);
      for (const log of logs) expect(Number.isSafeInteger(log.amountUg)).toBe(true);
      const raw = await db().selectFrom('dose_logs').select('amount_ug').where('patient_id', '=', patient.id).execute();
      for (const row of raw) expect(typeof row.amount_ug).toBe('number');

      for (const amountUg of [0.5, -1, 2_147_483_648, Number.NaN]) {
        await expect(
          repos().doseLogs.record({
            patientId: patient.id,
            clientId: ids(),
            date: '2026-03-01',
            drug: 'clonazepam',
            amountUg,
            status: 'taken',
          }),
        ).rejects.toThrow(RangeError);
      }
      await expect(
        repos().doseLogs.record({
          patientId: patient.id,
          clientId: ids(),
          date: '2026-02-30',
          drug: 'clonazepam',
          amountUg: 1,
          status: 'taken',
        }),
      ).rejects.toThrow(RangeError);
    });

    it('keeps JSON, nullable numbers and boolean flags', async () => {
      const { user, patient } = await newPatient();
      const weighed = await repos().patients.create({
        userId: (await newUser()).id,
        timeZone: 'America/New_York',
        region: 'US',
        dateOfBirth: '1960-02-29',
        weightKg: 71.3,
      });
      expect(weighed.ok && weighed.value.weightKg).toBe(71.3);
      expect(weighed.ok && weighed.value.dateOfBirth).toBe('1960-02-29');
      expect(patient.weightKg).toBeNull();

      const regimen = {
        doses: [
          { time: '08:00', amountUg: 500 },
          { time: '22:00', amountUg: 1000 },
        ],
        note: 'µg – ünïcode',
      };
      const medication = await repos().medications.create({
        patientId: patient.id,
        drug: 'clonazepam',
        indication: 'panic',
        regimen,
      });
      expect((await repos().medications.listForPatient(patient.id))[0]?.regimen).toEqual(regimen);
      expect(medication.startedOn).toBeNull();

      const plan = await repos().plans.create({ patientId: patient.id, title: 'Taper' });
      const suggestion = await repos().adjustmentSuggestions.create({
        patientId: patient.id,
        planId: plan.id,
        kind: 'hold',
        reason: 'Withdrawal symptoms rising',
        source: 'check-in',
        requestedByPatient: true,
      });
      expect(suggestion.requestedByPatient).toBe(true);
      const decided = await repos().adjustmentSuggestions.decide(suggestion.id, { state: 'approved', by: user.id });
      expect(decided.ok && decided.value.state).toBe('approved');
      const again = await repos().adjustmentSuggestions.decide(suggestion.id, { state: 'rejected', by: user.id });
      expect(again.ok ? 'decided' : again.error.code).toBe('SUGGESTION_DECIDED');
    });
  });

  describe('dose logs', () => {
    it('records once per client id: a retry returns the stored row', async () => {
      const { patient } = await newPatient();
      const clientId = ids();
      const first = await repos().doseLogs.record({
        patientId: patient.id,
        clientId,
        date: '2026-03-02',
        plannedTime: '08:00',
        drug: 'clonazepam',
        amountUg: 500,
        status: 'taken',
        takenAt: '2026-03-02T08:05:00.000Z',
      });
      expect(first.created).toBe(true);
      advance(MINUTE);
      const retry = await repos().doseLogs.record({
        patientId: patient.id,
        clientId,
        date: '2026-03-02',
        plannedTime: '08:00',
        drug: 'clonazepam',
        amountUg: 999,
        status: 'late',
      });
      expect(retry).toEqual({ value: first.value, created: false });
      expect(await count('dose_logs', { patientId: patient.id })).toBe(1);

      // The same client id for another patient is another entry.
      const other = await newPatient();
      const theirs = await repos().doseLogs.record({
        patientId: other.patient.id,
        clientId,
        date: '2026-03-02',
        drug: 'clonazepam',
        amountUg: 500,
        status: 'taken',
      });
      expect(theirs.created).toBe(true);
      expect(theirs.value.id).not.toBe(first.value.id);
    });

    it('stores one row when the same entry arrives many times at once', async () => {
      const { patient } = await newPatient();
      const clientId = ids();
      const results = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          repos().doseLogs.record({
            patientId: patient.id,
            clientId,
            date: '2026-03-03',
            plannedTime: '22:00',
            drug: 'clonazepam',
            amountUg: 1000 + i,
            status: 'taken',
          }),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.value.id)).size).toBe(1);
      expect(new Set(results.map((r) => r.value.amountUg)).size).toBe(1);
      expect(await count('dose_logs', { patientId: patient.id })).toBe(1);
    });

    it('lists by local date range, planned doses in time order', async () => {
      const { patient } = await newPatient();
      const log = (date: string, plannedTime: string | null, amountUg: number) =>
        repos().doseLogs.record({
          patientId: patient.id,
          clientId: ids(),
          date,
          plannedTime,
          drug: 'clonazepam',
          amountUg,
          status: 'taken',
        });
      await log('2026-03-05', '22:00', 4);
      await log('2026-03-04', null, 3);
      await log('2026-03-04', '22:00', 2);
      await log('2026-03-04', '08:00', 1);
      await log('2026-03-06', '08:00', 5);
      await log('2026-03-03', '08:00', 0);
      const listed = await repos().doseLogs.listByDateRange(patient.id, { from: '2026-03-04', to: '2026-03-05' });
      expect(listed.map((l) => l.amountUg)).toEqual([1, 2, 3, 4]);
    });
  });

  describe('check-ins and questionnaire responses', () => {
    it('records idempotently, per table, and lists in completion order', async () => {
      const { patient } = await newPatient();
      const clientId = ids();
      const input = {
        patientId: patient.id,
        clientId,
        instrumentId: 'phq9',
        instrumentVersion: '1',
        answers: { q1: 1, q9: 0 },
        total: 7,
        band: 'mild',
        flags: [],
        triggers: [{ kind: 'instrument', instrumentId: 'asq', reason: 'item 9' }],
        completedAt: '2026-03-01T10:00:00.000Z',
      };
      const [a, b] = await Promise.all([
        repos().questionnaireResponses.record(input),
        repos().questionnaireResponses.record(input),
      ]);
      expect([a?.created, b?.created].sort()).toEqual([false, true]);
      expect(a?.value).toEqual(b?.value);
      expect(a?.value.triggers).toEqual(input.triggers);
      expect(a?.value.total).toBe(7);

      // The same client id in the other table is a different entry.
      const diary = await repos().checkIns.record({ ...input, instrumentId: 'check-in', total: null, band: null });
      expect(diary.created).toBe(true);
      await repos().checkIns.record({
        ...input,
        clientId: ids(),
        instrumentId: 'check-in',
        completedAt: '2026-03-02T10:00:00.000Z',
      });
      await repos().checkIns.record({
        ...input,
        clientId: ids(),
        instrumentId: 'check-in',
        completedAt: '2026-02-28T10:00:00.000Z',
      });
      const listed = await repos().checkIns.listForPatient(patient.id);
      expect(listed.map((r) => r.completedAt)).toEqual([
        '2026-02-28T10:00:00.000Z',
        '2026-03-01T10:00:00.000Z',
        '2026-03-02T10:00:00.000Z',
      ]);
      expect((await repos().checkIns.listForPatient(patient.id, { limit: 1 }))[0]?.completedAt).toBe('2026-03-02T10:00:00.000Z');
      expect(
        await repos().checkIns.listForPatient(patient.id, { from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' }),
      ).toHaveLength(1);
      expect(await count('check_ins', { patientId: patient.id })).toBe(3);
    });
  });

  describe('plan versions', () => {
    it('numbers versions 1, 2, 3… even when created concurrently', async () => {
      const { patient } = await newPatient();
      const clinician = await newUser('clinician');
      const plan = await repos().plans.create({ patientId: patient.id, title: 'Clonazepam taper' });
      const make = (reason: string) =>
        repos().planVersions.createNext({
          planId: plan.id,
          plan: { steps: [{ index: 0, dailyTotalUg: 1500 }] },
          input: { drug: 'clonazepam' },
          authorUserId: clinician.id,
          reason,
        });
      const v1 = await make('first');
      const v2 = await make('second');
      expect([v1.ok && v1.value.version, v2.ok && v2.value.version]).toEqual([1, 2]);
      expect(v1.ok && v1.value.plan).toEqual({ steps: [{ index: 0, dailyTotalUg: 1500 }] });
      const concurrent = await Promise.all(Array.from({ length: 8 }, (_, i) => make(`concurrent ${i}`)));
      const numbers = concurrent.map((r) => (r.ok ? r.value.version : -1)).sort((a, b) => a - b);
      expect(numbers).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await count('plan_versions', { planId: plan.id })).toBe(10);
      expect((await repos().plans.findById(plan.id))?.latestVersion).toBe(10);
      expect((await repos().planVersions.listForPlan(plan.id)).map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

      const missing = await repos().planVersions.createNext({
        planId: ids(),
        plan: {},
        input: {},
        authorUserId: clinician.id,
        reason: 'x',
      });
      expect(missing.ok ? 'created' : missing.error.code).toBe('PLAN_NOT_FOUND');
    });

    it('approves and rejects drafts and tracks the active version', async () => {
      const { patient } = await newPatient();
      const clinician = await newUser('clinician');
      const plan = await repos().plans.create({ patientId: patient.id, title: 'Taper' });
      const version = async () => {
        const made = await repos().planVersions.createNext({
          planId: plan.id,
          plan: {},
          input: {},
          authorUserId: clinician.id,
          reason: 'r',
        });
        if (!made.ok) throw new Error(made.error.message);
        return made.value;
      };
      const [v1, v2, v3] = [await version(), await version(), await version()];
      expect(await repos().planVersions.activeVersion(plan.id)).toBeUndefined();

      advance(MINUTE);
      const approved = await repos().planVersions.approve(v2.id, clinician.id);
      expect(approved.ok && approved.value).toMatchObject({
        approvalState: 'approved',
        approvedBy: clinician.id,
        approvedAt: clock().toISOString(),
      });
      expect((await repos().planVersions.activeVersion(plan.id))?.id).toBe(v2.id);

      const rejected = await repos().planVersions.reject(v3.id, clinician.id);
      expect(rejected.ok && rejected.value.approvalState).toBe('rejected');
      expect((await repos().planVersions.activeVersion(plan.id))?.id).toBe(v2.id);

      const outcome = async (p: ReturnType<ReturnType<typeof repos>['planVersions']['approve']>) => {
        const r = await p;
        return r.ok ? 'ok' : r.error.code;
      };
      expect(await outcome(repos().planVersions.approve(v2.id, clinician.id))).toBe('PLAN_VERSION_DECIDED');
      expect(await outcome(repos().planVersions.approve(v3.id, clinician.id))).toBe('PLAN_VERSION_DECIDED');
      expect(await outcome(repos().planVersions.approve(v1.id, clinician.id))).toBe('PLAN_VERSION_SUPERSEDED');
      expect(await outcome(repos().planVersions.approve(ids(), clinician.id))).toBe('PLAN_VERSION_NOT_FOUND');

      // Two drafts approved at once: both succeed in turn, and the newer one ends up active.
      const [v4, v5] = [await version(), await version()];
      await Promise.all([repos().planVersions.approve(v5.id, clinician.id), repos().planVersions.approve(v4.id, clinician.id)]);
      expect((await repos().planVersions.activeVersion(plan.id))?.version).toBeGreaterThanOrEqual(4);
    });
  });

  describe('care links and access', () => {
    it('answers who may see a patient, and what', async () => {
      const { user: owner, patient } = await newPatient();
      const clinician = await newUser('clinician');
      const supporter = await newUser('supporter');
      const stranger = await newUser('clinician');
      const clinic = await repos().clinics.create({ name: 'Riverside Practice' });
      const member = await newUser('clinician');
      const admin = await newUser('clinic-admin');
      await repos().clinics.addMember({ clinicId: clinic.id, userId: member.id, role: 'clinician' });
      await repos().clinics.addMember({ clinicId: clinic.id, userId: admin.id, role: 'clinic-admin' });

      expect(await repos().careLinks.access(owner.id, patient.id)).toEqual({ relation: 'own', permissions: FULL_PERMISSIONS });
      for (const viewer of [clinician, supporter, stranger, member]) {
        expect(await repos().careLinks.access(viewer.id, patient.id)).toEqual({ relation: 'none', permissions: NO_PERMISSIONS });
      }

      const clinicianCode = ids();
      const invited = await repos().careLinks.invite({
        patientId: patient.id,
        createdBy: owner.id,
        inviteCodeHash: clinicianCode,
        kind: 'clinician',
        expiresAt: new Date(ms + 7 * DAY),
      });
      expect(invited.status).toBe('invited');
      // An invite gives nothing until accepted.
      expect((await repos().careLinks.access(clinician.id, patient.id)).relation).toBe('none');
      const wrongRole = await repos().careLinks.accept({ inviteCodeHash: clinicianCode, userId: supporter.id });
      expect(wrongRole.ok ? 'accepted' : wrongRole.error.code).toBe('INVITE_ROLE');
      const self = await repos().careLinks.accept({ inviteCodeHash: clinicianCode, userId: owner.id });
      expect(self.ok ? 'accepted' : self.error.code).toBe('INVITE_SELF');
      const accepted = await repos().careLinks.accept({ inviteCodeHash: clinicianCode, userId: clinician.id });
      expect(accepted.ok && accepted.value).toMatchObject({
        status: 'active',
        linkedUserId: clinician.id,
        acceptedAt: clock().toISOString(),
      });
      const reused = await repos().careLinks.accept({ inviteCodeHash: clinicianCode, userId: stranger.id });
      expect(reused.ok ? 'accepted' : reused.error.code).toBe('INVITE_NOT_FOUND');
      expect(await repos().careLinks.access(clinician.id, patient.id)).toEqual({
        relation: 'clinician',
        linkId: invited.id,
        permissions: FULL_PERMISSIONS,
      });

      const supporterCode = ids();
      const supportLink = await repos().careLinks.invite({
        patientId: patient.id,
        createdBy: owner.id,
        inviteCodeHash: supporterCode,
        kind: 'supporter',
        permissions: { plan: true, doses: true, checkIns: false, alerts: true },
      });
      expect((await repos().careLinks.accept({ inviteCodeHash: supporterCode, userId: supporter.id })).ok).toBe(true);
      expect(await repos().careLinks.access(supporter.id, patient.id)).toEqual({
        relation: 'supporter',
        linkId: supportLink.id,
        permissions: { plan: true, doses: true, checkIns: false, alerts: true },
      });
      await repos().careLinks.setPermissions(supportLink.id, { ...NO_PERMISSIONS, alerts: true });
      expect((await repos().careLinks.access(supporter.id, patient.id)).permissions).toEqual({ ...NO_PERMISSIONS, alerts: true });

      const clinicCode = ids();
      const clinicLink = await repos().careLinks.invite({
        patientId: patient.id,
        createdBy: owner.id,
        inviteCodeHash: clinicCode,
        kind: 'clinic',
        clinicId: clinic.id,
      });
      const outsider = await repos().careLinks.accept({ inviteCodeHash: clinicCode, userId: stranger.id });
      expect(outsider.ok ? 'accepted' : outsider.error.code).toBe('INVITE_NOT_CLINIC_MEMBER');
      const byMember = await repos().careLinks.accept({ inviteCodeHash: clinicCode, userId: member.id });
      expect(byMember.ok && byMember.value).toMatchObject({ status: 'active', linkedUserId: null, clinicId: clinic.id });
      expect(await repos().careLinks.access(member.id, patient.id)).toEqual({
        relation: 'clinic-member',
        linkId: clinicLink.id,
        clinicId: clinic.id,
        memberRole: 'clinician',
        permissions: FULL_PERMISSIONS,
      });
      // Every member of the clinic is reached, not only the one who accepted.
      expect(await repos().careLinks.access(admin.id, patient.id)).toMatchObject({
        relation: 'clinic-member',
        memberRole: 'clinic-admin',
      });
      expect((await repos().careLinks.access(stranger.id, patient.id)).relation).toBe('none');

      expect((await repos().careLinks.linksForUser(member.id)).map((l) => l.id)).toEqual([clinicLink.id]);
      expect((await repos().careLinks.linksForUser(clinician.id)).map((l) => l.id)).toEqual([invited.id]);
      expect((await repos().careLinks.listForPatient(patient.id)).map((l) => l.kind)).toEqual([
        'clinician',
        'supporter',
        'clinic',
      ]);

      // Revoking ends access at once, and is reported only the first time.
      expect((await repos().careLinks.revoke(supportLink.id))?.status).toBe('revoked');
      expect(await repos().careLinks.revoke(supportLink.id)).toBeUndefined();
      expect((await repos().careLinks.access(supporter.id, patient.id)).relation).toBe('none');
      expect(await repos().careLinks.listForPatient(patient.id)).toHaveLength(2);
      expect(await repos().careLinks.listForPatient(patient.id, { includeRevoked: true })).toHaveLength(3);

      // Leaving the clinic ends a member's access; a deleted account sees nothing.
      await repos().clinics.removeMember(clinic.id, admin.id);
      expect((await repos().careLinks.access(admin.id, patient.id)).relation).toBe('none');
      await repos().users.markDeleted(clinician.id);
      expect((await repos().careLinks.access(clinician.id, patient.id)).relation).toBe('none');
      expect((await repos().careLinks.access(owner.id, ids())).relation).toBe('none');
    });

    it('refuses expired invites', async () => {
      const { user: owner, patient } = await newPatient();
      const supporter = await newUser('supporter');
      const code = ids();
      await repos().careLinks.invite({
        patientId: patient.id,
        createdBy: owner.id,
        inviteCodeHash: code,
        kind: 'supporter',
        permissions: FULL_PERMISSIONS,
        expiresAt: new Date(ms + DAY),
      });
      advance(DAY);
      const late = await repos().careLinks.accept({ inviteCodeHash: code, userId: supporter.id });
      expect(late.ok ? 'accepted' : late.error.code).toBe('INVITE_EXPIRED');
    });
  });

  describe('users and sessions', () => {
    it('locks an account after repeated failures and unlocks it in time', async () => {
      const user = await newUser();
      const policy = { maxAttempts: 3, lockForMs: 15 * MINUTE };
      expect(await repos().users.recordFailedLogin(user.id, policy)).toEqual({
        failedLogins: 1,
        lockedUntil: null,
        lockedNow: false,
      });
      expect(await repos().users.recordFailedLogin(user.id, policy)).toEqual({
        failedLogins: 2,
        lockedUntil: null,
        lockedNow: false,
      });
      const third = await repos().users.recordFailedLogin(user.id, policy);
      expect(third).toEqual({ failedLogins: 0, lockedUntil: new Date(ms + 15 * MINUTE).toISOString(), lockedNow: true });
      const locked = await repos().users.findById(user.id);
      expect(locked && repos().users.isLocked(locked)).toBe(true);
      advance(15 * MINUTE);
      expect(locked && repos().users.isLocked(locked)).toBe(false);
      await repos().users.recordSuccessfulLogin(user.id);
      expect(await repos().users.findById(user.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
      expect(await repos().users.recordFailedLogin(ids(), policy)).toBeUndefined();
      expect((await repos().users.findByEmail(user.email.toUpperCase()))?.id).toBe(user.id);
    });

    it('finds only live sessions, revokes them, and deletes accounts', async () => {
      const user = await newUser();
      const token = ids();
      const session = await repos().sessions.create({
        userId: user.id,
        tokenHash: token,
        expiresAt: new Date(ms + DAY),
        userAgent: 'test',
      });
      expect((await repos().sessions.findActiveByTokenHash(token))?.id).toBe(session.id);
      advance(MINUTE);
      expect(await repos().sessions.touch(session.id, { expiresAt: new Date(ms + 2 * DAY) })).toBe(true);
      expect(await repos().sessions.findActiveByTokenHash(token)).toMatchObject({
        lastSeenAt: clock().toISOString(),
        expiresAt: new Date(ms + 2 * DAY).toISOString(),
      });
      advance(2 * DAY);
      expect(await repos().sessions.findActiveByTokenHash(token)).toBeUndefined();

      const others = await Promise.all(
        [1, 2, 3].map(() => repos().sessions.create({ userId: user.id, tokenHash: ids(), expiresAt: new Date(ms + DAY) })),
      );
      const keep = others[0];
      expect(await repos().sessions.revokeAllForUser(user.id, { except: keep?.id ?? '' })).toBe(3);
      expect(keep && (await repos().sessions.findActiveByTokenHash(keep.tokenHash))?.id).toBe(keep?.id);
      expect(keep && (await repos().sessions.revoke(keep.id))).toBe(true);
      expect(keep && (await repos().sessions.revoke(keep.id))).toBe(false);

      const last = await repos().sessions.create({ userId: user.id, tokenHash: ids(), expiresAt: new Date(ms + DAY) });
      expect(await repos().users.markDeleted(user.id)).toBe(true);
      expect(await repos().users.markDeleted(user.id)).toBe(false);
      expect(await repos().sessions.findActiveByTokenHash(last.tokenHash)).toBeUndefined();
      expect(await repos().users.findByEmail(user.email)).toBeUndefined();
      expect((await repos().users.findById(user.id))?.deletedAt).toBe(clock().toISOString());
    });

    it('uses a password reset once, and only before it expires', async () => {
      const user = await newUser();
      const token = ids();
      await repos().passwordResets.create({ userId: user.id, tokenHash: token, expiresAt: new Date(ms + 30 * MINUTE) });
      const [a, b] = await Promise.all([repos().passwordResets.consume(token), repos().passwordResets.consume(token)]);
      expect([a, b].filter((r) => r !== undefined)).toHaveLength(1);
      const stale = ids();
      await repos().passwordResets.create({ userId: user.id, tokenHash: stale, expiresAt: new Date(ms + 30 * MINUTE) });
      advance(30 * MINUTE);
      expect(await repos().passwordResets.consume(stale)).toBeUndefined();
      expect(await repos().users.setPasswordHash(user.id, 'argon2id$new')).toBe(true);
    });
  });

  describe('alerts, intake, calendar feeds and the audit log', () => {
    it('lists alerts by audience and acknowledges them once', async () => {
      const { patient } = await newPatient();
      const clinician = await newUser('clinician');
      const first = await repos().alerts.create({
        patientId: patient.id,
        kind: 'missed-doses',
        urgency: 'routine',
        title: 'Missed doses',
        body: 'Two doses missed this week.',
        audience: 'clinician',
      });
      advance(MINUTE);
      const urgent = await repos().alerts.create({
        patientId: patient.id,
        kind: 'asq-positive',
        urgency: 'emergency',
        title: 'Urgent safety concern',
        body: 'Positive suicide screen.',
        action: 'Call 999 now',
        audience: 'clinician',
      });
      await repos().alerts.create({
        patientId: patient.id,
        kind: 'note',
        urgency: 'routine',
        title: 'T',
        body: 'B',
        audience: 'patient',
      });
      expect((await repos().alerts.listForPatient(patient.id, { audience: 'clinician' })).map((a) => a.id)).toEqual([
        urgent.id,
        first.id,
      ]);
      const ack = await repos().alerts.acknowledge(urgent.id, clinician.id);
      expect(ack.ok && ack.value).toMatchObject({ acknowledgedBy: clinician.id, acknowledgedAt: clock().toISOString() });
      const twice = await repos().alerts.acknowledge(urgent.id, clinician.id);
      expect(twice.ok ? 'acknowledged' : twice.error.code).toBe('ALERT_ACKNOWLEDGED');
      const none = await repos().alerts.acknowledge(ids(), clinician.id);
      expect(none.ok ? 'acknowledged' : none.error.code).toBe('ALERT_NOT_FOUND');
      expect(
        (await repos().alerts.listForPatient(patient.id, { unacknowledgedOnly: true })).map((a) => a.audience).sort(),
      ).toEqual(['clinician', 'patient']);
    });

    it('queues intake requests most urgent first and lets one person claim each', async () => {
      const clinic = await repos().clinics.create({ name: 'Intake clinic' });
      const [alice, bob] = [await newUser('clinician'), await newUser('clinician')];
      const request = (contactName: string, triageUrgency: 'emergency' | 'urgent' | 'routine') =>
        repos().intake.create({
          clinicId: clinic.id,
          contactName,
          contactMethod: 'email',
          contactValue: `${contactName}@example.org`,
          triageUrgency,
          answers: { usedFor: '2y' },
          ipHash: 'h',
        });
      const routine = await request('routine', 'routine');
      advance(MINUTE);
      const urgent = await request('urgent', 'urgent');
      advance(MINUTE);
      const emergency = await request('emergency', 'emergency');
      expect((await repos().intake.queue(clinic.id)).map((r) => r.id)).toEqual([emergency.id, urgent.id, routine.id]);
      expect(routine.answers).toEqual({ usedFor: '2y' });

      const [c1, c2] = await Promise.all([repos().intake.claim(urgent.id, alice.id), repos().intake.claim(urgent.id, bob.id)]);
      expect([c1, c2].filter((c) => c.ok)).toHaveLength(1);
      const loser = [c1, c2].find((c) => !c.ok);
      expect(loser && !loser.ok && loser.error.code).toBe('INTAKE_STATE');
      expect((await repos().intake.close(urgent.id)).ok).toBe(true);
      const closedAgain = await repos().intake.close(urgent.id);
      expect(closedAgain.ok ? 'closed' : closedAgain.error.code).toBe('INTAKE_STATE');
      expect((await repos().intake.queue(clinic.id)).map((r) => r.id)).toEqual([emergency.id, routine.id]);
      expect((await repos().intake.queue(clinic.id, { statuses: ['closed'] })).map((r) => r.id)).toEqual([urgent.id]);
    });

    it('finds calendar feeds by token until revoked', async () => {
      const { patient } = await newPatient();
      const token = ids();
      const feed = await repos().calendarFeeds.create({ patientId: patient.id, tokenHash: token });
      expect((await repos().calendarFeeds.findActiveByTokenHash(token))?.patientId).toBe(patient.id);
      expect(await repos().calendarFeeds.revoke(feed.id)).toBe(true);
      expect(await repos().calendarFeeds.findActiveByTokenHash(token)).toBeUndefined();
    });

    it('appends audit entries, newest first, even for patients that do not exist', async () => {
      const { user, patient } = await newPatient();
      const entries = [];
      for (const action of ['plan.view', 'dose-log.create', 'alerts.list']) {
        advance(1);
        entries.push(
          await repos().audit.append({
            actorUserId: user.id,
            patientId: patient.id,
            action,
            targetType: 'patient',
            targetId: patient.id,
            ip: '198.51.100.7',
            userAgent: 'vitest',
            outcome: 'allowed',
            detail: { n: entries.length },
          }),
        );
      }
      const listed = await repos().audit.listForPatient(patient.id);
      expect(listed.map((e) => e.action)).toEqual(['alerts.list', 'dose-log.create', 'plan.view']);
      expect(listed[0]?.detail).toEqual({ n: 2 });
      expect(
        (await repos().audit.listForPatient(patient.id, { before: entries[2]?.at ?? '', limit: 1 })).map((e) => e.action),
      ).toEqual(['dose-log.create']);
      const probe = await repos().audit.append({
        actorUserId: user.id,
        patientId: ids(),
        action: 'plan.view',
        targetType: 'patient',
        outcome: 'denied',
      });
      expect(probe.outcome).toBe('denied');
    });
  });
});
