import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TodayView, User } from '../src/api/client.js';
import { flushOutbox, readOutbox } from '../src/offline/outbox.js';
import Today from '../src/screens/today.js';
import { renderScreen } from './render.js';

const PATIENT: User = { id: 'u2', email: 'alex@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };

const VIEW: TodayView = {
  date: '2026-11-22',
  message: 'Step 4 of 12.',
  plan: { id: 'plan1', drug: 'clonazepam', start: '2026-10-11', end: '2027-05-01', stepCount: 12 },
  step: { number: 4, kind: 'reduce' },
  doses: [
    {
      time: '08:00',
      at: '2026-11-22T08:00:00.000Z',
      drug: 'clonazepam',
      amountMg: 1.25,
      units: [
        { kind: 'tablet', pieceMg: 1, half: false, count: 1 },
        { kind: 'odt', pieceMg: 0.25, half: false, count: 1 },
      ],
      status: 'pending',
    },
    {
      time: '22:00',
      at: '2026-11-22T22:00:00.000Z',
      drug: 'clonazepam',
      amountMg: 0.25,
      units: [{ kind: 'tablet', pieceMg: 0.25, half: true, count: 1 }],
      status: 'taken',
    },
  ],
  next: {
    date: '2026-12-06',
    reason: 'next-step',
    step: { number: 5, kind: 'reduce' },
    doses: [
      { time: '08:00', at: '', drug: 'clonazepam', amountMg: 1, units: [] },
      { time: '22:00', at: '', drug: 'clonazepam', amountMg: 0.25, units: [] },
    ],
  },
};

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>;

const stubApi = (onDoseLog: Handler) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/auth/me') return json(200, { user: PATIENT, patientId: 'p1' });
    if (url === '/api/patients/p1/today') return json(200, VIEW);
    if (url === '/api/patients/p1/dose-logs') return onDoseLog(url, init);
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const doseLogCalls = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls
    .filter(([url]) => url === '/api/patients/p1/dose-logs')
    .map(([, init]) => JSON.parse(String(init?.body)) as Record<string, unknown>);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Today (a patient with a plan)', () => {
  it('shows the date, the step, each dose in large type with the tablets that make it, and what changes next', async () => {
    stubApi(() => json(201, {}));
    renderScreen(<Today />, { user: PATIENT });
    await screen.findByText('Sunday, November 22, 2026');
    expect(screen.getByText('Step 4 of 12')).toBeTruthy();
    expect(screen.getByText('1.25 mg clonazepam')).toBeTruthy();
    expect(screen.getByText('Made with: one 1 mg tablet + one 0.25 mg dissolving tablet')).toBeTruthy();
    expect(screen.getByText('Made with: one half of a 0.5 mg tablet')).toBeTruthy();
    expect(screen.getByText('Status: Not logged yet')).toBeTruthy();
    expect(screen.getByText('Status: Taken')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark 08:00 dose taken' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark 22:00 dose missed' })).toBeTruthy();
    expect(screen.getByText('From December 6, 2026, step 5: 08:00 1 mg, 22:00 0.25 mg.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I took an extra dose' })).toBeTruthy();
  });

  it('tapping Taken posts once with a client id and shows it taken', async () => {
    const fetchMock = stubApi(() => json(201, { created: true }));
    renderScreen(<Today />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark 08:00 dose taken' }));
    await screen.findByText('08:00 dose: Taken. Saved.');
    const calls = doseLogCalls(fetchMock);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      date: '2026-11-22',
      plannedTime: '08:00',
      drug: 'clonazepam',
      dose: '1.25mg',
      status: 'taken',
    });
    expect(String(calls[0]?.clientId)).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(screen.getAllByText('Status: Taken')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Mark 08:00 dose taken' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('a double tap does not post twice', async () => {
    let release: () => void = () => {};
    const fetchMock = stubApi(() => new Promise<Response>((resolve) => (release = () => resolve(json(201, {})))));
    renderScreen(<Today />, { user: PATIENT });
    const button = await screen.findByRole('button', { name: 'Mark 08:00 dose taken' });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Mark 08:00 dose missed' }));
    release();
    await screen.findByText('08:00 dose: Taken. Saved.');
    expect(doseLogCalls(fetchMock)).toHaveLength(1);
  });

  it('a server error is shown next to the dose, and the retry sends the same client id', async () => {
    let fail = true;
    const fetchMock = stubApi(() =>
      fail ? json(503, { status: 503, code: 'UNAVAILABLE', detail: 'The service is busy' }) : json(200, { created: false }),
    );
    renderScreen(<Today />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark 08:00 dose taken late' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The service is busy.');
    expect(alert.closest('li')?.textContent).toContain('08:00');
    // The choice is kept on screen, not lost.
    expect(screen.getByText('Status: Taken late')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try saving the 08:00 dose again' }));
    await screen.findByText('08:00 dose: Taken late. Saved.');
    expect(screen.queryByRole('alert')).toBeNull();
    const [first, second] = doseLogCalls(fetchMock);
    expect(second?.clientId).toBe(first?.clientId);
  });

  it('offline, a tap is kept on the device and sent once when the connection is back', async () => {
    localStorage.clear();
    let offline = true;
    const fetchMock = stubApi(() => (offline ? Promise.reject(new TypeError('offline')) : json(201, { created: true })));
    renderScreen(<Today />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark 08:00 dose taken' }));
    await screen.findByText(/08:00 dose: Taken\. Saved on this device/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Status: Taken (waiting to be sent)')).toBeTruthy();
    expect(readOutbox()).toHaveLength(1);
    offline = false;
    expect(await flushOutbox()).toEqual({ sent: 1, refused: 0, waiting: 0 });
    expect(await flushOutbox()).toEqual({ sent: 0, refused: 0, waiting: 0 });
    const calls = doseLogCalls(fetchMock);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.clientId).toBe(calls[0]?.clientId);
  });

  it('opened offline, Today shows the day as last loaded, with the taps still waiting', async () => {
    localStorage.clear();
    stubApi(() => Promise.reject(new TypeError('offline')));
    const first = renderScreen(<Today />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark 22:00 dose taken' }));
    await screen.findByText(/22:00 dose: Taken\. Saved on this device/);
    first.unmount();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    renderScreen(<Today />, { user: PATIENT });
    await screen.findByText(/You are offline/);
    expect(await screen.findByText('Status: Taken (waiting to be sent)')).toBeTruthy();
  });

  it('records an extra dose without judgement', async () => {
    const fetchMock = stubApi(() => json(201, {}));
    renderScreen(<Today />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'I took an extra dose' }));
    fireEvent.change(screen.getByLabelText('Amount (mg)'), { target: { value: '0,25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Extra dose of 0.25 mg recorded. Thank you for noting it.');
    expect(doseLogCalls(fetchMock)[0]).toMatchObject({ status: 'extra', dose: '0.25mg', drug: 'clonazepam' });
  });
});

describe('Today (other cases)', () => {
  it('a patient without a record yet gets a short message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { user: PATIENT, patientId: null })),
    );
    renderScreen(<Today />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your record is not set up yet' });
  });

  it('no approved plan: the calm "no plan yet" message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/auth/me'
          ? json(200, { user: PATIENT, patientId: 'p1' })
          : json(200, { ...VIEW, plan: null, step: null, doses: [], next: null }),
      ),
    );
    renderScreen(<Today />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'No plan yet' });
  });

  it('works in Spanish', async () => {
    stubApi(() => json(201, {}));
    renderScreen(<Today />, { user: PATIENT, locale: 'es' });
    await screen.findByText('Paso 4 de 12');
    expect(screen.getByText('Se toma así: un comprimido de 1 mg + un comprimido bucodispersable de 0,25 mg')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Marcar la dosis de las 08:00 como tomada' })).toBeTruthy());
  });
});
