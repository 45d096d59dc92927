import type { Repositories, Session, User } from '@stepdown/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../problems.js';
import { parseCookies } from './cookies.js';
import { hashToken } from './tokens.js';

export const SESSION_COOKIE = 'sd_session';
export const CSRF_COOKIE = 'sd_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface Authenticated {
  readonly user: User;
  readonly session: Session;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Reads the session cookie on every request. A cookie-authenticated write must
 * also carry the CSRF token (double-submit: the `sd_csrf` cookie repeated in
 * the `x-csrf-token` header), which another site cannot read.
 */
export const registerAuthentication = (app: FastifyInstance, repositories: Repositories): void => {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const cookies = parseCookies(request.headers.cookie);
    const token = cookies.get(SESSION_COOKIE);
    if (!token) return;
    const session = await repositories.sessions.findActiveByTokenHash(hashToken(token));
    const user = session && (await repositories.users.findById(session.userId));
    if (!session || !user || user.deletedAt) return;
    if (UNSAFE.has(request.method)) {
      const csrf = cookies.get(CSRF_COOKIE);
      if (!csrf || request.headers[CSRF_HEADER] !== csrf) {
        throw new ProblemError(403, 'CSRF_TOKEN_MISSING', 'This request needs the CSRF token.', [
          {
            field: CSRF_HEADER,
            message: 'missing or does not match',
            expected: `the ${CSRF_COOKIE} cookie value in the ${CSRF_HEADER} header`,
          },
        ]);
      }
    }
    request.auth = { user, session };
  });
};

/** The signed-in user, or a 401 problem. */
export const requireUser = (request: FastifyRequest): Authenticated => {
  if (!request.auth) throw new ProblemError(401, 'NOT_SIGNED_IN', 'Sign in first.', []);
  return request.auth;
};
