import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { registerProblemHandlers } from './problems.js';
import { clinicalRoutes } from './routes/clinical.js';
import { docsRoutes } from './routes/docs.js';

export interface Dependencies {
  readonly clock: () => Date;
  /** The opened, migrated database; absent in tests of the stateless routes. */
  readonly database?: { readonly engine: 'sqlite' | 'postgres' };
}

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
  registerProblemHandlers(app);
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
  await app.register(docsRoutes, { prefix: '/api/docs' });
  return app;
};
