import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushOutbox, postOrQueue, readOutbox, readRefused } from '../src/offline/outbox.js';
import { RefusedNotice } from '../src/offline/refused-notice.js';
import { renderScreen } from './render.js';

const problem = (status: number, detail: string) =>
  new Response(JSON.stringify({ status, code: 'NO_PLAN', detail }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('a write refused after waiting offline', () => {
  it('is not dropped silently: the person reads why, and dismisses it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await postOrQueue('/patients/p1/hold-requests', { clientId: 'c-123456', kind: 'hold', reason: 'Too shaky' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(422, 'There is no plan to pause yet.')),
    );
    renderScreen(<RefusedNotice />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await flushOutbox()).toMatchObject({ refused: 1, waiting: 0 });
    const notice = await screen.findByRole('alert', { name: 'Something saved on this device could not be sent' });
    expect(notice.textContent).toContain('request for a pause');
    expect(notice.textContent).toContain('There is no plan to pause yet.');
    expect(readOutbox()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'I have read this' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readRefused()).toEqual([]);
  });

  it('a server error (5xx) keeps the write waiting instead', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await postOrQueue('/patients/p1/check-ins', { clientId: 'c-abcdef' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(503, 'Busy')),
    );
    expect(await flushOutbox()).toMatchObject({ refused: 0, waiting: 1 });
    expect(readRefused()).toEqual([]);
  });
});
