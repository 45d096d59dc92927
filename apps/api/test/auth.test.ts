import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ENGINES, openTestDatabase, type TestDatabase } from './databases.js';
import { cookiesOf } from './sessions.js';

describe.each(ENGINES)('accounts and sessions (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let now = new Date('2026-11-22T10:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase(engine, () => now);
    app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), {
      clock: () => now,
      database: db.database,
      repositories: db.repositories,
    });
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });
  // Each test starts in a fresh rate-limit window.
  beforeEach(() => {
    now = new Date(now.getTime() + 61_000);
  });

  const signup = (email: string, password = 'correct horse battery staple', extra: object = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email, password, displayName: 'Sam', role: 'patient', ...extra },
    });
  const login = (email: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it('signs up, sets an HTTP-only SameSite session cookie, and knows who you are', async () => {
    const res = await signup('sam@example.org');
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: 'sam@example.org', role: 'patient' });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(setCookie.find((c) => c.startsWith('sd_session='))).toMatch(/HttpOnly; ?|HttpOnly$/);
    expect(setCookie.find((c) => c.startsWith('sd_session='))).toMatch(/SameSite=Lax/);
    const { sd_session } = cookiesOf(res);
    const me = await app.inject({ url: '/api/auth/me', cookies: { sd_session: sd_session ?? '' } });
    expect(me.json().user.email).toBe('sam@example.org');
    expect(me.json().patientId).toBeNull(); // no record yet
    expect(JSON.stringify(me.json())).not.toMatch(/password/i);
    const session = { cookies: cookiesOf(res), headers: { 'x-csrf-token': cookiesOf(res).sd_csrf ?? '' } };
    const record = await app.inject({
      method: 'POST',
      url: '/api/patients',
      payload: { timeZone: 'Europe/London', region: 'UK' },
      ...session,
    });
    expect((await app.inject({ url: '/api/auth/me', ...session })).json().patientId).toBe(record.json().patient.id);
  });

  it('refuses weak or breached passwords and a taken email, naming the field', async () => {
    expect((await signup('a@example.org', 'short')).json()).toMatchObject({
      status: 422,
      code: 'PASSWORD_LENGTH',
      errors: [{ field: 'password' }],
    });
    expect((await signup('b@example.org', 'password1234')).json()).toMatchObject({ code: 'PASSWORD_BREACHED' });
    expect((await signup('SAM@example.org')).json()).toMatchObject({ status: 409, code: 'EMAIL_TAKEN' });
  });

  it('logs in with the right password only, with one generic error', async () => {
    await signup('lee@example.org');
    expect((await login('lee@example.org', 'correct horse battery staple')).statusCode).toBe(200);
    const wrong = await login('lee@example.org', 'wrong horse battery staple');
    const unknown = await login('nobody@example.org', 'wrong horse battery staple');
    expect(wrong.json()).toMatchObject({ status: 401, code: 'LOGIN_FAILED' });
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('locks an account after five failed logins, and unlocks after 15 minutes', async () => {
    await signup('kim@example.org');
    for (let i = 0; i < 5; i++) await login('kim@example.org', 'not the password at all');
    expect((await login('kim@example.org', 'correct horse battery staple')).json()).toMatchObject({
      status: 423,
      code: 'ACCOUNT_LOCKED',
    });
    now = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await login('kim@example.org', 'correct horse battery staple')).statusCode).toBe(200);
  });

  it('logout needs the CSRF token, revokes the session, and the old cookie stops working', async () => {
    const res = await signup('jo@example.org');
    const { sd_session = '', sd_csrf = '' } = cookiesOf(res);
    const noCsrf = await app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { sd_session, sd_csrf } });
    expect(noCsrf.json()).toMatchObject({ status: 403, code: 'CSRF_TOKEN_MISSING' });
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { sd_session, sd_csrf },
      headers: { 'x-csrf-token': sd_csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/me', cookies: { sd_session } })).json()).toMatchObject({
      status: 401,
      code: 'NOT_SIGNED_IN',
    });
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login('nobody@example.org', 'whatever password here')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
