import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import type { AuditEntry, CareLink } from '../src/api/sharing.js';
import Sharing from '../src/screens/sharing.js';
import { renderScreen } from './render.js';

const PATIENT: User = { id: 'u2', email: 'alex@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };
const CODE = 'Zx9_secret-code-0123456789abcdefghijklmnopq';

const LINKS: CareLink[] = [
  {
    id: 'l1',
    createdAt: '2026-11-01T10:00:00.000Z',
    patientId: 'p1',
    linkedUserId: 'u1',
    clinicId: null,
    kind: 'clinician',
    status: 'active',
    inviteExpiresAt: null,
    permissions: { plan: true, doses: true, checkIns: true, alerts: true },
    acceptedAt: '2026-11-02T10:00:00.000Z',
  },
  {
    id: 'l2',
    createdAt: '2026-11-20T10:00:00.000Z',
    patientId: 'p1',
    linkedUserId: 'u3',
    clinicId: null,
    kind: 'supporter',
    status: 'active',
    inviteExpiresAt: null,
    permissions: { plan: true, doses: false, checkIns: false, alerts: true },
    acceptedAt: '2026-11-21T10:00:00.000Z',
  },
];

const AUDIT: AuditEntry[] = [
  {
    id: 'a1',
    at: '2026-12-01T09:30:00.000Z',
    actorUserId: 'u3',
    action: 'read:checkIns',
    targetType: 'patient',
    outcome: 'denied',
    detail: { relation: 'supporter' },
  },
  {
    id: 'a2',
    at: '2026-11-30T09:30:00.000Z',
    actorUserId: 'u1',
    action: 'read:plan',
    targetType: 'patient',
    outcome: 'allowed',
    detail: { relation: 'clinician' },
  },
  {
    id: 'a3',
    at: '2026-11-29T09:30:00.000Z',
    actorUserId: null,
    action: 'read:plan',
    targetType: 'calendar_feed',
    outcome: 'allowed',
    detail: { via: 'calendar feed' },
  },
];

const json = (status: number, body?: object) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

type Handler = (init?: RequestInit) => Response | Promise<Response>;

const stubApi = (overrides: Record<string, Handler> = {}) => {
  let links = [...LINKS];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    const override = overrides[key];
    if (override) return override(init);
    switch (key) {
      case 'GET /api/auth/me':
        return json(200, { user: PATIENT, patientId: 'p1' });
      case 'GET /api/patients/p1/links':
        return json(200, { links });
      case 'DELETE /api/patients/p1/links/l2':
        links = links.filter((l) => l.id !== 'l2');
        return json(204);
      case 'PATCH /api/patients/p1/links/l2': {
        const body = JSON.parse(String(init?.body)) as { permissions: CareLink['permissions'] };
        links = links.map((l) => (l.id === 'l2' ? { ...l, permissions: body.permissions } : l));
        return json(200, { link: links.find((l) => l.id === 'l2') as CareLink });
      }
      case 'GET /api/patients/p1/audit':
        return json(200, { entries: AUDIT });
      case 'GET /api/patients/p1/calendar-feeds':
        return json(200, { feeds: [] });
      case 'POST /api/patients/p1/calendar-feeds':
        return json(201, {
          feed: { id: 'f1', createdAt: '2026-12-06T10:00:00.000Z', patientId: 'p1', revokedAt: null },
          url: '/api/calendar/tok123.ics',
        });
      case 'POST /api/patients/p1/invites': {
        const body = JSON.parse(String(init?.body)) as { kind: CareLink['kind'] };
        const link: CareLink = {
          ...(LINKS[1] as CareLink),
          id: 'l9',
          kind: body.kind,
          status: 'invited',
          linkedUserId: null,
          acceptedAt: null,
          inviteExpiresAt: '2026-12-20T10:00:00.000Z',
        };
        links = [...links, link];
        return json(201, { link, code: CODE });
      }
      default:
        return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const bodiesOf = (fetchMock: ReturnType<typeof stubApi>, key: string) =>
  fetchMock.mock.calls
    .filter(([url, init]) => `${init?.method ?? 'GET'} ${url}` === key)
    .map(([, init]) => (init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  location.hash = '';
});

describe('Sharing and data: correcting the record', () => {
  it('links to where medicines and where you live are changed', async () => {
    stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Correct my record' });
    expect(screen.getByRole('link', { name: 'Change my medicines or where I live' }).getAttribute('href')).toBe('#/onboarding');
  });
});

describe('Sharing and data: inviting', () => {
  it('invites the prescriber and shows the one-time code with what to do', async () => {
    const fetchMock = stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Invite my prescriber' }));
    const code = await screen.findByTestId('invite-code');
    expect(code.textContent).toBe(CODE);
    expect(screen.getByRole('heading', { name: 'Code for your prescriber' })).toBeTruthy();
    expect(screen.getByText(/Give this code to your prescriber/)).toBeTruthy();
    expect(screen.getByText(/works once and expires on December 20, 2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the code' })).toBeTruthy();
    expect(bodiesOf(fetchMock, 'POST /api/patients/p1/invites')).toEqual([{ kind: 'clinician' }]);
    // The new invitation shows as pending in the list.
    await screen.findByText('Invitation not used yet. The code expires on December 20, 2026.');
  });

  it('invites a supporter with plan and alerts ticked by default, and what else is ticked', async () => {
    const fetchMock = stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    const plan = (await screen.findByRole('checkbox', { name: 'plan and today’s doses' })) as HTMLInputElement;
    expect(plan.checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'alerts' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'check-ins' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'check-ins' }));
    fireEvent.click(screen.getByRole('button', { name: 'Invite a supporter' }));
    await screen.findByRole('heading', { name: 'Code for your supporter' });
    expect(bodiesOf(fetchMock, 'POST /api/patients/p1/invites')).toEqual([
      { kind: 'supporter', permissions: { plan: true, doses: false, checkIns: true, alerts: true } },
    ]);
  });

  it('asks for at least one permission before inviting a supporter', async () => {
    const fetchMock = stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'plan and today’s doses' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'alerts' }));
    fireEvent.click(screen.getByRole('button', { name: 'Invite a supporter' }));
    expect(screen.getByText('Tick at least one thing a supporter may see.')).toBeTruthy();
    expect(bodiesOf(fetchMock, 'POST /api/patients/p1/invites')).toEqual([]);
  });
});

describe('Sharing and data: who can see and who looked', () => {
  it('lists who can see the record with what they see, and removes access after a confirmation', async () => {
    const fetchMock = stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    await screen.findByText('Can see: plan and today’s doses, alerts.');
    expect(screen.getByText('Can see everything in your record.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove access for Supporter, invited on November 20, 2026' }));
    expect(bodiesOf(fetchMock, 'DELETE /api/patients/p1/links/l2')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove access' }));
    await screen.findByText('Access removed.');
    expect(bodiesOf(fetchMock, 'DELETE /api/patients/p1/links/l2')).toHaveLength(1);
    expect(screen.queryByText('Can see: plan and today’s doses, alerts.')).toBeNull();
  });

  it('changes what a supporter sees', async () => {
    const fetchMock = stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Change what they see: Supporter, invited on November 20, 2026' }));
    const group = screen.getByRole('group', { name: 'What this supporter may see' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'check-ins' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'alerts' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. They now see only what is ticked.');
    expect(bodiesOf(fetchMock, 'PATCH /api/patients/p1/links/l2')).toEqual([
      { permissions: { plan: true, doses: false, checkIns: true, alerts: false } },
    ]);
    expect(screen.getByText('Can see: plan and today’s doses, check-ins.')).toBeTruthy();
  });

  it('shows the access log as a table: who, what, and refused in words', async () => {
    stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    const table = await screen.findByRole('table', { name: 'Access to your record, newest first' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['When', 'Who', 'What', 'Result']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Your supporter');
    expect(rows[0]?.textContent).toContain('Viewed your check-ins');
    expect(rows[0]?.textContent).toContain('Refused');
    expect(rows[1]?.textContent).toContain('Your prescriber');
    expect(rows[2]?.textContent).toContain('Your calendar app');
  });
});

describe('Sharing and data: export, calendar, deletion', () => {
  it('links the exports and the printable schedule', async () => {
    stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    const csv = await screen.findByRole('link', { name: 'Download as a spreadsheet (CSV)' });
    expect(csv.getAttribute('href')).toBe('/api/patients/p1/export?format=csv');
    expect(csv.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('link', { name: 'Print my schedule' }).getAttribute('href')).toBe('#/print/p1/schedule');
  });

  it('creates a calendar link with the full address and a webcal link', async () => {
    stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Create a calendar link' }));
    const url = await screen.findByTestId('calendar-url');
    expect(url.textContent).toBe(`${location.origin}/api/calendar/tok123.ics`);
    expect(screen.getByRole('link', { name: 'Open in my calendar app' }).getAttribute('href')).toMatch(
      /^webcal:\/\/.*\/api\/calendar\/tok123\.ics$/,
    );
    expect(screen.getByRole('button', { name: 'Turn off the calendar link created on December 6, 2026' })).toBeTruthy();
  });

  it('a wrong password is shown next to the password, which is kept', async () => {
    const fetchMock = stubApi({
      'DELETE /api/account': () =>
        json(403, {
          status: 403,
          code: 'PASSWORD_INCORRECT',
          detail: 'That is not your password; nothing was deleted.',
          errors: [{ field: 'password', message: 'does not match' }],
        }),
    });
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my account…' }));
    const password = screen.getByLabelText('Your password') as HTMLInputElement;
    fireEvent.change(password, { target: { value: 'not-my-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    // Not confirmed yet: nothing is sent.
    expect(screen.getByText('Tick the box to confirm.')).toBeTruthy();
    expect(bodiesOf(fetchMock, 'DELETE /api/account')).toHaveLength(0);
    fireEvent.click(screen.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    const described = (password.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('That is not your password. Nothing was deleted.');
    expect(password.value).toBe('not-my-password');
    expect(bodiesOf(fetchMock, 'DELETE /api/account')).toEqual([{ password: 'not-my-password' }]);
  });

  it('after deleting, goes to sign-in', async () => {
    stubApi({
      'DELETE /api/account': () => json(204),
      'POST /api/auth/logout': () => json(401, { status: 401, code: 'UNAUTHENTICATED' }),
    });
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my account…' }));
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    await waitFor(() => expect(location.hash).toBe('#/signin'));
  });
});

describe('Sharing and data: other cases', () => {
  it('a clinician is told this is the patient’s screen, with no request', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderScreen(<Sharing route={{ name: 'sharing' }} />, {
      user: { ...PATIENT, role: 'clinician' },
    });
    expect(screen.getByText('Only the person taking the medicine can manage who sees their record.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('works in Spanish', async () => {
    stubApi();
    renderScreen(<Sharing route={{ name: 'sharing' }} />, { user: PATIENT, locale: 'es' });
    await screen.findByRole('button', { name: 'Invitar a mi prescriptor' });
    await screen.findByText('Puede ver: el plan y las dosis de hoy, los avisos.');
  });
});
