import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app (apps/web/dist) from the same origin as the API,
 * so cookies stay first-party and CORS stays closed. Hashed assets are cached
 * for a year; index.html is never cached, so a new release shows at once.
 * Returns the index page for the not-found handler's client-side routes.
 */
export const registerWebApp = async (app: FastifyInstance, webRoot: string): Promise<string> => {
  const indexHtml = readFileSync(join(webRoot, 'index.html'), 'utf8');
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: false,
    // Our own Cache-Control below, not send's default max-age=0.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml),
  );
  return indexHtml;
};
