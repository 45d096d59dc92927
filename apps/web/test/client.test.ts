import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, api, fieldKey, readCookie } from '../src/api/client.js';

const calls: { url: string; init: RequestInit }[] = [];
const fakeFetch =
  (status: number, body: unknown): typeof fetch =>
  async (url, init) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/problem+json' },
    });
  };

afterEach(() => {
  calls.length = 0;
  // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server, which sets these cookies.
  for (const name of ['sd_csrf', 'other']) document.cookie = `${name}=; max-age=0`;
});

describe('API client', () => {
  it('repeats the sd_csrf cookie in x-csrf-token on writes only, and sends the session cookie', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: as above.
    document.cookie = 'other=1';
    // biome-ignore lint/suspicious/noDocumentCookie: as above.
    document.cookie = 'sd_csrf=tok%2Ben';
    await api('/auth/logout', { method: 'POST', fetch: fakeFetch(204, undefined) });
    await api('/auth/me', { fetch: fakeFetch(200, { user: {} }) });
    const [write, read] = calls as [(typeof calls)[0], (typeof calls)[0]];
    expect(write.url).toBe('/api/auth/logout');
    expect((write.init.headers as Record<string, string>)['x-csrf-token']).toBe('tok+en');
    expect(write.init.credentials).toBe('same-origin');
    expect((read.init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('turns problem details into an error with a message per field', async () => {
    const problem = {
      status: 400,
      code: 'VALIDATION',
      detail: 'The request is not valid.',
      errors: [
        { field: 'password', message: 'A password needs 10 to 200 characters.' },
        { field: 'doses[1]', message: 'not a dose' },
      ],
    };
    const error = await api<never>('/auth/signup', { method: 'POST', body: {}, fetch: fakeFetch(400, problem) }).catch(
      (e: unknown) => e as ApiError,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', message: 'The request is not valid.' });
    expect(error.fields).toEqual({ password: 'A password needs 10 to 200 characters.', doses: 'not a dose' });
  });

  it('reports an unreachable server as a network error', async () => {
    const error = await api('/auth/me', {
      fetch: async () => {
        throw new TypeError('offline');
      },
    }).catch((e) => e);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('reads cookies and field keys exactly', () => {
    expect(readCookie('sd_csrf', 'xsd_csrf=no; sd_csrf=yes')).toBe('yes');
    expect(fieldKey(undefined)).toBe('form');
    expect(fieldKey('body.email')).toBe('body');
  });
});
