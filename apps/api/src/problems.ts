import type { CoreError } from '@stepdown/core';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

/** RFC 9457 problem details, with Stepdown's stable code and the fields at fault. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors?: readonly { readonly field: string; readonly message: string; readonly expected?: string }[];
}

/** A known failure raised by a route; turned into a problem response in one place. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: Problem['errors'] = [],
  ) {
    super(message);
  }

  /** A core error (bad clinical input) is 422: the request was well-formed but cannot be processed. */
  static fromCore(error: CoreError, fieldPrefix = ''): ProblemError {
    const field = error.field === undefined ? fieldPrefix.replace(/\.$/, '') : `${fieldPrefix}${error.field}`;
    return new ProblemError(STATUS_BY_CODE[error.code] ?? 422, error.code, error.message, [
      { field: field || 'body', message: error.message, ...(error.expected === undefined ? {} : { expected: error.expected }) },
    ]);
  }
}

/** The value of a core result, or the problem its error becomes (fields prefixed, e.g. `dose.`). */
export const unwrapCore = <T>(result: { ok: true; value: T } | { ok: false; error: CoreError }, fieldPrefix = ''): T => {
  if (result.ok) return result.value;
  throw ProblemError.fromCore(result.error, fieldPrefix);
};

/** The only place codes map to HTTP statuses; anything not listed from core is 422. */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  NOT_FOUND: 404,
  ARTICLE_UNKNOWN: 404,
  INSTRUMENT_UNKNOWN: 404,
  VALIDATION: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
  // Plans, versions and suggestions (plan routes): repository results become these.
  PLAN_NOT_FOUND: 404,
  PLAN_VERSION_NOT_FOUND: 404,
  PLAN_VERSION_DECIDED: 409,
  PLAN_VERSION_SUPERSEDED: 409,
  SUGGESTION_NOT_FOUND: 404,
  SUGGESTION_DECIDED: 409,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
};

export const problem = (status: number, code: string, detail: string, errors: Problem['errors'] = []): Problem => ({
  type: `urn:stepdown:problem:${code.toLowerCase().replace(/_/g, '-')}`,
  title: TITLES[status] ?? 'Error',
  status,
  detail,
  code,
  ...(errors.length ? { errors } : {}),
});

const send = (reply: FastifyReply, body: Problem) => reply.code(body.status).type('application/problem+json').send(body);

/** Schema validation messages as fields: `/doses/0` → `doses[0]`. */
const validationErrors = (error: FastifyError): NonNullable<Problem['errors']> =>
  (error.validation ?? []).map((v) => {
    const path = v.instancePath
      .replace(/^\//, '')
      .replace(/\/(\d+)/g, '[$1]')
      .replace(/\//g, '.');
    const missing = (v.params as { missingProperty?: string }).missingProperty;
    const field =
      [error.validationContext === 'body' ? '' : error.validationContext, path, missing].filter(Boolean).join('.') || 'body';
    return { field, message: v.message ?? 'is not valid', expected: JSON.stringify(v.params) };
  });

/**
 * Registers the error and not-found handlers: never a stack trace, never a 500
 * for bad input. With the web app's index page, a browser's GET of any path
 * outside /api gets the app (its own router shows the screen or "not found").
 */
export const registerProblemHandlers = (
  app: FastifyInstance,
  options: { readonly webIndexHtml?: () => string | undefined } = {},
): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return send(reply, problem(error.status, error.code, error.message, error.errors));
    if (error.validation)
      return send(reply, problem(400, 'VALIDATION', 'The request does not match the expected shape.', validationErrors(error)));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(reply, problem(413, 'BODY_TOO_LARGE', 'The request body is too large.'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return send(reply, problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON (application/json).'));
    if (
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (error.statusCode === 400 && !error.validation)
    ) {
      return send(reply, problem(400, 'MALFORMED_BODY', 'The request body is not valid JSON.'));
    }
    if (error.statusCode === 429) return send(reply, problem(429, 'RATE_LIMITED', 'Too many requests: try again shortly.'));
    request.log.error({ err: error }, 'unhandled error');
    return send(
      reply,
      problem(500, 'INTERNAL', 'Something went wrong on our side. Nothing you sent was lost; please try again.'),
    );
  });
  app.setNotFoundHandler((request, reply) => {
    const index = options.webIndexHtml?.();
    if (
      index !== undefined &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api') &&
      String(request.headers.accept ?? '').includes('text/html')
    ) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    }
    return send(reply, problem(404, 'NOT_FOUND', `No route ${request.method} ${request.url}.`));
  });
};
