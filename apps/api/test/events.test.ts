import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forwardEvents } from '../src/alerts/event-stream.js';
import { CALM_CHECK_IN, type CheckInWorld, openCheckInWorld, type Person } from './check-in-fixtures.js';
import { ENGINES } from './databases.js';

/** An open event stream read by a real HTTP client, as a browser's EventSource would. */
interface Stream {
  readonly status: number;
  readonly headers: Headers;
  /** Everything received so far. */
  text(): string;
  /** Resolves once the received text matches, or rejects after `ms`. */
  until(pattern: RegExp, ms?: number): Promise<string>;
  close(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)('live updates over Server-Sent Events (%s)', (engine) => {
  let w: CheckInWorld;
  let base = '';
  const open: Stream[] = [];
  let n = 0;

  beforeEach(async () => {
    w = await openCheckInWorld(engine, '2026-11-20T07:00:00Z');
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const address = w.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterEach(async () => {
    for (const s of open.splice(0)) s.close();
    await w.dispose();
  });

  const connect = async (who: Person): Promise<Stream> => {
    const controller = new AbortController();
    const cookie = Object.entries(w.people[who].cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const res = await fetch(`${base}/api/events`, { headers: { cookie }, signal: controller.signal });
    let received = '';
    const waiters = new Set<() => void>();
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          received += decoder.decode(chunk.value, { stream: true });
          for (const wake of waiters) wake();
        }
      } catch {
        // Aborted by close().
      }
    })();
    const stream: Stream = {
      status: res.status,
      headers: res.headers,
      text: () => received,
      until: (pattern, ms = 5000) =>
        new Promise((resolve, reject) => {
          const check = () => {
            if (!pattern.test(received)) return;
            waiters.delete(check);
            clearTimeout(timer);
            resolve(received);
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(new Error(`timed out waiting for ${pattern} in ${JSON.stringify(received)}`));
          }, ms);
          waiters.add(check);
          check();
        }),
      close: () => controller.abort(),
    };
    open.push(stream);
    await stream.until(/: connected/);
    return stream;
  };

  const seizure = () =>
    w.call('patient', 'POST', `/api/patients/${w.patientId}/check-ins`, {
      clientId: `stream-${++n}-test`,
      completedAt: '2026-11-20T08:00:00Z',
      answers: CALM_CHECK_IN,
      redFlags: ['seizure'],
    });
  const events = (text: string) =>
    [...text.matchAll(/event: (\S+)\ndata: (.*)\n\n/g)].map((m) => ({
      type: m[1],
      ...(JSON.parse(m[2] as string) as { patientId: string; data: { audience?: string } }),
    }));

  it('streams the clinician’s alert copy and the check-in, with the stream’s headers', async () => {
    const clinician = await connect('clinician');
    expect(clinician.status).toBe(200);
    expect(clinician.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(clinician.headers.get('cache-control')).toMatch(/no-cache/);
    expect(clinician.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await seizure()).statusCode).toBe(201);
    // The check-in is published after its alerts, and a stream keeps the order.
    const text = await clinician.until(/event: check-in/);
    const got = events(text);
    expect(got.map((e) => e.type)).toEqual(['alert', 'check-in']);
    expect(got[0]).toMatchObject({ patientId: w.patientId, data: { audience: 'clinician', urgency: 'emergency' } });
    // Each forwarded event is an audited read.
    const audit = await w.db.repositories.audit.listForPatient(w.patientId);
    expect(audit.some((e) => e.actorUserId === w.people.clinician.userId && e.action === 'read:alerts')).toBe(true);
  });

  it('a supporter without the alerts permission (or any) receives nothing', async () => {
    await w.db.repositories.careLinks.setPermissions(w.links.supporterNoAlerts, {
      plan: false,
      doses: false,
      checkIns: false,
      alerts: false,
    });
    const supporter = await connect('supporterNoAlerts');
    const clinician = await connect('clinician');
    await seizure();
    await w.call('patient', 'POST', `/api/patients/${w.patientId}/dose-logs`, {
      clientId: 'stream-dose-1',
      date: '2026-11-20',
      drug: 'clonazepam',
      dose: '0.5mg',
      status: 'extra',
    });
    await clinician.until(/event: dose-log/);
    await sleep(300);
    expect(events(supporter.text())).toEqual([]);
  });

  it('a supporter with the alerts permission gets the supporter copy; a revoked link stops the flow', async () => {
    const supporter = await connect('supporterAlerts');
    await seizure();
    const got = events(await supporter.until(/event: check-in/));
    expect(got.filter((e) => e.type === 'alert').map((e) => e.data.audience)).toEqual(['supporter']);
    const revoked = await w.call('patient', 'DELETE', `/api/patients/${w.patientId}/links/${w.links.supporterAlerts}`);
    expect(revoked.statusCode).toBe(204);
    const before = supporter.text();
    const clinician = await connect('clinician');
    await seizure();
    await clinician.until(/event: check-in/);
    await sleep(300);
    expect(supporter.text()).toBe(before);
  });

  it('the patient’s stream carries only the patient’s copy of an alert', async () => {
    const patient = await connect('patient');
    await seizure();
    const got = events(await patient.until(/event: check-in/));
    expect(got.filter((e) => e.type === 'alert').map((e) => e.data.audience)).toEqual(['patient']);
  });

  it('disconnecting ends the subscription; strangers and anonymous callers get nothing', async () => {
    const stream = await connect('clinician');
    const stranger = await connect('stranger');
    expect(w.listeners()).toBe(2);
    stream.close();
    for (let i = 0; i < 50 && w.listeners() > 1; i++) await sleep(20);
    expect(w.listeners()).toBe(1);
    await seizure();
    await sleep(300);
    expect(events(stranger.text())).toEqual([]);
    const anonymous = await fetch(`${base}/api/events`);
    expect(anonymous.status).toBe(401);
    const once = await w.call('clinician', 'GET', '/api/events?once=true');
    expect(once.headers['content-type']).toMatch(/^text\/event-stream/);
  });

  it('sends a comment heartbeat on an idle stream', async () => {
    // The route's 25 s interval, shortened on a bare server signed in as the clinician.
    const bare = Fastify();
    const user = await w.db.repositories.users.findById(w.people.clinician.userId);
    bare.decorateRequest('auth', null);
    bare.addHook('onRequest', async (request) => {
      request.auth = { user, session: {} } as never;
    });
    bare.get('/stream', (request, reply) => {
      forwardEvents({ repositories: w.db.repositories, events: w.events }, request, reply, { once: false, heartbeatMs: 50 });
      return reply;
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const address = bare.server.address();
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/stream`, {
      signal: controller.signal,
    });
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': heartbeat')) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    expect(text).toContain(': heartbeat\n\n');
    controller.abort();
    await bare.close();
  });
});
