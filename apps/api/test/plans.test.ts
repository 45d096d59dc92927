import type { TaperPlan } from '@stepdown/core';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planViolations } from '../../../packages/core/src/taper/plan-invariants.js';
import { createEventBus, type LiveEvent } from '../src/events.js';
import { ENGINES, type TestDatabase } from './databases.js';
import { TAPER_REQUEST } from './record-fixtures.js';
import { as, type SignedIn, signUp } from './sessions.js';
import { linkToPatient, openTestApp } from './test-app.js';

/** The stored plan back in micrograms (responses speak mg). */
const totalMg = (doses: readonly { amountMg: number }[]) => doses.reduce((sum, d) => sum + d.amountMg * 1000, 0) / 1000;

describe.each(ENGINES)('plans, versions and decisions (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T15:00:00Z');
  const events: LiveEvent[] = [];
  let patient: SignedIn;
  let clinician: SignedIn;
  let supporter: SignedIn;
  let patientId: string;

  const call = (who: SignedIn | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who) });
  const counts = async () => {
    const plans = await db.repositories.plans.listForPatient(patientId);
    const versions = (await Promise.all(plans.map((p) => db.repositories.planVersions.listForPlan(p.id)))).flat();
    return {
      plans: plans.length,
      versions: versions.length,
      approved: versions.filter((v) => v.approvalState === 'approved').length,
      medications: (await db.repositories.medications.listForPatient(patientId)).length,
      suggestions: (await db.repositories.adjustmentSuggestions.listForPatient(patientId)).map((s) => s.state),
    };
  };
  const newPlan = async (body: object = TAPER_REQUEST) => {
    const res = await call(patient, 'POST', `/api/patients/${patientId}/plans`, body);
    expect(res.statusCode).toBe(201);
    return { planId: res.json().plan.id as string, versionId: res.json().version.id as string };
  };
  const approve = async (planId: string, versionId: string) => {
    const res = await call(clinician, 'POST', `/api/patients/${patientId}/plans/${planId}/versions/${versionId}/approve`);
    expect(res.statusCode).toBe(200);
    return res;
  };
  const suggest = (planId: string, kind: 'hold' | 'slow') =>
    db.repositories.adjustmentSuggestions.create({
      patientId,
      planId,
      kind,
      reason: 'Withdrawal symptoms rose after the last cut',
      source: 'check-in',
      requestedByPatient: false,
    });

  beforeAll(async () => {
    const bus = createEventBus();
    bus.subscribe((event) => events.push(event));
    ({ db, app } = await openTestApp(engine, () => clock, { events: bus }));
    patient = await signUp(app, 'pat@example.org', 'patient');
    clock = new Date(clock.getTime() + 61_000);
    clinician = await signUp(app, 'doc@example.org', 'clinician');
    clock = new Date(clock.getTime() + 61_000);
    supporter = await signUp(app, 'sup@example.org', 'supporter');
    const created = await call(patient, 'POST', '/api/patients', {
      timeZone: 'America/New_York',
      region: 'US',
      dateOfBirth: '1980-04-02',
    });
    patientId = created.json().patient.id;
    await linkToPatient(app, patient, patientId, { kind: 'clinician' }, clinician);
    await linkToPatient(
      app,
      patient,
      patientId,
      { kind: 'supporter', permissions: { plan: true, doses: false, checkIns: false, alerts: false } },
      supporter,
    );
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  describe('medications', () => {
    it('records a medication with the dose check’s findings, unsafe ones included', async () => {
      const res = await call(patient, 'POST', `/api/patients/${patientId}/medications`, {
        drug: 'Klonopin',
        regimen: '3mg@08:00, 4mg@22:00',
        indication: 'panic',
        startedOn: '2024-01-10',
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.medication).toMatchObject({ drug: 'clonazepam', indication: 'panic', startedOn: '2024-01-10' });
      expect(body.medication.regimen).toEqual([
        { amountMg: 3, time: '08:00' },
        { amountMg: 4, time: '22:00' },
      ]);
      expect(body.check.dailyTotalMg).toBe(7);
      expect(body.check.findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);
      const list = await call(supporter, 'GET', `/api/patients/${patientId}/medications`);
      expect(list.json().medications.at(-1).regimen[0].amountMg).toBe(3);
    });

    it('refuses a regimen core cannot read, an unknown drug or a future start, changing nothing', async () => {
      const before = await counts();
      for (const [payload, code, field] of [
        [{ drug: 'clonazepam', regimen: '0.5mg morning', indication: 'panic' }, 'REGIMEN_INVALID', 'regimen'],
        [{ drug: 'clonazepan', regimen: '0.5mg@08:00', indication: 'panic' }, 'DRUG_UNKNOWN', 'drug'],
        [
          { drug: 'clonazepam', regimen: '0.5mg bid', indication: 'panic', startedOn: '2027-01-01' },
          'DATE_IN_FUTURE',
          'startedOn',
        ],
        [
          { drug: 'clonazepam', regimen: '0.5mg@08:00, 0.5mg@08:00', indication: 'panic' },
          'REGIMEN_DUPLICATE_TIME',
          'regimen[1]',
        ],
      ] as const) {
        const res = await call(patient, 'POST', `/api/patients/${patientId}/medications`, payload);
        expect(res.statusCode, code).toBe(422);
        expect(res.json().code).toBe(code);
        expect(res.json().errors[0].field).toBe(field);
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('plans and versions', () => {
    it('proposes a plan: version 1 is a draft made by core, announced as an event', async () => {
      events.length = 0;
      const res = await call(patient, 'POST', `/api/patients/${patientId}/plans`, { ...TAPER_REQUEST, title: 'Winter taper' });
      expect(res.statusCode).toBe(201);
      const { plan, version } = res.json();
      expect(plan).toMatchObject({ title: 'Winter taper', activeVersionId: null, latestVersion: 1 });
      expect(version).toMatchObject({
        version: 1,
        approvalState: 'draft',
        reason: TAPER_REQUEST.reason,
        authorUserId: patient.userId,
      });
      expect(version.plan.steps[0].doses.map((d: { amountMg: number }) => d.amountMg)).toEqual([0.5, 1]);
      expect(version.input).toMatchObject({ drug: 'clonazepam', doses: TAPER_REQUEST.doses });
      expect(events).toEqual([
        { type: 'plan-version', patientId, data: { planId: plan.id, versionId: version.id, version: 1, approvalState: 'draft' } },
      ]);
      const list = await call(supporter, 'GET', `/api/patients/${patientId}/plans`);
      const listed = list.json().plans.find((p: { id: string }) => p.id === plan.id);
      expect(listed.versions).toEqual([expect.objectContaining({ version: 1, approvalState: 'draft' })]);
      expect(listed.versions[0].plan).toBeUndefined();
    });

    it('refuses bad planning input with core’s code and stores nothing', async () => {
      const before = await counts();
      for (const [payload, status, code] of [
        [{ ...TAPER_REQUEST, cutPercent: 40 }, 422, 'CUT_OUT_OF_RANGE'],
        [{ ...TAPER_REQUEST, drug: 'aspirin' }, 422, 'DRUG_UNKNOWN'],
        [{ ...TAPER_REQUEST, start: '2026-02-30' }, 422, 'DATE_INVALID'],
        [{ ...TAPER_REQUEST, doses: ['0.3mg@08:00'], forms: { odt: false } }, 422, 'REGIMEN_NOT_MAKEABLE'],
        [{ ...TAPER_REQUEST, strategy: 'label', drug: 'diazepam', doses: ['5mg@08:00'] }, 422, 'STRATEGY_NOT_FOR_DRUG'],
        [{ ...TAPER_REQUEST, reason: undefined }, 400, 'VALIDATION'],
        [{ ...TAPER_REQUEST, surprise: true }, 400, 'VALIDATION'],
      ] as const) {
        const res = await call(clinician, 'POST', `/api/patients/${patientId}/plans`, payload);
        expect(res.statusCode, code).toBe(status);
        expect(res.json().code).toBe(code);
      }
      expect(await counts()).toEqual(before);
    });

    it('a patient cannot approve; a clinician can, once; the approved version is in force', async () => {
      const { planId, versionId } = await newPlan();
      const url = `/api/patients/${patientId}/plans/${planId}/versions/${versionId}`;
      const denied = await call(patient, 'POST', `${url}/approve`);
      expect(denied.statusCode).toBe(403);
      expect(denied.json().code).toBe('APPROVAL_NEEDS_CLINICIAN');
      expect((await db.repositories.planVersions.findById(versionId))?.approvalState).toBe('draft');
      // The patient's access log records the refused attempt as denied, not allowed.
      const log = await call(patient, 'GET', `/api/patients/${patientId}/audit`);
      const attempt = log
        .json()
        .entries.find((e: { action: string; detail: { route?: string } }) => e.detail?.route?.endsWith('/approve'));
      expect(attempt).toMatchObject({ action: 'write:plan', outcome: 'denied' });
      const approved = await approve(planId, versionId);
      expect(approved.json().version).toMatchObject({ approvalState: 'approved', approvedBy: clinician.userId });
      expect((await db.repositories.plans.findById(planId))?.activeVersionId).toBe(versionId);
      for (const decision of ['approve', 'reject']) {
        const again = await call(clinician, 'POST', `${url}/${decision}`);
        expect(again.statusCode).toBe(409);
        expect(again.json().code).toBe('PLAN_VERSION_DECIDED');
      }
    });

    it('new versions need a reason; an older draft cannot replace a newer approved one; rejecting keeps the one in force', async () => {
      const { planId, versionId: v1 } = await newPlan();
      await approve(planId, v1);
      const base = `/api/patients/${patientId}/plans/${planId}/versions`;
      expect((await call(clinician, 'POST', base, { ...TAPER_REQUEST, reason: undefined })).statusCode).toBe(400);
      const v2 = (await call(clinician, 'POST', base, { ...TAPER_REQUEST, cutPercent: 5, reason: 'Slower' })).json().version;
      const v3 = (await call(patient, 'POST', base, { ...TAPER_REQUEST, intervalDays: 28, reason: 'Longer steps' })).json()
        .version;
      expect([v2.version, v3.version, v2.approvalState]).toEqual([2, 3, 'draft']);
      await approve(planId, v3.id);
      const superseded = await call(clinician, 'POST', `${base}/${v2.id}/approve`);
      expect(superseded.statusCode).toBe(409);
      expect(superseded.json().code).toBe('PLAN_VERSION_SUPERSEDED');
      const v4 = (await call(patient, 'POST', base, { ...TAPER_REQUEST, cutPercent: 7, reason: 'Try 7%' })).json().version;
      expect((await call(clinician, 'POST', `${base}/${v4.id}/reject`)).json().version.approvalState).toBe('rejected');
      expect((await db.repositories.plans.findById(planId))?.activeVersionId).toBe(v3.id);
      const versions = (await call(supporter, 'GET', base)).json().versions;
      expect(versions.map((v: { approvalState: string }) => v.approvalState)).toEqual([
        'approved',
        'draft',
        'approved',
        'rejected',
      ]);
    });

    it('a version of another plan, or a plan of another patient, is not found', async () => {
      const a = await newPlan();
      const b = await newPlan();
      const wrong = await call(clinician, 'POST', `/api/patients/${patientId}/plans/${a.planId}/versions/${b.versionId}/approve`);
      expect(wrong.statusCode).toBe(404);
      expect(wrong.json().code).toBe('PLAN_VERSION_NOT_FOUND');
      expect((await call(clinician, 'GET', `/api/patients/${patientId}/plans/nope/versions`)).json().code).toBe('PLAN_NOT_FOUND');
    });
  });

  it('random payloads to the plan write routes never produce a 5xx, nor store anything (property)', async () => {
    const { planId } = await newPlan();
    const suggestion = await suggest(planId, 'slow');
    const before = await counts();
    const urls = [
      `/api/patients/${patientId}/medications`,
      `/api/patients/${patientId}/plans`,
      `/api/patients/${patientId}/plans/${planId}/versions`,
      `/api/patients/${patientId}/suggestions/${suggestion.id}/decision`,
    ];
    const taperish = fc.record(
      {
        drug: fc.constantFrom('clonazepam', 'diazepam', 'x'),
        doses: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
        start: fc.constantFrom('2026-11-22', '2026-13-01', ''),
        strategy: fc.string({ maxLength: 10 }),
        cutPercent: fc.double(),
        reason: fc.string({ maxLength: 5 }),
        decision: fc.string({ maxLength: 8 }),
        regimen: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...urls), fc.oneof(fc.anything({ maxDepth: 3 }), taperish), async (url, payload) => {
        const res = await app.inject({
          method: 'POST',
          url,
          payload: JSON.stringify(payload ?? null),
          headers: { 'content-type': 'application/json', 'x-csrf-token': supporter.csrf },
          cookies: supporter.cookies,
        });
        expect(res.statusCode).toBeLessThan(500);
        const asClinician = await app.inject({
          method: 'POST',
          url,
          payload: JSON.stringify(payload ?? null),
          headers: { 'content-type': 'application/json', 'x-csrf-token': clinician.csrf },
          cookies: clinician.cookies,
        });
        expect(asClinician.statusCode).toBeLessThan(500);
        expect(asClinician.body).not.toMatch(/at .*\.js:\d+/);
      }),
      { numRuns: 150 },
    );
    // Anything stored came from a valid request; with these payloads none is.
    expect(await counts()).toEqual(before);
  });

  describe('suggestion decisions', () => {
    const decide = (who: SignedIn, suggestionId: string, body: object) =>
      call(who, 'POST', `/api/patients/${patientId}/suggestions/${suggestionId}/decision`, body);

    it('approving a hold re-plans from today’s dose as a new version the decision approves', async () => {
      // Started on 4 November: today (22 November in New York) is day 19, past the first cut.
      const { planId, versionId } = await newPlan({ ...TAPER_REQUEST, start: '2026-11-04' });
      await approve(planId, versionId);
      const v1 = (await db.repositories.planVersions.findById(versionId))?.plan as TaperPlan;
      const todayStep = v1.steps.find((s) => s.start <= '2026-11-22' && s.end >= '2026-11-22');
      const todayUg = todayStep?.doses.reduce((sum, d) => sum + d.amountUg, 0) ?? 0;
      expect(todayUg).toBeLessThan(1500);
      const suggestion = await suggest(planId, 'hold');
      events.length = 0;
      const res = await decide(clinician, suggestion.id, { decision: 'approve', reason: 'Hold two weeks, then continue' });
      expect(res.statusCode).toBe(200);
      const { version } = res.json();
      expect(version).toMatchObject({
        version: 2,
        approvalState: 'approved',
        approvedBy: clinician.userId,
        authorUserId: clinician.userId,
      });
      expect(version.reason).toBe('Withdrawal symptoms rose after the last cut — Hold two weeks, then continue');
      expect(res.json().suggestion).toMatchObject({ state: 'approved', decidedBy: clinician.userId });
      const stored = (await db.repositories.planVersions.findById(version.id))?.plan as TaperPlan;
      expect(planViolations(stored)).toEqual([]);
      expect(stored.start).toBe('2026-11-22');
      expect(stored.steps[0]?.doses.reduce((sum, d) => sum + d.amountUg, 0)).toBe(todayUg);
      // At least 14 days on today's dose before the next cut, and never a rise.
      const firstCut = stored.steps.find((s) => s.kind === 'reduce' || s.kind === 'stop');
      expect(firstCut && firstCut.start >= '2026-12-06').toBe(true);
      expect((await db.repositories.plans.findById(planId))?.activeVersionId).toBe(version.id);
      expect(events.map((e) => e.type).sort()).toEqual(['plan-version', 'plan-version', 'suggestion']);
      // Deciding twice: 409, and no second version.
      const before = await counts();
      const again = await decide(clinician, suggestion.id, { decision: 'approve', reason: 'again' });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('SUGGESTION_DECIDED');
      expect(await counts()).toEqual(before);
    });

    it('an edited hold keeps today’s dose for the days the clinician gives', async () => {
      const { planId, versionId } = await newPlan();
      await approve(planId, versionId);
      const suggestion = await suggest(planId, 'hold');
      const res = await decide(clinician, suggestion.id, { decision: 'edit', reason: 'Hold a month', edit: { holdDays: 30 } });
      expect(res.statusCode).toBe(200);
      expect(res.json().suggestion.state).toBe('edited');
      const plan = res.json().version.plan as { steps: { kind: string; start: string; doses: { amountMg: number }[] }[] };
      expect(plan.steps.slice(0, 2).map((s) => s.kind)).toEqual(['start', 'hold']);
      expect(plan.steps[2]?.start).toBe('2026-12-22');
      expect(totalMg(plan.steps[1]?.doses ?? [])).toBe(1.5);
    });

    it('approving "slow" halves the pace; an edit may slow it further but never speed it up', async () => {
      const { planId, versionId } = await newPlan();
      await approve(planId, versionId);
      const v1 = (await db.repositories.planVersions.findById(versionId))?.plan as TaperPlan;
      const slow = await suggest(planId, 'slow');
      const res = await decide(clinician, slow.id, { decision: 'approve', reason: 'Slow down' });
      expect(res.statusCode).toBe(200);
      const v2 = (await db.repositories.planVersions.findById(res.json().version.id))?.plan as TaperPlan;
      expect(planViolations(v2)).toEqual([]);
      // Every dose level of the old plan lasts twice as long.
      expect(v2.totalDays - 1).toBe(2 * (v1.totalDays - 1));

      const faster = await suggest(planId, 'slow');
      const before = await counts();
      const refused = await decide(clinician, faster.id, { decision: 'edit', reason: 'x', edit: { cutPercent: 20 } });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('SLOWER_PACE_REQUIRED');
      const wrongKind = await decide(clinician, faster.id, { decision: 'edit', reason: 'x', edit: { holdDays: 10 } });
      expect(wrongKind.json().code).toBe('REPLAN_NOT_POSSIBLE');
      expect(await counts()).toEqual(before);
      const edited = await decide(clinician, faster.id, { decision: 'edit', reason: '5% steps', edit: { cutPercent: 5 } });
      expect(edited.statusCode).toBe(200);
      expect(edited.json().version.plan.parameters.cutPercent).toBe(5);
    });

    it('rejecting changes no plan; patients and supporters cannot decide', async () => {
      const { planId, versionId } = await newPlan();
      await approve(planId, versionId);
      const suggestion = await suggest(planId, 'hold');
      const before = await counts();
      const byPatient = await decide(patient, suggestion.id, { decision: 'approve', reason: 'I want to hold' });
      expect([byPatient.statusCode, byPatient.json().code]).toEqual([403, 'APPROVAL_NEEDS_CLINICIAN']);
      expect((await decide(supporter, suggestion.id, { decision: 'reject', reason: 'no' })).statusCode).toBe(403);
      expect((await decide(clinician, suggestion.id, { decision: 'edit', reason: 'missing edit' })).json().code).toBe(
        'EDIT_MISSING',
      );
      expect(await counts()).toEqual(before);
      const rejected = await decide(clinician, suggestion.id, { decision: 'reject', reason: 'Symptoms are settling' });
      expect(rejected.json()).toMatchObject({ suggestion: { state: 'rejected' }, version: null });
      const after = await counts();
      expect([after.versions, after.approved]).toEqual([before.versions, before.approved]);
      const listed = (await call(supporter, 'GET', `/api/patients/${patientId}/suggestions?state=rejected`)).json().suggestions;
      expect(listed.map((s: { id: string }) => s.id)).toContain(suggestion.id);
    });

    it('two prescribers deciding at once: one wins, the other gets 409, and only one version is made', async () => {
      const { planId, versionId } = await newPlan();
      await approve(planId, versionId);
      const suggestion = await suggest(planId, 'hold');
      const before = await counts();
      const results = await Promise.all([
        decide(clinician, suggestion.id, { decision: 'approve', reason: 'first' }),
        decide(clinician, suggestion.id, { decision: 'approve', reason: 'second' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const after = await counts();
      expect(after.versions - before.versions).toBe(1);
    });

    it('a suggestion on a plan with nothing approved cannot be approved, and stays open', async () => {
      const { planId } = await newPlan();
      const suggestion = await suggest(planId, 'slow');
      const res = await decide(clinician, suggestion.id, { decision: 'approve', reason: 'ok' });
      expect([res.statusCode, res.json().code]).toEqual([422, 'NO_ACTIVE_VERSION']);
      expect(
        (await db.repositories.adjustmentSuggestions.listForPatient(patientId)).find((s) => s.id === suggestion.id)?.state,
      ).toBe('suggested');
      expect((await decide(clinician, 'nope', { decision: 'reject', reason: 'x' })).statusCode).toBe(404);
    });
  });
});
