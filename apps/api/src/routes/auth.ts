import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Repositories, User } from '@stepdown/db';
import { Type } from 'typebox';
import { CSRF_COOKIE, requireUser, SESSION_COOKIE } from '../auth/authenticate.js';
import { serializeCookie } from '../auth/cookies.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../auth/password.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { ProblemError } from '../problems.js';

export interface AuthOptions {
  readonly repositories: Repositories;
  readonly clock: () => Date;
  /** Secure cookies when served over HTTPS. */
  readonly secureCookies: boolean;
}

/** Sessions last 14 days; five failed logins in a row lock the account for 15 minutes. */
export const SESSION_POLICY = {
  lifetimeMs: 14 * 24 * 60 * 60 * 1000,
  lockout: { maxAttempts: 5, lockForMs: 15 * 60 * 1000 },
} as const;

const publicUser = (user: User) => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  locale: user.locale,
});

const Credentials = {
  email: Type.String({ format: 'email', maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
};

/** A generic answer for every failed login, so an attacker cannot tell which part was wrong. */
const badLogin = () => new ProblemError(401, 'LOGIN_FAILED', 'That email and password do not match an account.', []);

export const authRoutes: FastifyPluginAsyncTypebox<AuthOptions> = async (app, { repositories, clock, secureCookies }) => {
  const startSession = async (
    user: User,
    request: { ip: string; headers: Record<string, unknown> },
    reply: { header: (k: string, v: string[]) => unknown },
  ) => {
    const token = newToken();
    const csrf = newToken();
    await repositories.sessions.create({
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(clock().getTime() + SESSION_POLICY.lifetimeMs),
      ip: request.ip,
      userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
    });
    const maxAgeSeconds = SESSION_POLICY.lifetimeMs / 1000;
    reply.header('set-cookie', [
      serializeCookie(SESSION_COOKIE, token, { maxAgeSeconds, httpOnly: true, secure: secureCookies }),
      serializeCookie(CSRF_COOKIE, csrf, { maxAgeSeconds, httpOnly: false, secure: secureCookies }),
    ]);
    return csrf;
  };

  app.post(
    '/signup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an account and sign in',
        body: Type.Object(
          {
            ...Credentials,
            displayName: Type.String({ minLength: 1, maxLength: 100 }),
            role: Type.Union([Type.Literal('patient'), Type.Literal('supporter'), Type.Literal('clinician')]),
            locale: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('es')])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { email, password, displayName, role, locale } = request.body;
      const policy = checkPasswordPolicy(password, email);
      if (!policy.ok) throw ProblemError.fromCore(policy.error);
      const created = await repositories.users.create({
        email,
        passwordHash: await hashPassword(password),
        displayName,
        role,
        locale: locale ?? 'en',
      });
      if (!created.ok)
        throw new ProblemError(409, created.error.code, created.error.message, [
          { field: 'email', message: created.error.message },
        ]);
      const csrfToken = await startSession(created.value, request, reply);
      return reply.code(201).send({ user: publicUser(created.value), csrfToken });
    },
  );

  app.post(
    '/login',
    { schema: { tags: ['accounts'], summary: 'Sign in', body: Type.Object(Credentials, { additionalProperties: false }) } },
    async (request, reply) => {
      const user = await repositories.users.findByEmail(request.body.email);
      if (!user) throw badLogin();
      if (repositories.users.isLocked(user)) {
        throw new ProblemError(
          423,
          'ACCOUNT_LOCKED',
          'Too many failed attempts: the account is locked for a few minutes. Try again later or reset your password.',
          [],
        );
      }
      if (!(await verifyPassword(request.body.password, user.passwordHash))) {
        await repositories.users.recordFailedLogin(user.id, SESSION_POLICY.lockout);
        throw badLogin();
      }
      await repositories.users.recordSuccessfulLogin(user.id);
      const csrfToken = await startSession(user, request, reply);
      return { user: publicUser(user), csrfToken };
    },
  );

  app.post('/logout', { schema: { tags: ['accounts'], summary: 'Sign out (revokes the session)' } }, async (request, reply) => {
    const { session } = requireUser(request);
    await repositories.sessions.revoke(session.id);
    reply.header('set-cookie', [
      serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, httpOnly: true, secure: secureCookies }),
      serializeCookie(CSRF_COOKIE, '', { maxAgeSeconds: 0, httpOnly: false, secure: secureCookies }),
    ]);
    return reply.code(204).send();
  });

  app.get(
    '/me',
    { schema: { tags: ['accounts'], summary: 'The signed-in account, and for a patient the id of their own record' } },
    async (request) => {
      const { user } = requireUser(request);
      const patient = user.role === 'patient' ? await repositories.patients.findByUserId(user.id) : undefined;
      return { user: publicUser(user), patientId: patient?.id ?? null };
    },
  );
};
