import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Medication, PatientPlan } from '../src/api/builder.js';
import { computeUpdate } from '../src/builder/compute.js';
import { regimenLines } from '../src/builder/patient-record.js';
import { newPlanForm } from '../src/builder/plan-input.js';
import PatientPlanScreen from '../src/screens/patient-plan.js';
import { CLINICIAN, renderScreen } from './render.js';

const ROUTE = { name: 'patient-plan', id: 'p1' } as const;

const MEDICATION: Medication = {
  id: 'm1',
  createdAt: '2026-11-01T10:00:00.000Z',
  drug: 'clonazepam',
  indication: 'panic',
  regimen: [
    { amountMg: 0.5, time: '08:00' },
    { amountMg: 1, time: '22:00' },
  ],
  startedOn: '2023-11-01',
};

const ACTIVE: PatientPlan = {
  id: 'plan0',
  title: 'clonazepam taper',
  activeVersionId: 'v2',
  latestVersion: 2,
  versions: [
    { id: 'v1', version: 1, approvalState: 'approved', approvedAt: '2026-10-01T00:00:00.000Z' },
    { id: 'v2', version: 2, approvalState: 'approved', approvedAt: '2026-11-01T00:00:00.000Z' },
  ],
};

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Handler = (init?: RequestInit) => Response | Promise<Response>;

const stubApi = (options: { plans?: PatientPlan[]; medications?: Medication[]; routes?: Record<string, Handler> } = {}) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    const handler = options.routes?.[key];
    if (handler) return handler(init);
    if (key === 'GET /api/patients/p1/medications') return json(200, { medications: options.medications ?? [MEDICATION] });
    if (key === 'GET /api/patients/p1/plans') return json(200, { plans: options.plans ?? [] });
    if (key === 'GET /api/patients/p1')
      return json(200, { patient: { id: 'p1', weightKg: null, dateOfBirth: null, region: 'US' } });
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const posts = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'POST')
    .map(([url, init]) => ({ url, body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined }));

/** The error shown for an input: the element its aria-describedby points to, marked as an error. */
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const created = () => json(201, { plan: { id: 'plan1' }, version: { id: 'v1', version: 1, approvalState: 'draft' } });
const approved = (id: string, version: number) => () => json(200, { version: { id, version, approvalState: 'approved' } });

describe('plan for a patient', () => {
  it('starts from the recorded regimen and shows the steps, the guideline cap, the model band and a comparison', async () => {
    stubApi();
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    const doses = await screen.findByRole('textbox', { name: 'Current doses, one per line' });
    expect((doses as HTMLTextAreaElement).value).toBe('0.5mg@08:00\n1mg@22:00');
    expect(screen.getByText(/Current medicine: clonazepam, 0\.5 mg at 08:00, 1 mg at 22:00/)).toBeTruthy();
    expect(screen.getByText('This patient has no plan in force yet. Approving here creates version 1.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Strategy' }) as HTMLSelectElement).value).toBe('joint-2025');
    expect(screen.getByText('Guideline cap: no faster than 25% every 14 days.')).toBeTruthy();
    expect(screen.getByText('This plan: 10% of the dose every 14 days.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Steps' }).querySelectorAll('tbody tr').length).toBeGreaterThan(3);
    expect(screen.getByRole('heading', { name: 'Modelled blood levels (a model, not a measurement)' })).toBeTruthy();
    expect(screen.getByText(/^Model of 400 virtual people taking clonazepam/)).toBeTruthy();
    const compare = screen.getByRole('table', { name: 'The two strategies side by side' });
    expect(
      within(compare).getByRole('columnheader', { name: 'This plan: Joint guideline 2025 (10% every 2 weeks)' }),
    ).toBeTruthy();
    expect(within(compare).getByRole('rowheader', { name: 'Largest cut' })).toBeTruthy();
  });

  it('the preview follows the parameters: a faster cut gives fewer steps, beyond the cap an error at the field', async () => {
    stubApi();
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    await screen.findByRole('table', { name: 'Steps' });
    const before = screen.getByRole('table', { name: 'Steps' }).querySelectorAll('tbody tr').length;
    const cut = screen.getByRole('textbox', { name: 'Cut per step (%)' });
    fireEvent.change(cut, { target: { value: '20' } });
    expect(screen.getByRole('table', { name: 'Steps' }).querySelectorAll('tbody tr').length).toBeLessThan(before);
    fireEvent.change(cut, { target: { value: '80' } });
    expect(errorOf(cut)).toMatch(/^This cut is outside what the strategy allows\./);
    expect(screen.queryByRole('table', { name: 'Steps' })).toBeNull();
    // The guideline's cap stays in view while the cut is refused.
    expect(screen.getByText('Guideline cap: no faster than 25% every 14 days.')).toBeTruthy();
  });

  it('approving a first plan posts version 1 with the planner’s choices, approves it and says so', async () => {
    const fetchMock = stubApi({
      routes: {
        'POST /api/patients/p1/plans': created,
        'POST /api/patients/p1/plans/plan1/versions/v1/approve': approved('v1', 1),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), {
      target: { value: 'Agreed at the review.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByText('Version 1 approved');
    const link = screen.getAllByRole('link', { name: 'Back to the patient' });
    expect(link.at(-1)?.getAttribute('href')).toBe('#/patients/p1');
    const [create, approve] = posts(fetchMock);
    expect(create?.url).toBe('/api/patients/p1/plans');
    expect(create?.body).toMatchObject({
      drug: 'clonazepam',
      doses: ['0.5mg@08:00', '1mg@22:00'],
      strategy: 'joint-2025',
      reason: 'Agreed at the review.',
      forms: { tablets: true, odt: true, market: 'US' },
    });
    expect(create?.body?.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(approve?.url).toBe('/api/patients/p1/plans/plan1/versions/v1/approve');
  });

  it('with a plan in force, adds the next version to it instead of a new plan', async () => {
    const fetchMock = stubApi({
      plans: [ACTIVE],
      routes: {
        'POST /api/patients/p1/plans/plan0/versions': () =>
          json(201, { version: { id: 'v3', version: 3, approvalState: 'draft' } }),
        'POST /api/patients/p1/plans/plan0/versions/v3/approve': approved('v3', 3),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    await screen.findByText(/already has a plan in force \(version 2\)\. Approving here adds version 3/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Slower now.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByText('Version 3 approved');
    expect(posts(fetchMock).map((p) => p.url)).toEqual([
      '/api/patients/p1/plans/plan0/versions',
      '/api/patients/p1/plans/plan0/versions/v3/approve',
    ]);
  });

  it('shows the server’s field error next to that field and keeps what was typed', async () => {
    stubApi({
      routes: {
        'POST /api/patients/p1/plans': () =>
          json(422, {
            status: 422,
            code: 'RATE_ABOVE_GUIDELINE_CAP',
            detail: 'Faster than the guideline’s cap.',
            errors: [{ field: 'cutPercent', message: 'Faster than the guideline’s cap of 25% every 2 weeks.' }],
          }),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    const reason = await screen.findByRole('textbox', { name: 'Reason for this plan' });
    fireEvent.change(reason, { target: { value: 'My reason' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    const cut = screen.getByRole('textbox', { name: 'Cut per step (%)' });
    await waitFor(() => expect(errorOf(cut)).toBe('Faster than the guideline’s cap of 25% every 2 weeks.'));
    expect((reason as HTMLTextAreaElement).value).toBe('My reason');
    expect(screen.queryByText(/approved$/)).toBeNull();
  });

  it('asks for the reason before calling the server', async () => {
    const fetchMock = stubApi();
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.click(await screen.findByRole('button', { name: 'Approve plan' }));
    expect(errorOf(screen.getByRole('textbox', { name: 'Reason for this plan' }))).toBe(
      'Write why this plan was chosen; it is kept with the version.',
    );
    expect(posts(fetchMock)).toEqual([]);
  });

  it('after a failed approval, trying again approves the same draft rather than making another', async () => {
    let fail = true;
    const fetchMock = stubApi({
      routes: {
        'POST /api/patients/p1/plans': created,
        'POST /api/patients/p1/plans/plan1/versions/v1/approve': () =>
          fail ? Promise.reject(new TypeError('offline')) : approved('v1', 1)(),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Agreed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Stepdown could not reach the server. Nothing was approved; please try again.',
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByText('Version 1 approved');
    expect(posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans')).toHaveLength(1);
  });

  it('after a lost answer to creating the plan, Approve again sends the same clientId: one plan, approved once', async () => {
    let creates = 0;
    const fetchMock = stubApi({
      routes: {
        // The first create reaches the server but its answer is lost; the retry gets the same plan back (200).
        'POST /api/patients/p1/plans': () =>
          ++creates === 1
            ? Promise.reject(new TypeError('connection reset'))
            : json(200, { plan: { id: 'plan1' }, version: { id: 'v1', version: 1, approvalState: 'draft' } }),
        'POST /api/patients/p1/plans/plan1/versions/v1/approve': approved('v1', 1),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Agreed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByText('Version 1 approved');
    const creations = posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans');
    expect(creations).toHaveLength(2);
    expect(String(creations[0]?.body?.clientId).length).toBeGreaterThanOrEqual(8);
    expect(creations[1]?.body?.clientId).toBe(creations[0]?.body?.clientId);
    expect(posts(fetchMock).filter((p) => p.url.endsWith('/approve'))).toHaveLength(1);

    // A new approval (changed reason) is a new plan: a new clientId.
    fireEvent.change(screen.getByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Again.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await waitFor(() => expect(posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans')).toHaveLength(3));
    const third = posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans')[2];
    expect(third?.body?.clientId).not.toBe(creations[0]?.body?.clientId);
  });

  it('a retried creation whose version is already approved is not approved twice', async () => {
    const fetchMock = stubApi({
      routes: {
        'POST /api/patients/p1/plans': () =>
          json(200, { plan: { id: 'plan1' }, version: { id: 'v1', version: 1, approvalState: 'approved' } }),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Agreed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByText('Version 1 approved');
    expect(posts(fetchMock).map((p) => p.url)).toEqual(['/api/patients/p1/plans']);
  });

  it('with a plan in force, a lost answer to the new version: Approve again sends the same clientId, one draft', async () => {
    let adds = 0;
    const fetchMock = stubApi({
      plans: [ACTIVE],
      routes: {
        // The first post reaches the server but its answer is lost; the retry gets the same draft back (200).
        'POST /api/patients/p1/plans/plan0/versions': () =>
          ++adds === 1
            ? Promise.reject(new TypeError('connection reset'))
            : json(200, { version: { id: 'v3', version: 3, approvalState: 'draft' } }),
        'POST /api/patients/p1/plans/plan0/versions/v3/approve': approved('v3', 3),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Slower.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByText('Version 3 approved');
    const proposals = posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans/plan0/versions');
    expect(proposals).toHaveLength(2);
    expect(String(proposals[0]?.body?.clientId).length).toBeGreaterThanOrEqual(8);
    expect(proposals[1]?.body?.clientId).toBe(proposals[0]?.body?.clientId);
    expect(proposals[0]?.body).toMatchObject({ drug: 'clonazepam', reason: 'Slower.' });
    expect(posts(fetchMock).filter((p) => p.url.endsWith('/approve'))).toHaveLength(1);
  });

  it('a lost answer to the approval: the retry’s 409 is read back as approved and shown as success', async () => {
    let approvals = 0;
    const fetchMock = stubApi({
      routes: {
        'POST /api/patients/p1/plans': created,
        // The first approval is stored but its answer is lost; the retry finds the version already decided.
        'POST /api/patients/p1/plans/plan1/versions/v1/approve': () =>
          ++approvals === 1
            ? Promise.reject(new TypeError('connection reset'))
            : json(409, {
                status: 409,
                code: 'PLAN_VERSION_DECIDED',
                detail: 'This version was already approved.',
                errors: [{ field: 'versionId', message: 'This version was already approved.' }],
              }),
        'GET /api/patients/p1/plans/plan1/versions': () =>
          json(200, { plan: { id: 'plan1' }, versions: [{ id: 'v1', version: 1, approvalState: 'approved' }] }),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Agreed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    // The status region may exist before its text arrives: wait for the words, not the element.
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Version 1 approved'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans')).toHaveLength(1);
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/patients/p1/plans/plan1/versions')).toBe(true);
  });

  it('a version someone rejected meanwhile is said plainly, not shown as approved; Approve again proposes anew', async () => {
    const fetchMock = stubApi({
      plans: [ACTIVE],
      routes: {
        'POST /api/patients/p1/plans/plan0/versions': () =>
          json(201, { version: { id: 'v3', version: 3, approvalState: 'draft' } }),
        'POST /api/patients/p1/plans/plan0/versions/v3/approve': () =>
          json(409, { status: 409, code: 'PLAN_VERSION_DECIDED', detail: 'This version was already rejected.' }),
        'GET /api/patients/p1/plans/plan0/versions': () =>
          json(200, { plan: { id: 'plan0' }, versions: [{ id: 'v3', version: 3, approvalState: 'rejected' }] }),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Slower.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await screen.findByText(/Version 3 was rejected, not approved: nothing changed for the patient\./);
    expect(screen.queryByText('Version 3 approved')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    await waitFor(() =>
      expect(posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans/plan0/versions')).toHaveLength(2),
    );
    const [first, second] = posts(fetchMock).filter((p) => p.url === '/api/patients/p1/plans/plan0/versions');
    expect(second?.body?.clientId).not.toBe(first?.body?.clientId);
  });

  it('a 409 whose version is still a draft stays an error', async () => {
    stubApi({
      routes: {
        'POST /api/patients/p1/plans': created,
        'POST /api/patients/p1/plans/plan1/versions/v1/approve': () =>
          json(409, { status: 409, code: 'PLAN_VERSION_DECIDED', detail: 'This version was decided meanwhile.' }),
        'GET /api/patients/p1/plans/plan1/versions': () =>
          json(200, { plan: { id: 'plan1' }, versions: [{ id: 'v1', version: 1, approvalState: 'draft' }] }),
      },
    });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason for this plan' }), { target: { value: 'Agreed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Not approved: /);
    expect(screen.queryByText('Version 1 approved')).toBeNull();
  });

  it('imports another benzodiazepine as a clonazepam equivalent with its range across tables', async () => {
    stubApi({ medications: [] });
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: CLINICIAN });
    await screen.findByText(/No current medicine is recorded/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Medicine taken now' }), { target: { value: 'alprazolam' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Dose per day' }), { target: { value: '2mg' } });
    expect(screen.getByText('2 mg a day of alprazolam is about 2 mg a day of clonazepam.')).toBeTruthy();
    expect(screen.getByText(/^Range across the equivalence tables: [\d.]+ to [\d.]+ mg a day of clonazepam\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the plan from 2 mg a day of clonazepam' }));
    expect((screen.getByRole('textbox', { name: 'Current doses, one per line' }) as HTMLTextAreaElement).value).toBe('2mg daily');
    expect(screen.getByRole('table', { name: 'Steps' })).toBeTruthy();
  });

  it('is for clinicians only, and says so in Spanish too', () => {
    stubApi();
    renderScreen(<PatientPlanScreen route={ROUTE} />, { user: { ...CLINICIAN, role: 'patient' }, locale: 'es' });
    expect(screen.getByText(/corresponde a su profesional sanitario/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('builder computation', () => {
  it('one update gives the plan, the chart data and a band over the whole plan', () => {
    const update = computeUpdate(newPlanForm({ doses: '1mg@08:00\n1mg@22:00', start: '2026-12-01' }));
    if (!update.outcome.ok) throw new Error(update.outcome.error.message);
    expect(update.chart?.data[0].at(-1)).toBe(update.outcome.plan.totalDays);
    expect(update.band?.days.at(-1)).toBe(update.outcome.plan.totalDays);
    const first = update.band?.p50[0] ?? 0;
    expect(first).toBeGreaterThan(0);
    expect(update.band?.p5[0] ?? 0).toBeLessThan(first);
  });

  it('writes a recorded regimen as dose lines', () => {
    expect(regimenLines(MEDICATION)).toBe('0.5mg@08:00\n1mg@22:00');
    expect(regimenLines({ ...MEDICATION, regimen: [{ amountMg: 0.5 }, { amountMg: 0.5 }] })).toBe('0.5mg bid');
  });
});
