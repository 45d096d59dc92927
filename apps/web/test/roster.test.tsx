import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import type { Roster, RosterPatient } from '../src/api/clinician.js';
import RosterScreen from '../src/screens/roster.js';
import { CLINICIAN, renderScreen } from './render.js';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const patient = (over: Partial<RosterPatient> & Pick<RosterPatient, 'patientId' | 'displayName'>): RosterPatient => ({
  timeZone: 'Europe/London',
  flags: ['on-track'],
  status: 'on-track',
  lastCheckInDate: null,
  lastCheckInAt: null,
  currentDailyDose: null,
  openAlerts: { emergency: 0, urgent: 0, routine: 0 },
  missedDosesLast7Days: 0,
  reviewDueSince: null,
  ...over,
});

const ALEX = patient({
  patientId: 'p1',
  displayName: 'Alex',
  flags: ['red-flag', 'hold-requested', 'missed-doses'],
  status: 'red-flag',
  lastCheckInDate: '2026-12-05',
  lastCheckInAt: '2026-12-05T20:00:00.000Z',
  currentDailyDose: [{ drug: 'clonazepam', amountMg: 1.25 }],
  openAlerts: { emergency: 0, urgent: 1, routine: 0 },
  missedDosesLast7Days: 2,
});
const BEA = patient({ patientId: 'p2', displayName: 'Bea' });

const ROSTER: Roster = {
  patients: [ALEX, BEA],
  counts: { 'red-flag': 1, 'hold-requested': 1, suggestion: 0, 'missed-doses': 1, 'review-due': 0, 'on-track': 1 },
};

const stubRoster = (answer: (url: string, init?: RequestInit) => Response = () => json(200, ROSTER)) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => answer(url, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  location.hash = '';
});

describe('Roster', () => {
  it('lists each patient with status in words, the facts at a glance and a link to the record', async () => {
    const fetchMock = stubRoster();
    renderScreen(<RosterScreen route={{ name: 'roster' }} />, { user: CLINICIAN });
    const link = await screen.findByRole('link', { name: 'Alex' });
    expect(link.getAttribute('href')).toBe('#/patients/p1');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/roster?sort=name');
    const card = link.closest('li') as HTMLElement;
    expect(within(card).getByText(/^Status:/).textContent).toBe('Status: ▲ Red flag');
    expect(card.textContent).toContain('Red flag');
    expect(card.textContent).toContain('Also:');
    expect(card.textContent).toContain('Hold requested');
    expect(within(card).getByText('Daily dose now: 1.25 mg clonazepam')).toBeTruthy();
    expect(within(card).getByText('Last check-in: Dec 5, 2026')).toBeTruthy();
    expect(within(card).getByText('Missed doses in the last 7 days: 2')).toBeTruthy();
    expect(within(card).getByText('Open alerts: 0 emergency, 1 urgent, 0 routine')).toBeTruthy();
    const bea = screen.getByRole('link', { name: 'Bea' }).closest('li') as HTMLElement;
    expect(bea.textContent).toContain('On track');
    expect(within(bea).getByText('No check-in yet')).toBeTruthy();
    expect(screen.getByText('Showing 2 of 2 patients.').getAttribute('role')).toBe('status');
  });

  it('filters by a flag with pressed buttons that keep the counts, and sorts', async () => {
    const fetchMock = stubRoster((url) =>
      url.includes('status=red-flag') ? json(200, { ...ROSTER, patients: [ALEX] }) : json(200, ROSTER),
    );
    renderScreen(<RosterScreen route={{ name: 'roster' }} />, { user: CLINICIAN });
    await screen.findByRole('link', { name: 'Bea' });
    const all = screen.getByRole('button', { name: 'All (2)' });
    expect(all.getAttribute('aria-pressed')).toBe('true');
    const red = screen.getByRole('button', { name: 'Red flag (1)' });
    expect(red.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(red);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Bea' })).toBeNull());
    expect(fetchMock.mock.calls.at(-1)?.[0]).toBe('/api/roster?status=red-flag&sort=name');
    expect(screen.getByRole('button', { name: 'Red flag (1)' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'All (2)' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('Showing 1 of 2 patients.').getAttribute('role')).toBe('status');
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'status' } });
    await waitFor(() => expect(fetchMock.mock.calls.at(-1)?.[0]).toBe('/api/roster?status=red-flag&sort=status'));
  });

  it('adds a patient with their code and opens their record', async () => {
    const fetchMock = stubRoster((url) =>
      url === '/api/invites/accept'
        ? json(200, { link: { id: 'l1', patientId: 'p9', kind: 'clinician', status: 'active' } })
        : json(200, { patients: [], counts: {} }),
    );
    renderScreen(<RosterScreen route={{ name: 'roster' }} />, { user: CLINICIAN });
    await screen.findByText('No patients are linked to you yet. Add one with the code they give you.');
    // A clinician adds a patient, not "a person": the supporter's words do not fit here.
    expect(screen.getByRole('heading', { level: 2, name: 'Add a patient with their code' })).toBeTruthy();
    expect(screen.queryByText(/The person you care for/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Invitation code'), { target: { value: '  abc-123  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(location.hash).toBe('#/patients/p9'));
    const accept = fetchMock.mock.calls.find(([url]) => url === '/api/invites/accept');
    expect(JSON.parse(String(accept?.[1]?.body))).toEqual({ code: 'abc-123' });
  });

  it('a load error offers a retry', async () => {
    let fail = true;
    stubRoster(() => (fail ? json(500, { status: 500, code: 'INTERNAL', detail: 'Boom.' }) : json(200, ROSTER)));
    renderScreen(<RosterScreen route={{ name: 'roster' }} />, { user: CLINICIAN });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your patients could not be loaded.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('link', { name: 'Alex' });
  });

  it('is for clinicians only, and works in Spanish', async () => {
    const patientUser: User = { id: 'u2', email: 'a@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };
    const fetchMock = stubRoster();
    renderScreen(<RosterScreen route={{ name: 'roster' }} />, { user: patientUser });
    expect(screen.getByText(/This list is for clinicians/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    cleanup();
    renderScreen(<RosterScreen route={{ name: 'roster' }} />, { user: CLINICIAN, locale: 'es' });
    await screen.findByRole('button', { name: 'Señal de alarma (1)' });
    expect(screen.getByRole('heading', { level: 1, name: 'Pacientes' })).toBeTruthy();
  });
});
