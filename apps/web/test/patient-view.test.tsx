import { type IsoDate, parseRegimen, planTaper, withMilligrams } from '@stepdown/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alert, DoseLog, Entry, PlanSummary, Suggestion, VersionSummary } from '../src/api/clinician.js';
import { trendData } from '../src/clinician/trend-chart.js';
import Patient from '../src/screens/patient.js';
import { CLINICIAN, renderScreen } from './render.js';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

const ALERTS: Alert[] = [
  {
    id: 'a1',
    createdAt: '2026-12-01T09:00:00.000Z',
    patientId: 'p1',
    kind: 'missed-doses',
    urgency: 'routine',
    title: 'Missed doses',
    body: 'Two doses were missed this week.',
    action: null,
    audience: 'clinician',
    acknowledgedBy: null,
    acknowledgedAt: null,
  },
  {
    id: 'a2',
    createdAt: '2026-12-05T21:00:00.000Z',
    patientId: 'p1',
    kind: 'patient-asked-for-pause',
    urgency: 'urgent',
    title: 'The patient asked to pause (hold) the taper',
    body: 'Withdrawal is hard this week.',
    action: 'Review the hold request.',
    audience: 'clinician',
    acknowledgedBy: null,
    acknowledgedAt: null,
  },
];

const HOLD: Suggestion = {
  id: 's1',
  createdAt: '2026-12-05T21:00:00.000Z',
  patientId: 'p1',
  planId: 'plan1',
  kind: 'hold',
  reason: 'Withdrawal is hard this week.',
  source: 'patient-request',
  state: 'suggested',
  decidedBy: null,
  decidedAt: null,
  requestedByPatient: true,
};

const version = (n: number, state: VersionSummary['approvalState'], over: Partial<VersionSummary> = {}): VersionSummary => ({
  id: `v${n}`,
  createdAt: `2026-10-0${n}T10:00:00.000Z`,
  planId: 'plan1',
  version: n,
  authorUserId: 'u1',
  reason: `Reason ${n}`,
  approvalState: state,
  approvedBy: state === 'draft' ? null : 'u1',
  approvedAt: state === 'draft' ? null : `2026-10-0${n}T11:00:00.000Z`,
  ...over,
});

const plans = (versions: VersionSummary[], active: string): PlanSummary[] => [
  {
    id: 'plan1',
    createdAt: '2026-10-01T10:00:00.000Z',
    patientId: 'p1',
    title: 'clonazepam taper',
    activeVersionId: active,
    latestVersion: versions.length,
    versions,
  },
];

const log = (date: string, status: DoseLog['status'], plannedTime: string | null = '08:00'): DoseLog => ({
  id: `${date}-${plannedTime}-${status}`,
  date,
  plannedTime,
  drug: 'clonazepam',
  amountMg: 0.5,
  status,
  takenAt: null,
});

const CHECK_IN: Entry = {
  id: 'c1',
  instrumentId: 'check-in',
  answers: { withdrawal: 8, anxiety: 6, sleepHours: 5.5, sleepQuality: 3, tremor: 2, dosesAsPlanned: 1 },
  total: null,
  band: null,
  flags: [],
  completedAt: '2026-12-05T20:00:00.000Z',
};
const GAD7: Entry = {
  id: 'q1',
  instrumentId: 'gad7',
  answers: {},
  total: 12,
  band: 'moderate',
  flags: [],
  completedAt: '2026-12-03T20:00:00.000Z',
};

const RECORD = { id: 'p1', displayName: 'Alex', timeZone: 'Europe/London', region: 'GB' };

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response> | undefined;

/** The record's answers; `override` answers first when it returns a response. */
const stubApi = (override: Handler = () => undefined, state = { plans: plans([version(1, 'approved')], 'v1') }) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const custom = await override(url, init);
    if (custom) return custom;
    if (url === '/api/patients/p1') return json(200, { patient: RECORD, access: { relation: 'clinician' } });
    if (url === '/api/patients/p1/alerts') return json(200, { alerts: ALERTS });
    if (url === '/api/patients/p1/suggestions?state=suggested') return json(200, { suggestions: [HOLD] });
    if (url === '/api/patients/p1/plans') return json(200, { plans: state.plans });
    if (url.startsWith('/api/patients/p1/dose-logs'))
      return json(200, {
        doseLogs: [
          log('2026-11-10', 'taken'),
          log('2026-11-30', 'missed'),
          log('2026-11-30', 'taken'), // the later entry for the same dose wins
          log('2026-12-01', 'late'),
          log('2026-12-02', 'missed'),
          log('2026-12-03', 'extra', null),
          log('2026-12-05', 'taken'),
        ],
      });
    if (url.startsWith('/api/patients/p1/check-ins')) return json(200, { checkIns: [CHECK_IN] });
    if (url.startsWith('/api/patients/p1/questionnaire-responses')) return json(200, { responses: [GAD7] });
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const bodiesTo = (fetchMock: ReturnType<typeof stubApi>, url: string) =>
  fetchMock.mock.calls.filter(([u]) => u === url).map(([, init]) => JSON.parse(String(init?.body ?? '{}')) as unknown);

const renderPatient = () => renderScreen(<Patient route={{ name: 'patient', id: 'p1' }} />, { user: CLINICIAN });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-06T12:00:00'));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Patient view: alerts', () => {
  it('shows the name, alerts newest first with severity in words, and acknowledges one', async () => {
    const fetchMock = stubApi((url) =>
      url === '/api/patients/p1/alerts/a2/acknowledge'
        ? json(200, { alert: { ...ALERTS[1], acknowledgedBy: 'u1', acknowledgedAt: '2026-12-06T12:00:00.000Z' } })
        : undefined,
    );
    renderPatient();
    await screen.findByRole('heading', { level: 1, name: 'Patient: Alex' });
    // The name comes from the record itself: the roster would log a read of every patient on it.
    expect(fetchMock.mock.calls.some(([u]) => u.startsWith('/api/roster'))).toBe(false);
    const section = (await screen.findByRole('heading', { name: 'Alerts' })).closest('section') as HTMLElement;
    await within(section).findByText('Severity: Urgent');
    const titles = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['The patient asked to pause (hold) the taper', 'Missed doses']);
    expect(within(section).getByText('Severity: Routine')).toBeTruthy();
    const [first] = within(section).getAllByRole('button', { name: 'Acknowledge' });
    fireEvent.click(first as HTMLElement);
    await within(section).findByText(/^Acknowledged/);
    expect(within(section).getAllByRole('button', { name: 'Acknowledge' })).toHaveLength(1);
    expect(within(section).getByRole('status').textContent).toBe(
      'Alert acknowledged: The patient asked to pause (hold) the taper',
    );
    expect(
      fetchMock.mock.calls.some(([u, init]) => u === '/api/patients/p1/alerts/a2/acknowledge' && init?.method === 'POST'),
    ).toBe(true);
  });
});

describe('Patient view: suggestions and the plan', () => {
  it('approving a hold request needs a reason, posts the decision and shows the new approved version', async () => {
    const state = { plans: plans([version(1, 'approved')], 'v1') };
    const fetchMock = stubApi((url) => {
      if (url !== '/api/patients/p1/suggestions/s1/decision') return undefined;
      state.plans = plans([version(1, 'approved'), version(2, 'approved', { reason: 'Withdrawal is hard — Agreed' })], 'v2');
      return json(200, {
        suggestion: { ...HOLD, state: 'approved' },
        version: { ...version(2, 'approved'), plan: {}, input: {} },
      });
    }, state);
    renderPatient();
    const card = (await screen.findByRole('heading', { name: 'The patient asks to hold the taper' })).closest(
      'li',
    ) as HTMLElement;
    expect(card.textContent).toContain('Asked for by the patient');
    expect(card.textContent).toContain('Why: Withdrawal is hard this week.');
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }));
    const reason = within(card).getByLabelText('Your reason');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(card.textContent).toContain('Please write a short reason for your decision.');
    expect(bodiesTo(fetchMock, '/api/patients/p1/suggestions/s1/decision')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Agreed at the phone review.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }));
    await screen.findByText('Approved. Version 2 of the plan is now in force.');
    expect(bodiesTo(fetchMock, '/api/patients/p1/suggestions/s1/decision')).toEqual([
      { decision: 'approve', reason: 'Agreed at the phone review.' },
    ]);
    expect(screen.getByText('Nothing is waiting for a decision.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Suggestions and hold requests');
    await screen.findByText(/^In force: version 2, approved/);
    const table = screen.getByRole('table', { name: 'Versions of “clonazepam taper”' });
    const row = within(table).getByRole('rowheader', { name: 'Version 2' }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Approved');
    expect(row.textContent).toContain('(in force)');
  });

  it('an edit sends the changed parameters; a problem is shown at the field it names, keeping what was typed', async () => {
    let fail = true;
    const fetchMock = stubApi((url) => {
      if (url !== '/api/patients/p1/suggestions/s1/decision') return undefined;
      if (fail)
        return problem(422, {
          status: 422,
          code: 'VALIDATION',
          detail: 'The reason is too long.',
          errors: [{ field: 'reason', message: 'Keep the reason under 1000 characters.' }],
        });
      return json(200, { suggestion: { ...HOLD, state: 'edited' }, version: { ...version(2, 'approved'), plan: {}, input: {} } });
    });
    renderPatient();
    const card = (await screen.findByRole('heading', { name: 'The patient asks to hold the taper' })).closest(
      'li',
    ) as HTMLElement;
    fireEvent.change(within(card).getByLabelText('Your reason'), { target: { value: 'Three weeks instead.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    const days = within(card).getByLabelText('Hold for (days)');
    fireEvent.change(days, { target: { value: '400' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Approve with these changes' }));
    expect(card.textContent).toContain('Enter a whole number of days from 1 to 365.');
    expect(bodiesTo(fetchMock, '/api/patients/p1/suggestions/s1/decision')).toHaveLength(0);

    fireEvent.change(days, { target: { value: '21' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Approve with these changes' }));
    const reason = within(card).getByLabelText('Your reason') as HTMLTextAreaElement;
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    const described = (reason.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Keep the reason under 1000 characters.');
    expect(within(card).getByRole('alert').textContent).toBe('Not saved: The reason is too long.');
    expect(reason.value).toBe('Three weeks instead.');
    expect((within(card).getByLabelText('Hold for (days)') as HTMLInputElement).value).toBe('21');

    fail = false;
    fireEvent.click(within(card).getByRole('button', { name: 'Approve with these changes' }));
    await screen.findByText('Approved with your changes. Version 2 of the plan is now in force.');
    expect(bodiesTo(fetchMock, '/api/patients/p1/suggestions/s1/decision').at(-1)).toEqual({
      decision: 'edit',
      reason: 'Three weeks instead.',
      edit: { holdDays: 21 },
    });
  });

  it('approves a draft version and links to the plan builder and the print sheets', async () => {
    const state = { plans: plans([version(1, 'approved'), version(2, 'draft')], 'v1') };
    const fetchMock = stubApi((url) => {
      if (url !== '/api/patients/p1/plans/plan1/versions/v2/approve') return undefined;
      state.plans = plans([version(1, 'approved'), version(2, 'approved')], 'v2');
      return json(200, { version: { ...version(2, 'approved'), plan: {}, input: {} } });
    }, state);
    renderPatient();
    fireEvent.click(await screen.findByRole('button', { name: 'Approve version 2' }));
    await screen.findByText('Version 2 approved: it is now in force.');
    await screen.findByText(/^In force: version 2/);
    expect(screen.queryByRole('button', { name: 'Approve version 2' })).toBeNull();
    expect(fetchMock.mock.calls.some(([u, init]) => u.endsWith('/versions/v2/approve') && init?.method === 'POST')).toBe(true);
    expect(screen.getByRole('link', { name: 'Build a plan' }).getAttribute('href')).toBe('#/patients/p1/plan');
    expect(screen.getByRole('link', { name: 'Patient schedule (printable)' }).getAttribute('href')).toBe('#/print/p1/schedule');
    expect(screen.getByRole('link', { name: 'Pharmacy sheet (printable)' }).getAttribute('href')).toBe('#/print/p1/pharmacy');
  });
});

describe('Patient view: doses and check-ins', () => {
  it('counts the dose log over 14 and 28 days and shows check-ins and questionnaire scores', async () => {
    const fetchMock = stubApi();
    renderPatient();
    const table = await screen.findByRole('table', { name: 'Logged doses by status' });
    const cells = (name: string) =>
      Array.from(within(table).getByRole('rowheader', { name }).closest('tr')?.querySelectorAll('td') ?? []).map(
        (td) => td.textContent,
      );
    // 14 days (Nov 23 – Dec 6): taken Nov 30 (missed then taken) and Dec 5, late Dec 1, missed Dec 2, extra Dec 3.
    expect(cells('Last 14 days')).toEqual(['2', '1', '1', '1']);
    expect(cells('Last 28 days')).toEqual(['3', '1', '1', '1']);
    expect(fetchMock.mock.calls.some(([u]) => u === '/api/patients/p1/dose-logs?from=2026-11-09&to=2026-12-06')).toBe(true);

    const checkIns = screen.getByRole('table', { name: 'Daily check-ins, newest first' });
    const row = within(checkIns).getAllByRole('row')[1] as HTMLElement;
    expect(Array.from(row.querySelectorAll('td')).map((td) => td.textContent)).toEqual([
      '8',
      '6',
      '5.5',
      '3',
      'Noticeable',
      'Yes',
    ]);
    const scores = screen.getByRole('table', { name: 'Questionnaire scores, newest first' });
    expect(within(scores).getByText('GAD-7')).toBeTruthy();
    expect(within(scores).getByText('12')).toBeTruthy();
    expect(within(scores).getByText('Moderate')).toBeTruthy();
  });
});

describe('Patient view: the patient’s own day', () => {
  it('counts the windows in the patient’s time zone, not the browser’s', async () => {
    // Noon in London is already 01:00 the next day in Auckland (UTC+13 in December).
    vi.setSystemTime(new Date('2026-12-06T12:00:00Z'));
    const fetchMock = stubApi((url) =>
      url === '/api/patients/p1'
        ? json(200, { patient: { ...RECORD, timeZone: 'Pacific/Auckland' }, access: { relation: 'clinician' } })
        : undefined,
    );
    renderPatient();
    await screen.findByRole('table', { name: 'Logged doses by status' });
    const doseLogs = fetchMock.mock.calls.map(([u]) => u).filter((u) => u.startsWith('/api/patients/p1/dose-logs'));
    expect(doseLogs).toEqual(['/api/patients/p1/dose-logs?from=2026-11-10&to=2026-12-07']);
  });

  it('without a name or a readable record, still shows the record under a plain title', async () => {
    stubApi((url) => (url === '/api/patients/p1' ? json(500, { status: 500, code: 'INTERNAL', detail: 'Boom.' }) : undefined));
    renderPatient();
    await screen.findByRole('heading', { level: 1, name: 'Patient' });
    await screen.findByRole('table', { name: 'Logged doses by status' });
  });
});

describe('trendData (the check-in chart)', () => {
  it('puts check-ins oldest first, one series per rating, with gaps for unanswered items', () => {
    const older: Entry = { ...CHECK_IN, id: 'c0', answers: { withdrawal: 4 }, completedAt: '2026-12-04T20:00:00.000Z' };
    const [x, withdrawal, anxiety, sleepQuality] = trendData([CHECK_IN, older]);
    expect(x).toEqual([Date.parse(older.completedAt) / 1000, Date.parse(CHECK_IN.completedAt) / 1000]);
    expect(withdrawal).toEqual([4, 8]);
    expect(anxiety).toEqual([null, 6]);
    expect(sleepQuality).toEqual([null, 3]);
  });
});

describe('Patient view: the version in force', () => {
  it('lists its steps with the daily dose and marks today’s step in words', async () => {
    const regimen = parseRegimen(['0.5mg@08:00', '1mg@22:00']);
    if (!regimen.ok) throw new Error('regimen');
    const taper = planTaper({ drug: 'clonazepam', regimen: regimen.value, start: '2026-11-29' as IsoDate });
    if (!taper.ok) throw new Error('plan');
    stubApi((url) =>
      url === '/api/patients/p1/plans/plan1/versions'
        ? json(200, { versions: [{ ...version(1, 'approved'), plan: withMilligrams(taper.value), input: {} }] })
        : undefined,
    );
    renderPatient();
    const table = await screen.findByRole('table', { name: 'Steps of the version in force' });
    const first = within(table).getByRole('rowheader', { name: 'Step 1 (today)' }).closest('tr') as HTMLElement;
    expect(first.textContent).toContain('1.5 mg clonazepam');
    expect(first.textContent).toContain('Start');
    expect(within(table).getAllByRole('row')).toHaveLength(taper.value.steps.length + 1);
    expect(screen.getByText(/^The version in force runs from Nov 29, 2026 to .* in \d+ steps\.$/)).toBeTruthy();
  });
});
