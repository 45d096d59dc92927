import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../route-deps.js';

/** Medications, taper plans and their versions, today's doses, decisions on suggestions. */
export const planRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (_app, _deps) => {};
