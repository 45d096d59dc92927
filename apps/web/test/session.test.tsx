import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import { rememberedToday, rememberedUser, rememberToday, rememberUser } from '../src/offline/device-cache.js';
import { OUTBOX_STORAGE_KEY } from '../src/offline/outbox.js';
import { SessionProvider, useSession } from '../src/session.js';

const PATIENT: User = { id: 'u1', email: 'pat@example.org', displayName: 'Pat', role: 'patient', locale: 'en' };

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const Who = () => {
  const { user, signOut } = useSession();
  return (
    <>
      <p>{user === undefined ? 'checking' : user ? `signed in: ${user.displayName}` : 'nobody'}</p>
      <button type="button" onClick={() => void signOut()}>
        out
      </button>
    </>
  );
};

/** No initial user: the provider asks the server, as the app does on start. */
const renderSession = () =>
  render(
    <SessionProvider>
      <Who />
    </SessionProvider>,
  );

const keep = () => {
  rememberUser(PATIENT);
  rememberToday({ patientId: 'p1', view: { date: '2026-12-06', message: '', plan: null, step: null, doses: [], next: null } });
  localStorage.setItem(OUTBOX_STORAGE_KEY, '[]');
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the session on this device', () => {
  it('offline, the person who last signed in here stays signed in', async () => {
    keep();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    renderSession();
    await screen.findByText('signed in: Pat');
  });

  it('sign-out forgets what the device kept (the user, the last Today, the outbox)', async () => {
    keep();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === '/api/auth/me' ? json(200, { user: PATIENT }) : new Response(null, { status: 204 }))),
    );
    renderSession();
    await screen.findByText('signed in: Pat');
    fireEvent.click(screen.getByRole('button', { name: 'out' }));
    await screen.findByText('nobody');
    expect(rememberedUser()).toBeUndefined();
    expect(rememberedToday()).toBeUndefined();
    expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
  });

  it('a session the server refuses (401) forgets the device’s copy too', async () => {
    keep();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(401, { status: 401, code: 'UNAUTHENTICATED', detail: 'Sign in.' })),
    );
    renderSession();
    await screen.findByText('nobody');
    expect(rememberedUser()).toBeUndefined();
  });
});
