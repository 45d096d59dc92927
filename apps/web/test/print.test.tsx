import { type IsoDate, parseRegimen, planTaper, type TaperPlan, withMilligrams } from '@stepdown/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import type { PlanSummary } from '../src/api/clinician.js';
import { toTaperPlan } from '../src/clinician/taper-plan.js';
import Print from '../src/screens/print.js';
import { CLINICIAN, renderScreen } from './render.js';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const makePlan = (doses: string[], extra: Record<string, unknown> = {}): TaperPlan => {
  const regimen = parseRegimen(doses);
  if (!regimen.ok) throw new Error(regimen.error.message);
  const plan = planTaper({ drug: 'clonazepam', regimen: regimen.value, start: '2026-10-25' as IsoDate, ...extra });
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
};

const PLAN = makePlan(['0.5mg@08:00', '1mg@22:00']);

const PLANS: PlanSummary[] = [
  {
    id: 'plan1',
    createdAt: '2026-10-20T10:00:00.000Z',
    patientId: 'p1',
    title: 'clonazepam taper',
    activeVersionId: 'v2',
    latestVersion: 3,
    versions: [
      {
        id: 'v1',
        createdAt: '2026-10-20T10:00:00.000Z',
        planId: 'plan1',
        version: 1,
        authorUserId: 'u1',
        reason: 'First',
        approvalState: 'approved',
        approvedBy: 'u1',
        approvedAt: '2026-10-20T11:00:00.000Z',
      },
      {
        id: 'v2',
        createdAt: '2026-11-20T10:00:00.000Z',
        planId: 'plan1',
        version: 2,
        authorUserId: 'u1',
        reason: 'Hold',
        approvalState: 'approved',
        approvedBy: 'u1',
        approvedAt: '2026-11-20T11:00:00.000Z',
      },
      {
        id: 'v3',
        createdAt: '2026-12-01T10:00:00.000Z',
        planId: 'plan1',
        version: 3,
        authorUserId: 'u1',
        reason: 'Draft',
        approvalState: 'draft',
        approvedBy: null,
        approvedAt: null,
      },
    ],
  },
];

/** The server sends versions with every dose in mg (core's withMilligrams). */
const stubApi = (plan: TaperPlan = PLAN, plans: PlanSummary[] = PLANS) => {
  const fetchMock = vi.fn(async (url: string) => {
    if (url === '/api/auth/me') return json(200, { user: {}, patientId: 'p7' });
    if (url === '/api/patients/p1')
      return json(200, { patient: { id: 'p1', displayName: 'Alex', timeZone: 'Europe/London', region: 'GB' }, access: {} });
    if (/^\/api\/patients\/p[17]\/plans$/.test(url)) return json(200, { plans });
    if (/^\/api\/patients\/p[17]\/plans\/plan1\/versions$/.test(url))
      return json(200, {
        versions: plans[0]?.versions.map((v) => ({
          ...v,
          plan: withMilligrams(v.id === 'v2' ? plan : makePlan(['2mg@08:00'])),
          input: {},
        })),
      });
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.getElementById('print-page-size')?.remove();
});

describe('toTaperPlan', () => {
  it('turns the API’s mg back into core’s integer micrograms exactly', () => {
    expect(toTaperPlan(JSON.parse(JSON.stringify(withMilligrams(PLAN))))).toEqual(PLAN);
  });
});

describe('Print: the patient schedule', () => {
  it('shows the version in force: safety first, each step’s dates, doses by time and the tablets', async () => {
    const fetchMock = stubApi();
    renderScreen(<Print route={{ name: 'print', id: 'p1', sheet: 'schedule' }} />, { user: CLINICIAN });
    expect(screen.getByRole('heading', { level: 1, name: 'Taper schedule' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Doses for each step of the plan' });
    expect(screen.getByText(/^For: Alex · Prepared on .* · Plan version 2, approved/)).toBeTruthy();
    // The name comes from the record itself: the roster would log a read of every patient on it.
    expect(fetchMock.mock.calls.some(([url]) => url.startsWith('/api/roster'))).toBe(false);
    expect(screen.getByRole('heading', { name: 'Safety: please read first' })).toBeTruthy();
    expect(screen.getByText(/^Do not stop suddenly/)).toBeTruthy();
    const firstStep = within(table).getByRole('rowheader', { name: /^Step 1(?!\d)/ });
    const rows = Array.from(firstStep.closest('tbody')?.querySelectorAll('tr') ?? []);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Oct 25, 2026 to');
    expect(rows[0]?.textContent).toContain('08:00');
    expect(rows[0]?.textContent).toContain('0.5 mg clonazepam');
    expect(rows[0]?.textContent).toContain('1 × 0.5 mg tablet');
    expect(rows[1]?.textContent).toContain('22:00');
    expect(rows[1]?.textContent).toContain('1 mg clonazepam');
    expect(within(table).getAllByRole('rowgroup').length).toBe(PLAN.steps.length + 1);
    expect(screen.getByText(/^From Oct 25, 2026 to .*: \d+ steps over \d+ days\./)).toBeTruthy();
  });

  it('prints with the chosen paper size in an @page rule', async () => {
    stubApi();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderScreen(<Print route={{ name: 'print', id: 'p1', sheet: 'schedule' }} />, { user: CLINICIAN });
    await screen.findByRole('table', { name: 'Doses for each step of the plan' });
    fireEvent.change(screen.getByLabelText('Paper size'), { target: { value: 'letter' } });
    await waitFor(() => expect(document.getElementById('print-page-size')?.textContent).toContain('size: letter'));
    fireEvent.change(screen.getByLabelText('Paper size'), { target: { value: 'a4' } });
    await waitFor(() => expect(document.getElementById('print-page-size')?.textContent).toContain('size: A4'));
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Print' }).closest('.no-print')).toBeTruthy();
  });

  it('a patient sees their own record’s schedule, whatever the address says', async () => {
    const fetchMock = stubApi();
    const patient: User = { id: 'u7', email: 'alex@example.org', displayName: 'Alex P', role: 'patient', locale: 'en' };
    renderScreen(<Print route={{ name: 'print', id: 'someone-else', sheet: 'schedule' }} />, { user: patient });
    await screen.findByRole('table', { name: 'Doses for each step of the plan' });
    expect(screen.getByText(/^For: Alex P · /)).toBeTruthy();
    expect(fetchMock.mock.calls.map(([u]) => u)).toContain('/api/patients/p7/plans');
    expect(fetchMock.mock.calls.some(([u]) => String(u).includes('someone-else'))).toBe(false);
    expect(screen.getByRole('link', { name: 'Back to Today' })).toBeTruthy();
  });

  it('says so when nothing is approved yet', async () => {
    stubApi(PLAN, [{ ...(PLANS[0] as PlanSummary), activeVersionId: null }]);
    renderScreen(<Print route={{ name: 'print', id: 'p1', sheet: 'schedule' }} />, { user: CLINICIAN });
    await screen.findByText(/^No plan has been approved yet, so there is nothing to print\./);
  });

  it('works in Spanish', async () => {
    stubApi();
    renderScreen(<Print route={{ name: 'print', id: 'p1', sheet: 'schedule' }} />, { user: CLINICIAN, locale: 'es' });
    const table = await screen.findByRole('table', { name: 'Dosis de cada paso del plan' });
    expect(within(table).getAllByText('0,5 mg de clonazepam').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Imprimir' })).toBeTruthy();
  });
});

describe('Print: the pharmacy sheet', () => {
  it('lists the quantity of each product per fill and for the whole plan, and the fill length can change', async () => {
    stubApi();
    renderScreen(<Print route={{ name: 'print', id: 'p1', sheet: 'pharmacy' }} />, { user: CLINICIAN });
    expect(screen.getByRole('heading', { level: 1, name: 'Pharmacy sheet' })).toBeTruthy();
    const first = await screen.findByRole('heading', { name: /^Fill 1: Oct 25, 2026 to Nov 21, 2026 \(28 days\)$/ });
    const table = within(first.closest('.fill-period') as HTMLElement).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Dispense' })).toBeTruthy();
    expect(within(table).getAllByRole('rowheader')[0]?.textContent).toMatch(/^clonazepam [\d.]+ mg tablet$/);
    expect(within(table).getAllByText(/^\d+ tablets$/).length).toBeGreaterThan(0);
    const total = screen.getByRole('heading', { name: 'Total for the whole plan' });
    expect(within(total.closest('.fill-period') as HTMLElement).getAllByText(/^\d+ tablets$/).length).toBeGreaterThan(0);
    const fills = screen.getAllByRole('heading', { name: /^Fill \d+:/ }).length;
    fireEvent.change(screen.getByLabelText('Days per fill'), { target: { value: '14' } });
    await screen.findByRole('heading', { name: /^Fill 1: Oct 25, 2026 to Nov 7, 2026 \(14 days\)$/ });
    expect(screen.getAllByRole('heading', { name: /^Fill \d+:/ }).length).toBeGreaterThan(fills);
    expect(screen.getByRole('link', { name: 'Patient schedule' }).getAttribute('href')).toBe('#/print/p1/schedule');
  });
});
