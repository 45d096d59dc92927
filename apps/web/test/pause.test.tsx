import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../src/api/check-ins.js';
import type { User } from '../src/api/client.js';
import { flushOutbox, readOutbox } from '../src/offline/outbox.js';
import Pause from '../src/screens/pause.js';
import { renderScreen } from './render.js';

const PATIENT: User = { id: 'u2', email: 'alex@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };
const ROUTE = { name: 'pause' } as const;

const SUGGESTIONS: Suggestion[] = [
  {
    id: 's2',
    createdAt: '2026-11-20T10:00:00.000Z',
    kind: 'hold',
    reason: 'Cannot sleep since the last cut',
    source: 'patient-request',
    state: 'suggested',
    decidedAt: null,
    requestedByPatient: true,
  },
  {
    id: 's1',
    createdAt: '2026-11-01T10:00:00.000Z',
    kind: 'slow',
    reason: 'Withdrawal rating rose above the baseline.',
    source: 'rule',
    state: 'approved',
    decidedAt: '2026-11-02T09:00:00.000Z',
    requestedByPatient: false,
  },
];

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const stubApi = (onRequest: (init?: RequestInit) => Response | Promise<Response>, suggestions = SUGGESTIONS) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/auth/me') return json(200, { user: PATIENT, patientId: 'p1' });
    if (url === '/api/patients/p1/suggestions') return json(200, { suggestions });
    if (url === '/api/patients/p1/hold-requests') return onRequest(init);
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const sentBodies = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls
    .filter(([url]) => url === '/api/patients/p1/hold-requests')
    .map(([, init]) => JSON.parse(String(init?.body)) as Record<string, unknown>);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // The outbox lives in localStorage: a request queued by one test must not show in the next.
  localStorage.clear();
});

const askForHold = async (reason: string) => {
  fireEvent.click(await screen.findByRole('radio', { name: 'Hold at my current dose for a while' }));
  fireEvent.change(screen.getByLabelText('Why? In your own words'), { target: { value: reason } });
  fireEvent.click(screen.getByRole('button', { name: 'Send to my prescriber' }));
};

describe('ask for a pause', () => {
  it('sends hold or slow with the reason, and confirms in calm words', async () => {
    const fetchMock = stubApi(() => json(201, { suggestion: SUGGESTIONS[0], message: '…' }));
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('radio', { name: 'Hold at my current dose for a while' }));
    fireEvent.change(screen.getByLabelText('Why? In your own words'), { target: { value: '  Cannot sleep  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send to my prescriber' }));
    await screen.findByRole('heading', { name: 'Your request was sent' });
    expect(screen.getByText(/Keep taking your current dose until they reply, and never stop suddenly/)).toBeTruthy();
    expect(sentBodies(fetchMock)).toEqual([{ kind: 'hold', reason: 'Cannot sleep', clientId: expect.any(String) }]);
    expect(String(sentBodies(fetchMock)[0]?.clientId).length).toBeGreaterThanOrEqual(8);
  });

  it('a retry after a failure sends the same clientId, so the request is recorded once', async () => {
    let attempt = 0;
    const fetchMock = stubApi(() =>
      ++attempt === 1
        ? json(503, { status: 503, code: 'UNAVAILABLE', detail: 'The service is busy.' })
        : json(200, { suggestion: SUGGESTIONS[0], message: '…' }),
    );
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    await askForHold('Cannot sleep');
    expect((await screen.findByRole('alert')).textContent).toContain('Not sent: The service is busy.');
    expect((screen.getByLabelText('Why? In your own words') as HTMLTextAreaElement).value).toBe('Cannot sleep');
    fireEvent.click(screen.getByRole('button', { name: 'Send to my prescriber' }));
    await screen.findByRole('heading', { name: 'Your request was sent' });
    const [first, retry] = sentBodies(fetchMock);
    expect(retry).toEqual(first);
    expect(first?.clientId).toEqual(expect.any(String));

    // The next request is a new one, with a new id.
    fireEvent.click(screen.getByRole('button', { name: 'Ask again' }));
    await askForHold('Still cannot sleep');
    await screen.findByRole('heading', { name: 'Your request was sent' });
    expect(sentBodies(fetchMock)[2]?.clientId).not.toBe(first?.clientId);
  });

  it('changed words after a failure are a new request with a new clientId', async () => {
    let attempt = 0;
    const fetchMock = stubApi(() =>
      ++attempt === 1
        ? json(500, { status: 500, code: 'INTERNAL', detail: 'Something went wrong.' })
        : json(201, { suggestion: SUGGESTIONS[0], message: '…' }),
    );
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    await askForHold('Cannot sleep');
    await screen.findByRole('alert');
    fireEvent.change(screen.getByLabelText('Why? In your own words'), { target: { value: 'Cannot sleep at all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send to my prescriber' }));
    await screen.findByRole('heading', { name: 'Your request was sent' });
    const [first, second] = sentBodies(fetchMock);
    expect(second?.clientId).not.toBe(first?.clientId);
  });

  it('offline: the request is saved on this device, shown as waiting, and sent once when back online', async () => {
    let offline = true;
    const fetchMock = stubApi(() =>
      offline ? Promise.reject(new TypeError('offline')) : json(201, { suggestion: SUGGESTIONS[0], message: '…' }),
    );
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    await askForHold('The last cut left me shaky');
    await screen.findByRole('heading', { name: 'Saved on this device' });
    expect(screen.getByText(/will be sent to your prescriber when you are back online/).textContent).toContain(
      'never stop suddenly',
    );
    const queued = readOutbox();
    expect(queued).toEqual([
      {
        path: '/patients/p1/hold-requests',
        body: { kind: 'hold', reason: 'The last cut left me shaky', clientId: expect.any(String) },
        queuedAt: expect.any(String),
      },
    ]);
    const waiting = (await screen.findByText('Saved on this device; it will be sent when you are back online.')).closest('li');
    expect(waiting?.textContent).toContain('Reason: The last cut left me shaky');

    offline = false;
    const listReads = () => fetchMock.mock.calls.filter(([url]) => url === '/api/patients/p1/suggestions').length;
    const readsBefore = listReads();
    expect(await flushOutbox()).toEqual({ sent: 1, refused: 0, waiting: 0 });
    // Sent with the id it was queued with; the list is read again from the server.
    expect(sentBodies(fetchMock).map((b) => b.clientId)).toEqual([queued[0]?.body.clientId, queued[0]?.body.clientId]);
    await waitFor(() => expect(listReads()).toBeGreaterThan(readsBefore));
    await waitFor(() => expect(screen.queryByText('Saved on this device; it will be sent when you are back online.')).toBeNull());
  });

  it('asks for the choice and the reason before sending', async () => {
    const fetchMock = stubApi(() => json(201, {}));
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Send to my prescriber' }));
    expect(screen.getByText('Please choose hold or slow.')).toBeTruthy();
    const reason = screen.getByLabelText('Why? In your own words');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Please say in a few words why.')).toBeTruthy();
    expect(sentBodies(fetchMock)).toHaveLength(0);
  });

  it('a server problem on the reason is shown next to it, and the words typed are kept', async () => {
    stubApi(() =>
      json(400, {
        status: 400,
        code: 'VALIDATION',
        detail: 'The request is not valid.',
        errors: [{ field: 'reason', message: 'must NOT have more than 1000 characters' }],
      }),
    );
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('radio', { name: 'Slow the pace of the taper' }));
    fireEvent.change(screen.getByLabelText('Why? In your own words'), { target: { value: 'Too fast' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send to my prescriber' }));
    const reason = screen.getByLabelText('Why? In your own words') as HTMLTextAreaElement;
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(reason.value).toBe('Too fast');
    expect(screen.getByRole('alert').textContent).toContain('Not sent: The request is not valid.');
  });

  it('no plan yet: says so in plain words', async () => {
    stubApi(() =>
      json(422, {
        status: 422,
        code: 'NO_PLAN',
        detail: 'There is no taper plan yet.',
        errors: [{ field: 'patientId', message: 'has no plan' }],
      }),
    );
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('radio', { name: 'Hold at my current dose for a while' }));
    fireEvent.change(screen.getByLabelText('Why? In your own words'), { target: { value: 'Hard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send to my prescriber' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'There is no taper plan yet, so there is nothing to pause. Keep taking your medicine as prescribed.',
    );
  });

  it('lists my requests and the prescriber’s answers, with a link to my plan', async () => {
    stubApi(() => json(201, {}));
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT });
    const list = await screen.findByRole('list');
    const [mine, rule] = within(list).getAllByRole('listitem');
    expect(mine?.textContent).toContain('Hold at the current dose');
    expect(mine?.textContent).toContain('You asked on November 20, 2026.');
    expect(mine?.textContent).toContain('Reason: Cannot sleep since the last cut');
    expect(mine?.textContent).toContain('Waiting for your prescriber');
    expect(rule?.textContent).toContain('Suggested on November 1, 2026 after your check-ins.');
    expect(rule?.textContent).toContain('Approved: your plan was changed');
    expect(rule?.textContent).toContain('Answered on November 2, 2026.');
    expect(
      within(rule as HTMLElement)
        .getByRole('link', { name: 'See what changed in My plan' })
        .getAttribute('href'),
    ).toBe('#/my-plan');
    expect(screen.getByRole('link', { name: 'See my plan' }).getAttribute('href')).toBe('#/my-plan');
  });

  it('works in Spanish', async () => {
    stubApi(() => json(201, {}), []);
    renderScreen(<Pause route={ROUTE} />, { user: PATIENT, locale: 'es' });
    await screen.findByRole('radio', { name: 'Mantener mi dosis actual un tiempo' });
    await screen.findByText('Aún no ha pedido nada.');
  });
});
