import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Clinic, ClinicMember, IntakeRequest } from '../src/api/clinic.js';
import { queueOrder } from '../src/api/clinic.js';
import ClinicScreen from '../src/screens/clinic.js';
import { CLINICIAN, renderScreen } from './render.js';

const ROUTE = { name: 'clinic' } as const;

const CLINIC: Clinic = { id: 'c1', name: 'Riverside Clinic', role: 'clinic-admin', memberSince: '2026-01-05T10:00:00.000Z' };

const MEMBERS: ClinicMember[] = [
  { userId: 'u1', displayName: 'Dr Lee', role: 'clinic-admin', memberSince: '2026-01-05T10:00:00.000Z' },
  { userId: 'u7', displayName: 'Dr Okafor', role: 'clinician', memberSince: '2026-03-01T10:00:00.000Z' },
];

const request = (over: Partial<IntakeRequest>): IntakeRequest => ({
  id: 'r',
  createdAt: '2026-12-01T09:00:00.000Z',
  contactName: 'Someone',
  contactMethod: 'phone',
  contactValue: '555-0100',
  message: null,
  triageUrgency: 'routine',
  status: 'new',
  claimedBy: null,
  ...over,
});

const REQUESTS: IntakeRequest[] = [
  request({ id: 'r1', contactName: 'Old routine', createdAt: '2026-11-30T09:00:00.000Z' }),
  request({
    id: 'r2',
    contactName: 'Jo',
    triageUrgency: 'emergency',
    contactMethod: 'text',
    contactValue: '555-0199',
    message: 'I stopped suddenly and I am shaking.',
  }),
  request({ id: 'r3', contactName: 'New routine', createdAt: '2026-12-02T09:00:00.000Z' }),
  request({ id: 'r4', contactName: 'Closed one', status: 'closed' }),
];

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (status: number, code: string, detail: string, field?: string) =>
  json(status, { status, code, detail, ...(field ? { errors: [{ field, message: detail }] } : {}) });

type Handler = (init?: RequestInit) => Response | Promise<Response>;

const stubApi = (options: { clinics?: Clinic[]; routes?: Record<string, Handler> } = {}) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    const handler = options.routes?.[key];
    if (handler) return handler(init);
    if (key === 'GET /api/clinics') return json(200, { clinics: options.clinics ?? [CLINIC] });
    if (key === 'GET /api/clinics/c1/members') return json(200, { members: MEMBERS });
    if (key === 'GET /api/clinics/c1/intake') return json(200, { requests: REQUESTS });
    return problem(404, 'NOT_FOUND', 'Not found.');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('clinic workspace', () => {
  it('lists open requests with emergencies first, in words, then newest first; and the members', async () => {
    stubApi();
    renderScreen(<ClinicScreen route={ROUTE} />, { user: CLINICIAN });
    await screen.findByRole('heading', { level: 2, name: 'Riverside Clinic' });
    const names = (await screen.findAllByRole('heading', { level: 4 })).map((h) => h.textContent);
    expect(names).toEqual(['Jo', 'New routine', 'Old routine']);
    const emergency = screen.getByRole('listitem', { name: 'Jo' });
    expect(within(emergency).getByText('Emergency: contact now')).toBeTruthy();
    expect(within(emergency).getByText('Prefers a text message: 555-0199')).toBeTruthy();
    expect(within(emergency).getByText('I stopped suddenly and I am shaking.')).toBeTruthy();
    expect(screen.getByText('Your role: Clinic admin. Member since Jan 5, 2026.')).toBeTruthy();
    const members = screen.getByRole('table', { name: 'Members of the clinic' });
    expect(within(members).getByRole('rowheader', { name: 'Dr Lee (you)' })).toBeTruthy();
    expect(within(members).getByRole('button', { name: 'Remove Dr Okafor' })).toBeTruthy();
    expect(within(members).getByRole('button', { name: 'Leave this clinic' })).toBeTruthy();
  });

  it('claims and closes a request', async () => {
    const fetchMock = stubApi({
      routes: {
        'POST /api/clinics/c1/intake/r2/claim': () =>
          json(200, { request: { ...REQUESTS[1], status: 'claimed', claimedBy: 'u1' } }),
        'POST /api/clinics/c1/intake/r2/close': () => json(200, { request: { ...REQUESTS[1], status: 'closed' } }),
      },
    });
    renderScreen(<ClinicScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.click(await screen.findByRole('button', { name: 'Claim the request from Jo' }));
    await screen.findByText('Claimed by you.');
    expect(screen.queryByRole('button', { name: 'Claim the request from Jo' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close the request from Jo' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Jo' })).toBeNull());
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url]) => url)).toEqual([
      '/api/clinics/c1/intake/r2/claim',
      '/api/clinics/c1/intake/r2/close',
    ]);
  });

  it('an admin creates a one-time invitation code for a clinician', async () => {
    const fetchMock = stubApi({
      routes: {
        'POST /api/clinics/c1/invites': () =>
          json(201, {
            invite: { id: 'i1', clinicId: 'c1', role: 'clinician', expiresAt: '2026-12-20T10:00:00.000Z' },
            code: 'k3y-0f-f0rty-three-characters-long-abcdef',
          }),
      },
    });
    renderScreen(<ClinicScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.click(await screen.findByRole('button', { name: 'Create an invitation code' }));
    expect((await screen.findByTestId('clinic-invite-code')).textContent).toBe('k3y-0f-f0rty-three-characters-long-abcdef');
    const post = fetchMock.mock.calls.find(([url]) => url === '/api/clinics/c1/invites');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ role: 'clinician' });
  });

  it('the last admin cannot leave: says so in plain words', async () => {
    stubApi({
      routes: {
        'DELETE /api/clinics/c1/members/u1': () =>
          problem(409, 'LAST_ADMIN', 'The clinic must keep at least one admin.', 'userId'),
      },
    });
    renderScreen(<ClinicScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.click(await screen.findByRole('button', { name: 'Leave this clinic' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, leave the clinic' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The clinic needs at least one admin: this is its last admin. Invite another admin first, then try again.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Riverside Clinic' })).toBeTruthy();
  });

  it('an admin removes a member after confirming', async () => {
    stubApi({ routes: { 'DELETE /api/clinics/c1/members/u7': () => new Response(null, { status: 204 }) } });
    renderScreen(<ClinicScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Dr Okafor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove Dr Okafor' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Dr Okafor' })).toBeNull());
  });

  it('with no clinic, explains and joins one with a code; a bad code is shown at the field', async () => {
    let attempts = 0;
    const fetchMock = stubApi({
      clinics: [],
      routes: {
        'POST /api/clinic-invites/accept': () =>
          ++attempts === 1
            ? problem(404, 'INVITE_NOT_FOUND', 'No such invitation.', 'code')
            : json(200, { clinic: { ...CLINIC, role: 'clinician' } }),
      },
    });
    renderScreen(<ClinicScreen route={ROUTE} />, { user: CLINICIAN });
    await screen.findByRole('heading', { name: 'You are not in a clinic yet' });
    const code = screen.getByRole('textbox', { name: 'Invitation code' });
    fireEvent.change(code, { target: { value: 'wrong-code-1234567' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join the clinic' }));
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('This code is not valid or was already used. Ask the clinic admin for a new one.')).toBeTruthy();
    expect((code as HTMLInputElement).value).toBe('wrong-code-1234567');
    fireEvent.change(code, { target: { value: 'right-code-1234567' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join the clinic' }));
    await screen.findByText('You joined Riverside Clinic.');
    await screen.findByRole('heading', { level: 2, name: 'Riverside Clinic' });
    const accept = fetchMock.mock.calls.filter(([url]) => url === '/api/clinic-invites/accept').at(-1);
    expect(JSON.parse(String(accept?.[1]?.body))).toEqual({ code: 'right-code-1234567' });
  });

  it('is for clinicians only', () => {
    const fetchMock = stubApi();
    renderScreen(<ClinicScreen route={ROUTE} />, { user: { ...CLINICIAN, role: 'patient' } });
    expect(screen.getByText(/The clinic workspace is for clinicians/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('works in Spanish', async () => {
    stubApi();
    renderScreen(<ClinicScreen route={ROUTE} />, { user: CLINICIAN, locale: 'es' });
    expect(await screen.findByText('Emergencia: contactar ahora')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Asumir la solicitud de Jo' })).toBeTruthy();
  });
});

describe('queue order', () => {
  it('puts emergencies, then urgent, first; newest first within each', () => {
    const ordered = queueOrder([
      request({ id: 'a', triageUrgency: 'routine', createdAt: '2026-12-02' }),
      request({ id: 'b', triageUrgency: 'urgent', createdAt: '2026-12-01' }),
      request({ id: 'c', triageUrgency: 'emergency', createdAt: '2026-11-01' }),
      request({ id: 'd', triageUrgency: 'routine', createdAt: '2026-12-03' }),
    ]);
    expect(ordered.map((r) => r.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
