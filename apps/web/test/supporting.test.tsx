import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TodayView, User } from '../src/api/client.js';
import type { Alert, MyCareLink } from '../src/api/sharing.js';
import Supporting from '../src/screens/supporting.js';
import { renderScreen } from './render.js';

const SUPPORTER: User = { id: 'u3', email: 'sam@example.org', displayName: 'Sam', role: 'supporter', locale: 'en' };

const ALEX: MyCareLink = {
  id: 'l2',
  patientId: 'p1',
  patientName: 'Alex',
  kind: 'supporter',
  permissions: { plan: true, doses: false, checkIns: false, alerts: true },
  acceptedAt: '2026-11-21T10:00:00.000Z',
};

const TODAY: TodayView = {
  date: '2026-12-06',
  message: 'Step 4 of 12.',
  plan: { id: 'plan1', drug: 'clonazepam', start: '2026-10-11', end: '2027-05-01', stepCount: 12 },
  step: { number: 4, kind: 'reduce' },
  doses: [
    { time: '08:00', at: '', drug: 'clonazepam', amountMg: 1.25, units: [] },
    { time: '22:00', at: '', drug: 'clonazepam', amountMg: 0.25, units: [] },
  ],
  next: null,
};

const ALERT: Alert = {
  id: 'al1',
  createdAt: '2026-12-06T07:00:00.000Z',
  patientId: 'p1',
  kind: 'missed-doses',
  urgency: 'routine',
  title: 'Several missed doses',
  body: 'Alex missed two doses this week.',
  action: 'Ask gently how the taper is going.',
  acknowledgedAt: null,
};

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const notFound = () => json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });

const stubApi = (routes: Record<string, () => Response>) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
    return routes[key]?.() ?? notFound();
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const called = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${url}`);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('People I support', () => {
  it('shows only what was shared, and never asks for the rest', async () => {
    const fetchMock = stubApi({
      'GET /api/care-links': () => json(200, { links: [ALEX] }),
      'GET /api/patients/p1/today': () => json(200, TODAY),
      'GET /api/alerts': () => json(200, { alerts: [ALERT] }),
    });
    renderScreen(<Supporting route={{ name: 'supporting' }} />, { user: SUPPORTER });
    const card = (await screen.findByRole('heading', { name: 'Alex' })).closest('li') as HTMLElement;
    expect(within(card).getByText('Shared with you: plan, alerts.')).toBeTruthy();
    await within(card).findByText('08:00: 1.25 mg clonazepam');
    expect(within(card).getByText('Step 4 of 12')).toBeTruthy();
    // Check-ins were not shared: the area says so and no request is made for them.
    expect(within(card).getByText('Not shared with you.')).toBeTruthy();
    expect(called(fetchMock).some((c) => c.includes('check-ins'))).toBe(false);
    expect(called(fetchMock).some((c) => c.includes('dose-logs'))).toBe(false);
    await within(card).findByText('Several missed doses');
    expect(within(card).getByText('Ask gently how the taper is going.')).toBeTruthy();
  });

  it('acknowledges an alert meant for me', async () => {
    const fetchMock = stubApi({
      'GET /api/care-links': () => json(200, { links: [ALEX] }),
      'GET /api/patients/p1/today': () => json(200, TODAY),
      'GET /api/alerts': () => json(200, { alerts: [ALERT] }),
      'POST /api/patients/p1/alerts/al1/acknowledge': () => json(200, { alert: { ...ALERT, acknowledgedAt: 'now' } }),
    });
    renderScreen(<Supporting route={{ name: 'supporting' }} />, { user: SUPPORTER });
    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge the alert “Several missed doses”' }));
    await screen.findByText('Alert acknowledged.');
    expect(called(fetchMock)).toContain('POST /api/patients/p1/alerts/al1/acknowledge');
    expect(screen.getByText('No open alerts.')).toBeTruthy();
  });

  it('shows a known alert in Spanish, and names it so on the acknowledge button', async () => {
    // The server's English for a seizure red flag (core responseAlerts); the web translates known texts.
    const seizure: Alert = {
      ...ALERT,
      kind: 'red-flag',
      urgency: 'emergency',
      title: 'Emergency: A seizure (fit)',
      body: 'A seizure (fit): Withdrawal seizures can be life-threatening.',
      action:
        'Contact the patient now. If you cannot reach them, or they are in danger, call the emergency services for their area. The patient has been shown the emergency number and crisis lines.',
    };
    stubApi({
      'GET /api/care-links': () => json(200, { links: [ALEX] }),
      'GET /api/patients/p1/today': () => json(200, TODAY),
      'GET /api/alerts': () => json(200, { alerts: [seizure] }),
    });
    renderScreen(<Supporting route={{ name: 'supporting' }} />, { user: { ...SUPPORTER, locale: 'es' }, locale: 'es' });
    const title = await screen.findByRole('heading', { name: 'Emergencia: Una convulsión (ataque)' });
    expect(title.getAttribute('lang')).toBeNull();
    expect(screen.getByText(/^Contacte ahora con el paciente\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Marcar como visto el aviso «Emergencia: Una convulsión (ataque)»' })).toBeTruthy();
  });

  it('with nobody yet, offers the code form first', async () => {
    stubApi({ 'GET /api/care-links': () => json(200, { links: [] }) });
    renderScreen(<Supporting route={{ name: 'supporting' }} />, { user: SUPPORTER });
    await screen.findByText(/You are not supporting anyone yet/);
    expect(screen.getByRole('heading', { name: 'Add a person with their code' })).toBeTruthy();
    expect(screen.getByLabelText('Invitation code')).toBeTruthy();
  });

  it('while the care-links list is missing (404), still lets a person be added and shows what they shared', async () => {
    stubApi({
      'POST /api/invites/accept': () => json(200, { link: { id: 'l2', patientId: 'p1' } }),
      'GET /api/patients/p1': () =>
        json(200, {
          patient: { id: 'p1' },
          access: { relation: 'supporter', permissions: { plan: false, doses: false, checkIns: false, alerts: false } },
        }),
    });
    renderScreen(<Supporting route={{ name: 'supporting' }} />, { user: SUPPORTER });
    await screen.findByText(/cannot be shown yet/);
    fireEvent.change(screen.getByLabelText('Invitation code'), { target: { value: 'abcdefghijklmnop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByRole('heading', { name: 'The person you support' });
    expect(screen.getByText('Nothing is shared with you at the moment.')).toBeTruthy();
    expect(screen.getAllByText('Not shared with you.')).toHaveLength(3);
  });

  it('the signs checklist gives an emergency answer for a danger sign', async () => {
    stubApi({ 'GET /api/care-links': () => json(200, { links: [] }) });
    renderScreen(<Supporting route={{ name: 'supporting' }} />, { user: SUPPORTER });
    fireEvent.click(screen.getByRole('checkbox', { name: 'A seizure' }));
    fireEvent.click(screen.getByRole('button', { name: 'What can I do?' }));
    await screen.findByText('A danger sign: call your emergency number now and stay with them.');
    expect(screen.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('#/help');
    expect(screen.getByText(/never take away their medicine/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Helping someone you care about' })).toBeTruthy();
  });

  it('works in Spanish', async () => {
    stubApi({ 'GET /api/care-links': () => json(200, { links: [] }) });
    renderScreen(<Supporting route={{ name: 'supporting' }} />, { user: SUPPORTER, locale: 'es' });
    await screen.findByRole('heading', { name: 'Añadir a una persona con su código' });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Una convulsión' })).toBeTruthy());
  });
});
