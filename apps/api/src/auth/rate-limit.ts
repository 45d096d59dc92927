import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../problems.js';

/**
 * A fixed-window limit per client address, in memory (one server process).
 * Used on sign-in and sign-up so passwords cannot be guessed at speed.
 */
export const rateLimiter = (options: { limit: number; windowMs: number; clock: () => Date }) => {
  const windows = new Map<string, { start: number; count: number }>();
  return (request: FastifyRequest): void => {
    const now = options.clock().getTime();
    const key = request.ip;
    const window = windows.get(key);
    if (!window || now - window.start >= options.windowMs) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: now, count: 1 });
      return;
    }
    window.count++;
    if (window.count > options.limit) {
      // Say how long is left of this window, so the person knows when trying again will work.
      const minutes = Math.max(1, Math.ceil((window.start + options.windowMs - now) / 60_000));
      throw new ProblemError(
        429,
        'RATE_LIMITED',
        `Too many attempts from here: try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
        [],
      );
    }
  };
};
