import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../route-deps.js';

/** Alerts for clinicians, consenting supporters and the patient; live updates over SSE. */
export const alertRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (_app, _deps) => {};
