import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** Name → value of every cookie a response sets. */
export const cookiesOf = (res: LightMyRequestResponse): Record<string, string> =>
  Object.fromEntries(
    ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => (c.split(';')[0] ?? '').split('=') as [string, string]),
  );

export interface SignedIn {
  readonly cookies: Record<string, string>;
  readonly csrf: string;
  readonly userId: string;
}

/** Signs up through the API and returns what later requests need (cookies and the CSRF token). */
export const signUp = async (
  app: FastifyInstance,
  email: string,
  role: 'patient' | 'clinician' | 'supporter',
): Promise<SignedIn> => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password: 'a long enough passphrase', displayName: email.split('@')[0], role },
  });
  const cookies = cookiesOf(res);
  return { cookies, csrf: cookies.sd_csrf ?? '', userId: res.json().user.id };
};

/** Request options that send the session and its CSRF token. */
export const as = (who: SignedIn | undefined) => (who ? { cookies: who.cookies, headers: { 'x-csrf-token': who.csrf } } : {});
