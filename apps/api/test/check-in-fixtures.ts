import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createEventBus, type EventBus } from '../src/events.js';
import { openTestDatabase, type TestDatabase } from './databases.js';
import { as, type SignedIn, signUp } from './sessions.js';

export { CALM_CHECK_IN } from './matrix/check-ins.js';

export type Person = 'patient' | 'clinician' | 'supporterAlerts' | 'supporterNoAlerts' | 'stranger';

export interface CheckInWorld {
  readonly db: TestDatabase;
  readonly app: FastifyInstance;
  readonly events: EventBus;
  /** How many listeners are subscribed to the bus right now (open event streams). */
  readonly listeners: () => number;
  readonly people: Readonly<Record<Person, SignedIn>>;
  readonly patientId: string;
  /** The supporter links, to change or revoke in a test. */
  readonly links: { readonly supporterAlerts: string; readonly supporterNoAlerts: string };
  readonly call: (
    who: Person | undefined,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
  ) => ReturnType<FastifyInstance['inject']>;
  readonly setClock: (at: Date) => void;
  readonly dispose: () => Promise<void>;
}

/**
 * A patient (region UK, London) with a linked clinician, a supporter allowed
 * to see alerts (and check-ins), a supporter allowed neither, and a stranger.
 */
export const openCheckInWorld = async (engine: 'sqlite' | 'postgres', start = '2026-11-01T10:00:00Z'): Promise<CheckInWorld> => {
  let clock = new Date(start);
  const db = await openTestDatabase(engine, () => clock);
  const bus = createEventBus();
  let listeners = 0;
  const events: EventBus = {
    publish: (event) => bus.publish(event),
    subscribe: (listener) => {
      listeners++;
      const unsubscribe = bus.subscribe(listener);
      return () => {
        listeners--;
        unsubscribe();
      };
    },
  };
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), {
    clock: () => clock,
    database: db.database,
    repositories: db.repositories,
    events,
  });
  const people = {} as Record<Person, SignedIn>;
  const roles: Record<Person, 'patient' | 'clinician' | 'supporter'> = {
    patient: 'patient',
    clinician: 'clinician',
    supporterAlerts: 'supporter',
    supporterNoAlerts: 'supporter',
    stranger: 'clinician',
  };
  for (const [name, role] of Object.entries(roles) as [Person, 'patient' | 'clinician' | 'supporter'][]) {
    clock = new Date(clock.getTime() + 61_000); // stay under the sign-up rate limit
    people[name] = await signUp(app, `${name}-${engine}@example.org`, role);
  }
  const call: CheckInWorld['call'] = (who, method, url, payload) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who ? people[who] : undefined) });
  const created = await call('patient', 'POST', '/api/patients', { timeZone: 'Europe/London', region: 'UK' });
  expect(created.statusCode).toBe(201);
  const patientId = created.json().patient.id as string;
  const invite = async (body: object, who: Person): Promise<string> => {
    const res = await call('patient', 'POST', `/api/patients/${patientId}/invites`, body);
    expect(res.statusCode).toBe(201);
    const accepted = await call(who, 'POST', '/api/invites/accept', { code: res.json().code });
    expect(accepted.statusCode).toBe(200);
    return accepted.json().link.id as string;
  };
  await invite({ kind: 'clinician' }, 'clinician');
  const supporterAlerts = await invite(
    { kind: 'supporter', permissions: { plan: true, doses: true, checkIns: true, alerts: true } },
    'supporterAlerts',
  );
  const supporterNoAlerts = await invite(
    { kind: 'supporter', permissions: { plan: true, doses: true, checkIns: true, alerts: false } },
    'supporterNoAlerts',
  );
  return {
    db,
    app,
    events,
    listeners: () => listeners,
    people,
    patientId,
    links: { supporterAlerts, supporterNoAlerts },
    call,
    setClock: (at) => {
      clock = at;
    },
    dispose: async () => {
      await app.close();
      await db.dispose();
    },
  };
};

/** Gives the patient a plan (no version needed for suggestions to attach to). */
export const givePlan = (world: CheckInWorld) =>
  world.db.repositories.plans.create({ patientId: world.patientId, title: 'Clonazepam taper' });

/** Row counts that a rejected write must leave unchanged. */
export const counts = async (world: CheckInWorld) => ({
  checkIns: (await world.db.repositories.checkIns.listForPatient(world.patientId)).length,
  responses: (await world.db.repositories.questionnaireResponses.listForPatient(world.patientId)).length,
  alerts: (await world.db.repositories.alerts.listForPatient(world.patientId)).length,
  suggestions: (await world.db.repositories.adjustmentSuggestions.listForPatient(world.patientId)).length,
});
