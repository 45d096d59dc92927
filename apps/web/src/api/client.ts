/** The account as the API returns it (GET /api/auth/me, sign-in and sign-up). */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: 'patient' | 'supporter' | 'clinician';
  readonly locale: 'en' | 'es';
}

interface ProblemBody {
  readonly code?: string;
  readonly detail?: string;
  readonly status?: number;
  readonly errors?: readonly { readonly field?: string; readonly message?: string; readonly expected?: string }[];
}

/**
 * A failed request, from RFC 9457 problem details: the stable `code`, the
 * plain-language `detail`, and each field's message keyed by field name so a
 * form can show it next to the input.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The code used when the server could not be reached at all. */
export const NETWORK_ERROR = 'NETWORK';

const CSRF_COOKIE = 'sd_csrf';
const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The CSRF token the server set in a readable cookie; writes repeat it in a header (double submit). */
export const readCookie = (name: string, cookies: string = globalThis.document?.cookie ?? ''): string | undefined => {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
};

/** `doses[0]` and `doses` both belong to the `doses` input; a problem without a field is the form's. */
export const fieldKey = (field: string | undefined): string => (field ? (field.split(/[.[]/)[0] ?? field) : 'form');

export const problemToError = (status: number, body: ProblemBody | undefined): ApiError => {
  const fields: Record<string, string> = {};
  for (const error of body?.errors ?? []) {
    const key = fieldKey(error.field);
    if (!fields[key] && error.message) fields[key] = error.message;
  }
  return new ApiError(status, body?.code ?? `HTTP_${status}`, body?.detail ?? `HTTP ${status}`, fields);
};

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly fetch?: typeof fetch;
}

/** Calls the same-origin API with the session cookie; throws ApiError for any non-2xx answer. */
export const api = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = UNSAFE.has(method) ? readCookie(CSRF_COOKIE) : undefined;
  if (csrf) headers[CSRF_HEADER] = csrf;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) throw problemToError(response.status, json as ProblemBody | undefined);
  return json as T;
};

export interface SignUp {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly role: User['role'];
  readonly locale: User['locale'];
}

export const auth = {
  me: () => api<{ user: User }>('/auth/me').then((r) => r.user),
  login: (email: string, password: string) =>
    api<{ user: User }>('/auth/login', { method: 'POST', body: { email, password } }).then((r) => r.user),
  signup: (input: SignUp) => api<{ user: User }>('/auth/signup', { method: 'POST', body: input }).then((r) => r.user),
  logout: () => api<void>('/auth/logout', { method: 'POST' }),
};

/** GET /api/auth/me also says which patient record is the signed-in person's own (null when none yet). */
export const whoAmI = () => api<{ user: User; patientId: string | null }>('/auth/me');

export type DoseStatus = 'taken' | 'late' | 'missed' | 'extra';

/** One tablet, half or dissolving tablet (`count` of them), or a measured volume of liquid. */
export interface DoseUnit {
  readonly kind: string;
  readonly pieceMg?: number;
  readonly half?: boolean;
  readonly count?: number;
  readonly volumeUl?: number;
}

export interface TodayDose {
  readonly time: string;
  readonly at: string;
  readonly drug: string;
  readonly amountMg: number;
  readonly units: readonly DoseUnit[];
  readonly status?: DoseStatus | 'pending';
}

export interface TodayStep {
  readonly number: number;
  readonly kind: string;
}

/** GET /api/patients/:id/today (docs/server/plans.md). */
export interface TodayView {
  readonly date: string;
  readonly message: string;
  readonly plan: {
    readonly id: string;
    readonly drug: string;
    readonly start: string;
    readonly end: string;
    /** How many steps the plan has ("Step 4 of 13"). */
    readonly stepCount: number;
  } | null;
  readonly step: TodayStep | null;
  readonly doses: readonly TodayDose[];
  readonly next:
    | { readonly date: string; readonly reason: 'alternate-day' }
    | { readonly date: string; readonly reason: 'next-step'; readonly step: TodayStep; readonly doses: readonly TodayDose[] }
    | null;
}

export interface DoseLogInput {
  readonly clientId: string;
  readonly date: string;
  readonly plannedTime?: string;
  readonly drug: string;
  readonly dose: string;
  readonly status: DoseStatus;
  readonly takenAt?: string;
}

export const patients = {
  today: (patientId: string) => api<TodayView>(`/patients/${encodeURIComponent(patientId)}/today`),
  logDose: (patientId: string, input: DoseLogInput) =>
    api<{ doseLog: unknown; created: boolean }>(`/patients/${encodeURIComponent(patientId)}/dose-logs`, {
      method: 'POST',
      body: input,
    }),
};

/** A client id for a dose log: the server keeps one log per id, so a retry never doubles a dose. */
export const newClientId = (): string => {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};
