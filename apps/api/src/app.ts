import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Repositories } from '@stepdown/db';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuthentication } from './auth/authenticate.js';
import { rateLimiter } from './auth/rate-limit.js';
import type { Config } from './config.js';
import { createEventBus, type EventBus } from './events.js';
import { logMailer, type Mailer } from './mailer.js';
import { registerProblemHandlers } from './problems.js';
import { alertRoutes } from './routes/alerts.js';
import { authRoutes } from './routes/auth.js';
import { calendarRoutes } from './routes/calendar.js';
import { checkInRoutes } from './routes/check-ins.js';
import { clinicMemberRoutes } from './routes/clinic-members.js';
import { clinicalRoutes } from './routes/clinical.js';
import { clinicRoutes } from './routes/clinics.js';
import { dataRightsRoutes } from './routes/data-rights.js';
import { docsRoutes } from './routes/docs.js';
import { passwordResetRoutes } from './routes/password-reset.js';
import { patientRoutes } from './routes/patients.js';
import { planRoutes } from './routes/plans.js';
import { rosterRoutes } from './routes/roster.js';
import { registerWebApp } from './routes/web.js';

export interface Dependencies {
  readonly clock: () => Date;
  /** The opened, migrated database; absent in tests of the stateless routes. */
  readonly database?: { readonly engine: 'sqlite' | 'postgres' };
  /** Repositories over that database: accounts and patient records need them. */
  readonly repositories?: Repositories;
  /** Outgoing email; the server log by default. */
  readonly mailer?: Mailer;
  /** Live updates for open screens; a fresh in-process bus by default. */
  readonly events?: EventBus;
  /** The built web app (a folder with index.html) to serve at `/`; absent: the API only. */
  readonly webRoot?: string;
}

/** Sign-in and sign-up: at most 10 attempts a minute from one address. */
export const AUTH_RATE_LIMIT = { limit: 10, windowMs: 60_000 } as const;

/**
 * Builds the Stepdown server without listening, so tests use `inject` and
 * `server.ts` alone owns the port, the environment and signals.
 */
export const buildApp = async (config: Readonly<Config>, deps: Dependencies): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    ajv: { customOptions: { allErrors: true, removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  let webIndexHtml: string | undefined;
  registerProblemHandlers(app, { webIndexHtml: () => webIndexHtml });
  // Security headers on every response; CORS stays closed (no Access-Control-* headers): the web app is same-origin.
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"], objectSrc: ["'none'"] } },
    hsts: config.secureCookies,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stepdown API',
        version: '0.1.0',
        description:
          'Decision support for a safe, supervised benzodiazepine taper. Errors are RFC 9457 problem details with a stable code.',
      },
      tags: [
        { name: 'clinical', description: 'Stateless clinical tools: no patient data' },
        { name: 'questionnaires' },
        { name: 'help' },
        { name: 'library' },
        {
          name: 'records',
          description: 'Patient records: every read and write is authorised by relation and consent, and audited',
        },
        { name: 'sharing', description: 'Invitations, consent and revocation' },
        { name: 'clinics', description: 'Clinics, and requests for help from anyone (intake)' },
        { name: 'accounts', description: 'Sign-up, sign-in and sessions (HTTP-only cookies; writes need the CSRF token)' },
        { name: 'system' },
      ],
    },
  });
  app.get('/api/health', { schema: { tags: ['system'], summary: 'Liveness' } }, async () => ({
    status: 'ok',
    time: deps.clock().toISOString(),
    ...(deps.database ? { database: deps.database.engine } : {}),
  }));
  await app.register(clinicalRoutes, { prefix: '/api' });
  if (deps.repositories) {
    registerAuthentication(app, deps.repositories);
    const limit = rateLimiter({ ...AUTH_RATE_LIMIT, clock: deps.clock });
    await app.register(
      async (scope) => {
        scope.addHook('onRequest', async (request) => {
          if (request.method === 'POST' && /\/(login|signup|password-reset)$/.test(request.url)) limit(request);
        });
        await scope.register(authRoutes, {
          repositories: deps.repositories as Repositories,
          clock: deps.clock,
          secureCookies: config.secureCookies,
        });
        await scope.register(passwordResetRoutes, {
          repositories: deps.repositories as Repositories,
          clock: deps.clock,
          mailer: deps.mailer ?? logMailer(app.log),
          publicUrl: config.publicUrl,
        });
      },
      { prefix: '/api/auth' },
    );
    const routeDeps = { repositories: deps.repositories, clock: deps.clock, events: deps.events ?? createEventBus() };
    for (const routes of [
      patientRoutes,
      clinicRoutes,
      clinicMemberRoutes,
      planRoutes,
      calendarRoutes,
      checkInRoutes,
      alertRoutes,
      rosterRoutes,
      dataRightsRoutes,
    ]) {
      await app.register(routes, { prefix: '/api', ...routeDeps });
    }
  }
  await app.register(docsRoutes, { prefix: '/api/docs' });
  if (deps.webRoot !== undefined) webIndexHtml = await registerWebApp(app, deps.webRoot);
  return app;
};
