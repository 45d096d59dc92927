import { type IsoDate, parseRegimen, planTaper, type TaperPlan, withMilligrams } from '@stepdown/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import { withMicrograms } from '../src/plans/plan-reader.js';
import MyPlan from '../src/screens/my-plan.js';
import { renderScreen } from './render.js';

const PATIENT: User = { id: 'u2', email: 'alex@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };
const RECORD = { id: 'p1', userId: 'u2', timeZone: 'UTC', region: 'US', dateOfBirth: null, weightKg: 60 };

const regimen = parseRegimen(['0.5mg@08:00', '1mg@22:00']);
if (!regimen.ok) throw new Error('regimen');
const planned = planTaper({ drug: 'clonazepam', regimen: regimen.value, start: '2026-10-11' as IsoDate });
if (!planned.ok) throw new Error('plan');
const PLAN: TaperPlan = planned.value;
const TODAY = '2026-11-22';
const current = PLAN.steps.find((step) => step.start <= TODAY && TODAY <= step.end);
const next = PLAN.steps.find((step) => step.start > TODAY);

const summary = (id: string, version: number, approvalState: string) => ({
  id,
  planId: 'plan1',
  version,
  approvalState,
  approvedAt: approvalState === 'approved' ? '2026-10-10T10:00:00.000Z' : null,
  createdAt: '2026-10-09T10:00:00.000Z',
  reason: 'Start',
});

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const stubApi = (plans: object[], versions: object[] = []) => {
  const fetchMock = vi.fn(async (url: string) => {
    if (url === '/api/auth/me') return json(200, { user: PATIENT, patientId: 'p1' });
    if (url === '/api/patients/p1') return json(200, { patient: RECORD });
    if (url === '/api/patients/p1/plans') return json(200, { plans });
    if (url === '/api/patients/p1/plans/plan1/versions') return json(200, { versions });
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const approvedPlan = () =>
  stubApi(
    [
      {
        id: 'plan1',
        title: 'clonazepam taper',
        activeVersionId: 'v1',
        latestVersion: 2,
        versions: [summary('v1', 1, 'approved'), summary('v2', 2, 'draft')],
      },
    ],
    [{ ...summary('v1', 1, 'approved'), plan: withMilligrams(PLAN), input: {} }],
  );

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('My plan', () => {
  it('reads the API’s mg plan back into core’s integer micrograms exactly', () => {
    expect(withMicrograms(withMilligrams(PLAN))).toEqual(JSON.parse(JSON.stringify(PLAN)));
  });

  it('shows where I am, today’s dose and what changes next', async () => {
    approvedPlan();
    renderScreen(<MyPlan route={{ name: 'my-plan' }} />, { user: PATIENT });
    if (!current || !next) throw new Error('fixture');
    await screen.findByText(`Step ${current.index + 1} of ${PLAN.steps.length}`);
    expect(screen.getByText('Today, Sunday, November 22, 2026')).toBeTruthy();
    const total = current.dailyTotals.reduce((sum, d) => sum + d.amountUg, 0) / 1000;
    expect(screen.getByText(`Today’s dose: ${total} mg`)).toBeTruthy();
    const change = screen.getByRole('heading', { name: 'What changes next' }).parentElement;
    expect(change?.textContent).toContain(`step ${next.index + 1} begins`);
    expect(screen.getByText(/A new version of your plan is waiting/)).toBeTruthy();
  });

  it('lists every step in a table with the current one marked, and a month calendar', async () => {
    approvedPlan();
    renderScreen(<MyPlan route={{ name: 'my-plan' }} />, { user: PATIENT });
    const table = await screen.findByRole('table', { name: `The ${PLAN.steps.length} steps of your plan` });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(PLAN.steps.length + 1);
    const marked = table.querySelector('[aria-current="step"]');
    expect(marked?.textContent).toContain('now');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Step', 'Dates', 'Daily dose', 'Doses by time', 'Kind']);

    const calendar = screen.getByRole('table', { name: 'November 2026' });
    const today = calendar.querySelector('[aria-current="date"]');
    expect(today?.textContent).toContain('22');
    expect(today?.textContent).toContain('Today');
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    const december = screen.getByRole('table', { name: 'December 2026' });
    const starts = PLAN.steps.filter((step) => step.start.startsWith('2026-12'));
    for (const step of starts) expect(within(december).getByText(`Step ${step.index + 1} starts`)).toBeTruthy();
  });

  it('models the level lazily, says it is a model, and gives the numbers as a table', async () => {
    approvedPlan();
    renderScreen(<MyPlan route={{ name: 'my-plan' }} />, { user: PATIENT });
    await screen.findByText('This is a model, not a measurement of your blood level.');
    const levels = await waitFor(() => screen.getByRole('table', { name: /Modeled level on the last day of each step/ }), {
      timeout: 5000,
    });
    expect(within(levels).getAllByRole('row')).toHaveLength(PLAN.steps.length + 1);
    expect(levels.textContent).toMatch(/\d ng\/mL/);
    expect(screen.getByText(/The model uses your weight of 60 kg/)).toBeTruthy();
    expect(document.querySelector('.level-chart')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('no plan, or a draft awaiting approval: says so calmly', async () => {
    stubApi([]);
    const first = renderScreen(<MyPlan route={{ name: 'my-plan' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'No plan yet' });
    first.unmount();
    stubApi([
      { id: 'plan1', title: 'clonazepam taper', activeVersionId: null, latestVersion: 1, versions: [summary('v1', 1, 'draft')] },
    ]);
    renderScreen(<MyPlan route={{ name: 'my-plan' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your plan is waiting for approval' });
    expect(screen.getByText(/keep taking your medicine as prescribed/)).toBeTruthy();
  });

  it('re-plans from the stored input when a version holds no plan', async () => {
    stubApi(
      [
        {
          id: 'plan1',
          title: 'clonazepam taper',
          activeVersionId: 'v1',
          latestVersion: 1,
          versions: [summary('v1', 1, 'approved')],
        },
      ],
      [
        {
          ...summary('v1', 1, 'approved'),
          plan: null,
          input: { drug: 'clonazepam', doses: ['0.5mg@08:00', '1mg@22:00'], start: '2026-10-11' },
        },
      ],
    );
    renderScreen(<MyPlan route={{ name: 'my-plan' }} />, { user: PATIENT });
    await screen.findByText(`Step ${(current?.index ?? 0) + 1} of ${PLAN.steps.length}`);
  });

  it('works in Spanish', async () => {
    approvedPlan();
    renderScreen(<MyPlan route={{ name: 'my-plan' }} />, { user: PATIENT, locale: 'es' });
    await screen.findByText(`Paso ${(current?.index ?? 0) + 1} de ${PLAN.steps.length}`);
    expect(screen.getByRole('heading', { name: 'Qué cambia después' })).toBeTruthy();
  });
});
