import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../route-deps.js';

/** Export everything, delete the account. */
export const dataRightsRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (_app, _deps) => {};
