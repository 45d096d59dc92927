import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../route-deps.js';

/** Check-ins and questionnaire responses, scored on write; hold requests. */
export const checkInRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (_app, _deps) => {};
