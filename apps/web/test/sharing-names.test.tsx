import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import type { AuditEntry, CareLink } from '../src/api/sharing.js';
import { AuditSection } from '../src/sharing/audit-section.js';
import { LinksSection } from '../src/sharing/links-section.js';
import { renderScreen } from './render.js';

const PATIENT: User = { id: 'u5', email: 'sam@example.org', displayName: 'Sam', role: 'patient', locale: 'en' };

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const link = (over: Partial<CareLink>): CareLink => ({
  id: 'l1',
  createdAt: '2026-11-20T10:00:00.000Z',
  patientId: 'p1',
  linkedUserId: null,
  clinicId: null,
  kind: 'supporter',
  status: 'active',
  inviteExpiresAt: null,
  permissions: { plan: true, doses: false, checkIns: false, alerts: true },
  acceptedAt: '2026-11-21T10:00:00.000Z',
  linkedUserName: null,
  clinicName: null,
  ...over,
});

const LINKS: CareLink[] = [
  link({ id: 'l1', linkedUserId: 'u9', linkedUserName: 'Robin' }),
  link({ id: 'l2', kind: 'clinician', linkedUserId: 'u1', linkedUserName: 'Dr Lee' }),
  link({ id: 'l3', kind: 'clinic', clinicId: 'c1', clinicName: 'Riverside Clinic' }),
  link({ id: 'l4', status: 'invited', acceptedAt: null, inviteExpiresAt: '2026-12-20T10:00:00.000Z' }),
];

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 'a1',
  at: '2026-12-05T10:00:00.000Z',
  actorUserId: 'u9',
  action: 'read:plan',
  targetType: 'plan',
  outcome: 'allowed',
  detail: { relation: 'supporter' },
  actorName: null,
  ...over,
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Sharing: the names of who can see and who looked', () => {
  it('names each person or clinic next to their role, and keeps the role for an unused invitation', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/patients/p1/links' ? json(200, { links: LINKS }) : json(204, {}),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderScreen(<LinksSection patientId="p1" version={0} />, { user: PATIENT });
    const headings = (await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent);
    expect(headings).toEqual([
      'Supporter: Robin',
      'Prescriber: Dr Lee',
      'Clinic: Riverside Clinic',
      'Supporter, invited on November 20, 2026',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove access for Supporter: Robin' }));
    const robin = screen.getByRole('heading', { name: 'Supporter: Robin' }).closest('li') as HTMLElement;
    expect(within(robin).getByRole('button', { name: 'Yes, remove access' })).toBeTruthy();
  });

  it('names who looked in the access log, with the relation in words', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(200, {
          entries: [
            entry({ id: 'a1', actorName: 'Robin' }),
            entry({ id: 'a2', actorUserId: 'u1', detail: { relation: 'clinician' }, actorName: 'Dr Lee' }),
            entry({ id: 'a3', actorUserId: 'u5', detail: { relation: 'own' }, actorName: 'Sam' }),
          ],
        }),
      ),
    );
    renderScreen(<AuditSection patientId="p1" myUserId="u5" />, { user: PATIENT });
    const table = await screen.findByRole('table', { name: 'Access to your record, newest first' });
    const who = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[1]?.textContent);
    expect(who).toEqual(['Your supporter (Robin)', 'Your prescriber (Dr Lee)', 'You']);
  });
});
