import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../route-deps.js';

/** Calendar feeds: a secret, revocable iCalendar URL per patient. */
export const calendarRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (_app, _deps) => {};
