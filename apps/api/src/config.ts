import { parseDatabaseUrl } from '@stepdown/db';
import type { LogLevel } from 'fastify';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** A SQLite file (default ./data/stepdown.db), `:memory:`, or `postgres://…`. */
  readonly databaseUrl: string;
  readonly logLevel: LogLevel | 'silent';
  /** Create the demo clinic on an empty database (default: on, except in production; `--no-demo` to skip). */
  readonly demo: boolean;
  readonly environment: 'development' | 'production' | 'test';
  /** Largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number;
  /** Mark cookies Secure: on when PUBLIC_URL is https. */
  readonly secureCookies: boolean;
  /** The address people use, for links in emails (default http://localhost:PORT). */
  readonly publicUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVIRONMENTS = ['development', 'production', 'test'] as const;

/**
 * Reads and validates the environment once, at the edge. Every problem is
 * reported together, so a misconfigured deployment is fixed in one go.
 */
export const loadConfig = (env: Readonly<Record<string, string | undefined>>): Readonly<Config> => {
  const problems: string[] = [];
  const port = Number(env.PORT ?? '3000');
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535))
    problems.push(`PORT must be a port number (0–65535), got "${env.PORT}"`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const environment = env.NODE_ENV ?? 'development';
  if (!(ENVIRONMENTS as readonly string[]).includes(environment))
    problems.push(`NODE_ENV must be one of ${ENVIRONMENTS.join(', ')}, got "${environment}"`);
  const databaseUrl = env.DATABASE_URL ?? './data/stepdown.db';
  const database = parseDatabaseUrl(databaseUrl);
  if (!database.ok)
    problems.push(
      `DATABASE_URL: ${database.error.message}${database.error.expected ? ` Expected ${database.error.expected}.` : ''}`,
    );
  if (env.PUBLIC_URL !== undefined && !/^https?:\/\/[^\s/]+/.test(env.PUBLIC_URL))
    problems.push(`PUBLIC_URL must be an http(s) address, got "${env.PUBLIC_URL}"`);
  // Demo accounts have published passwords: never by default in production.
  const demo = env.STEPDOWN_DEMO ?? (env.NODE_ENV === 'production' ? 'false' : 'true');
  if (demo !== 'true' && demo !== 'false') problems.push(`STEPDOWN_DEMO must be true or false, got "${demo}"`);
  const bodyLimit = Number(env.BODY_LIMIT_BYTES ?? String(256 * 1024));
  if (!(Number.isInteger(bodyLimit) && bodyLimit >= 1024 && bodyLimit <= 10 * 1024 * 1024)) {
    problems.push(`BODY_LIMIT_BYTES must be between 1024 and 10485760, got "${env.BODY_LIMIT_BYTES}"`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    logLevel: logLevel as Config['logLevel'],
    demo: demo === 'true',
    environment: environment as Config['environment'],
    bodyLimitBytes: bodyLimit,
    secureCookies: (env.PUBLIC_URL ?? '').startsWith('https://'),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
  });
};
