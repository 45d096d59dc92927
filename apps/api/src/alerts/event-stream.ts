import type { Alert, Repositories } from '@stepdown/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../auth/authenticate.js';
import { type Area, allows, authorize } from '../authorize.js';
import type { EventBus, LiveEvent } from '../events.js';
import { audienceOf } from './audience.js';

/** A comment line this often keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;

/** Which area of the record each event belongs to: the viewer needs read access to it. */
const AREA_BY_TYPE: Readonly<Record<string, Area>> = {
  alert: 'alerts',
  'check-in': 'checkIns',
  'questionnaire-response': 'checkIns',
  'dose-log': 'doses',
  suggestion: 'plan',
  'plan-version': 'plan',
};

export interface StreamOptions {
  /** Send the opening comment and close: for health checks and tests. */
  readonly once: boolean;
  readonly heartbeatMs?: number;
}

/**
 * Turns the request into a Server-Sent Events stream of the events the
 * signed-in user may read. Access is checked when each event arrives, so a
 * revoked link or a withdrawn permission stops the flow at once; an alert
 * goes only to the audience it was stored for. Each forwarded event is an
 * audited read. Returns the function that ends the stream (also run when the
 * client disconnects).
 */
export const forwardEvents = (
  deps: { readonly repositories: Repositories; readonly events: EventBus },
  request: FastifyRequest,
  reply: FastifyReply,
  options: StreamOptions,
): (() => void) => {
  const { user } = requireUser(request);
  reply.hijack();
  const raw = reply.raw;
  // The headers set so far (security headers from helmet) go out with the stream's own.
  const set = Object.entries(reply.getHeaders()).filter((e): e is [string, string | number | string[]] => e[1] !== undefined);
  raw.writeHead(200, {
    ...Object.fromEntries(set),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write(': connected\n\n');
  let closed = false;
  if (options.once) {
    closed = true;
    raw.end();
    return () => {};
  }

  const forward = async (event: LiveEvent): Promise<void> => {
    const area = AREA_BY_TYPE[event.type];
    if (closed || !area) return;
    // Checked quietly first: events about patients the user has nothing to do with are not theirs to be denied.
    const access = await deps.repositories.careLinks.access(user.id, event.patientId);
    if (!allows(access, { area, write: false })) return;
    if (event.type === 'alert' && (event.data as Alert).audience !== audienceOf(access)) return;
    await authorize(request, deps.repositories, event.patientId, { area, write: false });
    if (closed) return;
    raw.write(`event: ${event.type}\ndata: ${JSON.stringify({ patientId: event.patientId, data: event.data })}\n\n`);
  };

  // One at a time, in the order published, so a stream never reorders events.
  let queue = Promise.resolve();
  const unsubscribe = deps.events.subscribe((event) => {
    queue = queue.then(() => forward(event)).catch((error: unknown) => request.log.warn({ err: error }, 'event not forwarded'));
  });
  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();

  const end = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    raw.end();
  };
  request.raw.on('close', end);
  raw.on('close', end);
  return end;
};
