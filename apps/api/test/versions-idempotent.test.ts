import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../src/events.js';
import { type CheckInWorld, openCheckInWorld } from './check-in-fixtures.js';
import { ENGINES } from './databases.js';
import { TAPER_REQUEST } from './record-fixtures.js';

/** A new plan version sent again after a lost answer is recorded once (by its client id). */
describe.each(ENGINES)('retried plan versions are recorded once (%s)', (engine) => {
  let w: CheckInWorld;
  let events: LiveEvent[];
  let stop: () => void;
  let planId: string;
  beforeEach(async () => {
    w = await openCheckInWorld(engine);
    events = [];
    stop = w.events.subscribe((event) => events.push(event));
    const created = await w.call('clinician', 'POST', `/api/patients/${w.patientId}/plans`, TAPER_REQUEST);
    expect(created.statusCode).toBe(201);
    planId = created.json().plan.id;
  });
  afterEach(async () => {
    stop();
    await w.dispose();
  });

  const versionsUrl = () => `/api/patients/${w.patientId}/plans/${planId}/versions`;
  const stored = () => w.db.repositories.planVersions.listForPlan(planId);
  const published = () => events.filter((e) => e.type === 'plan-version').length;

  it('a retry with the same clientId answers 200 with the same draft, announces nothing, and shows it approved later', async () => {
    const body = { ...TAPER_REQUEST, reason: 'Slower at the end', clientId: 'version-approval-0001' };
    const announcedBefore = published();
    const first = await w.call('clinician', 'POST', versionsUrl(), body);
    expect(first.statusCode).toBe(201);
    expect(first.json().version).toMatchObject({ version: 2, approvalState: 'draft' });
    expect(published()).toBe(announcedBefore + 1);

    const again = await w.call('clinician', 'POST', versionsUrl(), body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(published()).toBe(announcedBefore + 1);
    expect((await stored()).map((v) => v.version)).toEqual([1, 2]);

    const { version } = first.json();
    expect((await w.call('clinician', 'POST', `${versionsUrl()}/${version.id}/approve`)).statusCode).toBe(200);
    const late = await w.call('clinician', 'POST', versionsUrl(), body);
    expect(late.statusCode).toBe(200);
    expect(late.json().version).toMatchObject({ id: version.id, version: 2, approvalState: 'approved' });
    expect(await stored()).toHaveLength(2);
  });

  it('many copies at once make one draft', async () => {
    const body = { ...TAPER_REQUEST, clientId: 'version-approval-race' };
    const answers = await Promise.all(Array.from({ length: 10 }, () => w.call('clinician', 'POST', versionsUrl(), body)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().version.id)).size).toBe(1);
    expect((await stored()).map((v) => v.version)).toEqual([1, 2]);
  });

  it('without a clientId, or with a new one, each proposal is its own version', async () => {
    for (const extra of [{}, {}, { clientId: 'version-approval-a' }, { clientId: 'version-approval-b' }])
      expect((await w.call('clinician', 'POST', versionsUrl(), { ...TAPER_REQUEST, ...extra })).statusCode).toBe(201);
    expect((await stored()).map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a clientId outside 8 to 64 characters, and an invalid plan is a 422, storing nothing', async () => {
    for (const clientId of ['short', 'x'.repeat(65)]) {
      const res = await w.call('clinician', 'POST', versionsUrl(), { ...TAPER_REQUEST, clientId });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('clientId');
    }
    const bad = await w.call('clinician', 'POST', versionsUrl(), {
      ...TAPER_REQUEST,
      doses: ['0.5mg morning'],
      clientId: 'version-bad-1',
    });
    expect(bad.statusCode).toBe(422);
    expect(await stored()).toHaveLength(1);
  });

  it('still takes someone who may write the plan', async () => {
    const res = await w.call('stranger', 'POST', versionsUrl(), { ...TAPER_REQUEST, clientId: 'version-stranger' });
    expect([403, 404]).toContain(res.statusCode);
    expect(await stored()).toHaveLength(1);
  });
});
