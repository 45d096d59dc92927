import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../route-deps.js';

/** Clinic members and clinic invitations. */
export const clinicMemberRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (_app, _deps) => {};
