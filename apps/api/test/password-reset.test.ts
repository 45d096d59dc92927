import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Mail } from '../src/mailer.js';
import { ENGINES, openTestDatabase, type TestDatabase } from './databases.js';

describe.each(ENGINES)('password reset (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  const sent: Mail[] = [];
  const login = (password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ria@example.org', password } });
  const tokenFrom = (mail: Mail | undefined) => /#token=([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';

  beforeAll(async () => {
    db = await openTestDatabase(engine, () => clock);
    app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'https://stepdown.test' }), {
      clock: () => clock,
      database: db.database,
      repositories: db.repositories,
      mailer: { send: async (mail) => void sent.push(mail) },
    });
    await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'ria@example.org', password: 'the old long passphrase', displayName: 'Ria', role: 'patient' },
    });
  });
  beforeEach(() => {
    clock = new Date(clock.getTime() + 61_000);
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('does not reveal whether an account exists', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'nobody@example.org' },
    });
    expect(unknown.statusCode).toBe(202);
    expect(sent).toHaveLength(0);
  });

  it('emails a single-use link; the new password works, the old one and old sessions do not', async () => {
    const before = await login('the old long passphrase');
    const oldSession =
      ([] as string[])
        .concat(before.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('sd_session='))
        ?.split(';')[0]
        ?.split('=')[1] ?? '';
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'RIA@example.org' } })).statusCode,
    ).toBe(202);
    expect(sent.at(-1)?.text).toMatch(/^[\s\S]*https:\/\/stepdown\.test\/reset-password#token=/);
    const token = tokenFrom(sent.at(-1));
    const confirm = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'a brand new passphrase' },
    });
    expect(confirm.statusCode).toBe(204);
    expect((await login('a brand new passphrase')).statusCode).toBe(200);
    expect((await login('the old long passphrase')).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/auth/me', cookies: { sd_session: oldSession } })).statusCode).toBe(401);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'yet another passphrase' },
    });
    expect(again.json()).toMatchObject({ status: 422, code: 'RESET_TOKEN_INVALID', errors: [{ field: 'token' }] });
  });

  it('a link older than an hour no longer works, and weak passwords are refused', async () => {
    await app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'ria@example.org' } });
    const token = tokenFrom(sent.at(-1));
    expect(
      (
        await app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'short' } })
      ).json().code,
    ).toBe('PASSWORD_LENGTH');
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/password-reset/confirm',
          payload: { token, password: 'a fine long passphrase' },
        })
      ).json().code,
    ).toBe('RESET_TOKEN_INVALID');
  });
});
