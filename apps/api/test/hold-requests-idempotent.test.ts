import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../src/events.js';
import { type CheckInWorld, givePlan, openCheckInWorld } from './check-in-fixtures.js';
import { ENGINES } from './databases.js';
import { TAPER_REQUEST } from './record-fixtures.js';

/** A hold request or a plan sent again after a lost answer is recorded once (by its client id). */
describe.each(ENGINES)('retried hold requests and plans are recorded once (%s)', (engine) => {
  let w: CheckInWorld;
  let events: LiveEvent[];
  let stop: () => void;
  beforeEach(async () => {
    w = await openCheckInWorld(engine);
    events = [];
    stop = w.events.subscribe((event) => events.push(event));
  });
  afterEach(async () => {
    stop();
    await w.dispose();
  });

  const holdUrl = () => `/api/patients/${w.patientId}/hold-requests`;
  const plansUrl = () => `/api/patients/${w.patientId}/plans`;
  const suggestions = () => w.db.repositories.adjustmentSuggestions.listForPatient(w.patientId);
  const clinicianAlerts = () => w.db.repositories.alerts.listForPatient(w.patientId, { audience: 'clinician' });

  describe('hold requests', () => {
    it('a retry with the same clientId answers 200 with the same request, and alerts no one again', async () => {
      await givePlan(w);
      const body = { kind: 'hold', reason: 'The last cut left me shaky', clientId: 'hold-request-0001' };
      const first = await w.call('patient', 'POST', holdUrl(), body);
      expect(first.statusCode).toBe(201);
      expect(await clinicianAlerts()).toMatchObject([{ kind: 'patient-asked-for-pause', urgency: 'urgent' }]);
      const announced = events.length;
      expect(announced).toBeGreaterThan(0);

      const again = await w.call('patient', 'POST', holdUrl(), body);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(await suggestions()).toHaveLength(1);
      expect(await clinicianAlerts()).toHaveLength(1);
      expect(events).toHaveLength(announced);
    });

    it('many copies at once make one request and one alert', async () => {
      await givePlan(w);
      const body = { kind: 'slow', reason: 'Too fast for me', clientId: 'hold-request-race' };
      const answers = await Promise.all(Array.from({ length: 10 }, () => w.call('patient', 'POST', holdUrl(), body)));
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((a) => a.json().suggestion.id)).size).toBe(1);
      expect(await suggestions()).toHaveLength(1);
      expect(await clinicianAlerts()).toHaveLength(1);
    });

    it('without a clientId, or with a new one, each request is its own', async () => {
      await givePlan(w);
      for (const extra of [{}, {}, { clientId: 'hold-request-a' }, { clientId: 'hold-request-b' }]) {
        const res = await w.call('patient', 'POST', holdUrl(), { kind: 'hold', reason: 'Hard week', ...extra });
        expect(res.statusCode).toBe(201);
      }
      expect(await suggestions()).toHaveLength(4);
      expect(await clinicianAlerts()).toHaveLength(4);
    });

    it('refuses a clientId outside the dose-log rule (8 to 64 characters), storing nothing', async () => {
      await givePlan(w);
      for (const clientId of ['short', 'x'.repeat(65)]) {
        const res = await w.call('patient', 'POST', holdUrl(), { kind: 'hold', reason: 'Hard', clientId });
        expect(res.statusCode).toBe(400);
        expect(res.json().errors[0].field).toBe('clientId');
      }
      expect(await suggestions()).toHaveLength(0);
    });

    it('the clientId is the patient’s own: it still takes the patient to write, and no plan is still a 422', async () => {
      const body = { kind: 'hold', reason: 'Hard', clientId: 'hold-request-0002' };
      expect((await w.call('patient', 'POST', holdUrl(), body)).json()).toMatchObject({ status: 422, code: 'NO_PLAN' });
      await givePlan(w);
      expect((await w.call('clinician', 'POST', holdUrl(), body)).statusCode).toBe(403);
      expect((await w.call('patient', 'POST', holdUrl(), body)).statusCode).toBe(201);
    });
  });

  describe('plans', () => {
    it('a retry with the same clientId answers 200 with the same plan and version 1, and makes no second draft', async () => {
      const body = { ...TAPER_REQUEST, clientId: 'plan-approval-0001' };
      const first = await w.call('clinician', 'POST', plansUrl(), body);
      expect(first.statusCode).toBe(201);
      const published = events.filter((e) => e.type === 'plan-version').length;
      expect(published).toBe(1);
      const again = await w.call('clinician', 'POST', plansUrl(), body);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(events.filter((e) => e.type === 'plan-version')).toHaveLength(published);
      const plans = await w.db.repositories.plans.listForPatient(w.patientId);
      expect(plans).toHaveLength(1);
      expect(await w.db.repositories.planVersions.listForPlan(plans[0]?.id ?? '')).toHaveLength(1);

      // After approval a retry shows the version as it is now: approved.
      const { plan, version } = first.json();
      const approved = await w.call('clinician', 'POST', `${plansUrl()}/${plan.id}/versions/${version.id}/approve`);
      expect(approved.statusCode).toBe(200);
      const late = await w.call('clinician', 'POST', plansUrl(), body);
      expect(late.statusCode).toBe(200);
      expect(late.json().version).toMatchObject({ id: version.id, version: 1, approvalState: 'approved' });
    });

    it('a new clientId, or none, is a new plan', async () => {
      for (const extra of [{}, {}, { clientId: 'plan-approval-a' }, { clientId: 'plan-approval-b' }])
        expect((await w.call('clinician', 'POST', plansUrl(), { ...TAPER_REQUEST, ...extra })).statusCode).toBe(201);
      expect(await w.db.repositories.plans.listForPatient(w.patientId)).toHaveLength(4);
    });

    it('a retry finishes a plan whose first attempt stopped before its version', async () => {
      const stranded = await w.db.repositories.plans.record({
        patientId: w.patientId,
        title: 'clonazepam taper',
        clientId: 'plan-approval-stranded',
      });
      const res = await w.call('clinician', 'POST', plansUrl(), { ...TAPER_REQUEST, clientId: 'plan-approval-stranded' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ plan: { id: stranded.value.id, latestVersion: 1 }, version: { version: 1 } });
      expect(await w.db.repositories.plans.listForPatient(w.patientId)).toHaveLength(1);
    });

    it('an invalid plan is still a 422 before anything is stored, with or without a clientId', async () => {
      const res = await w.call('clinician', 'POST', plansUrl(), {
        ...TAPER_REQUEST,
        doses: ['0.5mg morning'],
        clientId: 'plan-approval-bad',
      });
      expect(res.statusCode).toBe(422);
      expect(await w.db.repositories.plans.listForPatient(w.patientId)).toHaveLength(0);
    });
  });
});
