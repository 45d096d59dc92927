import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALM_CHECK_IN, type CheckInWorld, openCheckInWorld } from './check-in-fixtures.js';
import { ENGINES } from './databases.js';
import { as, signUp } from './sessions.js';

describe.each(ENGINES)('alerts (%s)', (engine) => {
  let w: CheckInWorld;
  let n = 0;
  beforeEach(async () => {
    w = await openCheckInWorld(engine, '2026-11-20T07:00:00Z');
    w.setClock(new Date('2026-11-20T09:00:00Z'));
  });
  afterEach(async () => {
    await w.dispose();
  });

  const seizure = () =>
    w.call('patient', 'POST', `/api/patients/${w.patientId}/check-ins`, {
      clientId: `seizure-${++n}-test`,
      completedAt: '2026-11-20T08:00:00Z',
      answers: CALM_CHECK_IN,
      redFlags: ['seizure'],
    });
  const dose = (date: string, status: string, clientId = `dose-${++n}-test`) =>
    w.call('patient', 'POST', `/api/patients/${w.patientId}/dose-logs`, {
      clientId,
      date,
      plannedTime: '08:00',
      drug: 'clonazepam',
      dose: '0.5mg',
      status,
    });
  const list = (who: Parameters<CheckInWorld['call']>[0], query = '') =>
    w.call(who, 'GET', `/api/patients/${w.patientId}/alerts${query}`);

  it('each reader sees their own copy; a supporter only with the alerts permission', async () => {
    expect((await seizure()).statusCode).toBe(201);
    const clinician = (await list('clinician')).json().alerts;
    expect(clinician).toMatchObject([{ audience: 'clinician', urgency: 'emergency', action: /Contact the patient now/ }]);
    expect((await list('patient')).json().alerts).toMatchObject([{ audience: 'patient', action: /Call 999 now/ }]);
    expect((await list('supporterAlerts')).json().alerts).toMatchObject([{ audience: 'supporter' }]);
    expect((await list('supporterNoAlerts')).statusCode).toBe(403);
    expect((await list('stranger')).statusCode).toBe(404);
    expect((await list(undefined)).statusCode).toBe(401);
  });

  it('no supporter copy is stored when no supporter has the alerts permission at that moment, and withdrawal stops reading', async () => {
    const repos = w.db.repositories;
    await repos.careLinks.setPermissions(w.links.supporterAlerts, { plan: true, doses: true, checkIns: true, alerts: false });
    await seizure();
    expect(await repos.alerts.listForPatient(w.patientId, { audience: 'supporter' })).toEqual([]);
    await repos.careLinks.setPermissions(w.links.supporterAlerts, { plan: true, doses: true, checkIns: true, alerts: true });
    await seizure();
    expect((await list('supporterAlerts')).json().alerts).toHaveLength(1);
    // Permission withdrawn again: the stored copy is no longer readable.
    await repos.careLinks.setPermissions(w.links.supporterAlerts, { plan: true, doses: true, checkIns: true, alerts: false });
    expect((await list('supporterAlerts')).statusCode).toBe(403);
  });

  it('an alert is acknowledged once (409 after); another audience’s copy is not found and stays open', async () => {
    await seizure();
    const [mine] = (await list('clinician')).json().alerts;
    const [patients] = (await list('patient')).json().alerts;
    const ack = (who: Parameters<CheckInWorld['call']>[0], id: string) =>
      w.call(who, 'POST', `/api/patients/${w.patientId}/alerts/${id}/acknowledge`);
    const other = await ack('clinician', patients.id);
    expect(other.json()).toMatchObject({ status: 404, code: 'ALERT_NOT_FOUND' });
    expect((await w.db.repositories.alerts.findById(patients.id))?.acknowledgedAt).toBeNull();
    const first = await ack('clinician', mine.id);
    expect(first.json().alert).toMatchObject({ acknowledgedBy: w.people.clinician.userId });
    const second = await ack('clinician', mine.id);
    expect(second.json()).toMatchObject({ status: 409, code: 'ALERT_ACKNOWLEDGED' });
    expect((await list('clinician', '?unacknowledged=true')).json().alerts).toEqual([]);
    expect((await ack('patient', patients.id)).statusCode).toBe(200);
  });

  it('the inbox gathers every patient the clinician sees, newest first, and audits each read', async () => {
    w.setClock(new Date('2026-11-20T10:00:00Z'));
    const other = await signUp(w.app, `second-${engine}@example.org`, 'patient');
    const record = await w.app.inject({
      method: 'POST',
      url: '/api/patients',
      payload: { timeZone: 'America/New_York', region: 'US' },
      ...as(other),
    });
    const secondId = record.json().patient.id as string;
    const code = (
      await w.app.inject({
        method: 'POST',
        url: `/api/patients/${secondId}/invites`,
        payload: { kind: 'clinician' },
        ...as(other),
      })
    ).json().code;
    await w.call('clinician', 'POST', '/api/invites/accept', { code });
    await seizure();
    w.setClock(new Date('2026-11-20T11:00:00Z'));
    await w.app.inject({
      method: 'POST',
      url: `/api/patients/${secondId}/questionnaire-responses`,
      payload: {
        clientId: 'second-phq9-1',
        instrumentId: 'phq9',
        completedAt: '2026-11-20T10:30:00Z',
        answers: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 2 },
      },
      ...as(other),
    });
    const inbox = (await w.call('clinician', 'GET', '/api/alerts')).json().alerts;
    expect(inbox.map((a: { patientId: string; kind: string }) => [a.patientId, a.kind])).toEqual([
      [secondId, 'phq9-item9'],
      [w.patientId, 'red-flag'],
    ]);
    expect(inbox.every((a: { audience: string }) => a.audience === 'clinician')).toBe(true);
    const audit = await w.db.repositories.audit.listForPatient(secondId);
    expect(audit.some((e) => e.actorUserId === w.people.clinician.userId && e.action === 'read:alerts')).toBe(true);
    // Supporters: their copies only; without the permission, nothing (and no denied entries).
    expect((await w.call('supporterAlerts', 'GET', '/api/alerts')).json().alerts).toMatchObject([{ audience: 'supporter' }]);
    expect((await w.call('supporterNoAlerts', 'GET', '/api/alerts')).json().alerts).toEqual([]);
    const denied = (await w.db.repositories.audit.listForPatient(w.patientId)).filter(
      (e) => e.actorUserId === w.people.supporterNoAlerts.userId && e.outcome === 'denied',
    );
    expect(denied).toEqual([]);
    expect((await w.call('stranger', 'GET', '/api/alerts')).json().alerts).toEqual([]);
    expect((await w.call(undefined, 'GET', '/api/alerts')).statusCode).toBe(401);
  });

  it('two missed doses in three days raise one urgent alert while it is open; any extra dose a routine one', async () => {
    const kinds = async () =>
      (await w.db.repositories.alerts.listForPatient(w.patientId, { audience: 'clinician' })).map((a) => a.kind);
    expect((await dose('2026-11-17', 'missed')).statusCode).toBe(201);
    expect((await dose('2026-11-20', 'missed')).statusCode).toBe(201);
    expect(await kinds()).toEqual([]);
    await dose('2026-11-21', 'missed');
    const [missed] = await w.db.repositories.alerts.listForPatient(w.patientId, { audience: 'clinician' });
    expect(missed).toMatchObject({ kind: 'missed-doses', urgency: 'urgent', title: '2 missed doses in 3 days' });
    await dose('2026-11-21', 'missed');
    expect(await kinds()).toEqual(['missed-doses']);
    await dose('2026-11-21', 'taken');
    expect(await kinds()).toEqual(['missed-doses']);
    const extra = await dose('2026-11-21', 'extra', 'extra-dose-1');
    expect(extra.statusCode).toBe(201);
    expect((await dose('2026-11-21', 'extra', 'extra-dose-1')).statusCode).toBe(200);
    expect(await kinds()).toEqual(['extra-dose', 'missed-doses']);
  });
});
