import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildApp, type Dependencies } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openTestDatabase, type TestDatabase } from './databases.js';
import { as, type SignedIn, signUp } from './sessions.js';

export interface TestApp {
  readonly db: TestDatabase;
  readonly app: FastifyInstance;
  readonly dispose: () => Promise<void>;
}

/** A fresh, migrated database and the app on it, on the test's clock (extra dependencies, e.g. an event bus, as given). */
export const openTestApp = async (
  engine: 'sqlite' | 'postgres',
  clock: () => Date,
  deps: Partial<Omit<Dependencies, 'clock' | 'database' | 'repositories'>> = {},
): Promise<TestApp> => {
  const db = await openTestDatabase(engine, clock);
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), {
    clock,
    database: db.database,
    repositories: db.repositories,
    ...deps,
  });
  return {
    db,
    app,
    dispose: async () => {
      await app.close();
      await db.dispose();
    },
  };
};

/**
 * Signs up everyone named (`name@example.org`), calling `tick` before each so
 * the test's clock moves past the sign-up rate limit.
 */
export const signUpAll = async <Name extends string>(
  app: FastifyInstance,
  roles: Readonly<Record<Name, 'patient' | 'clinician' | 'supporter'>>,
  tick: () => void,
): Promise<Record<Name, SignedIn>> => {
  const people = {} as Record<Name, SignedIn>;
  for (const [name, role] of Object.entries(roles) as [Name, 'patient' | 'clinician' | 'supporter'][]) {
    tick();
    people[name] = await signUp(app, `${name}@example.org`, role);
  }
  return people;
};

/** The patient invites `who` (invite body as the API takes it) and `who` accepts: the link is live. */
export const linkToPatient = async (
  app: FastifyInstance,
  patient: SignedIn,
  patientId: string,
  body: object,
  who: SignedIn,
): Promise<void> => {
  const invite = await app.inject({ method: 'POST', url: `/api/patients/${patientId}/invites`, payload: body, ...as(patient) });
  expect(invite.statusCode).toBe(201);
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/invites/accept',
    payload: { code: invite.json().code },
    ...as(who),
  });
  expect(accepted.statusCode).toBe(200);
};
