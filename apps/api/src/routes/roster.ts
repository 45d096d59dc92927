import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../route-deps.js';

/** The clinician's roster of linked patients. */
export const rosterRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (_app, _deps) => {};
