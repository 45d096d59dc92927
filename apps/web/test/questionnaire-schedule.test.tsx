import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuestionnaireSchedule } from '../src/api/questionnaire-schedule.js';
import Patient from '../src/screens/patient.js';
import { CLINICIAN, renderScreen } from './render.js';

const ROUTE = { name: 'patient', id: 'p1' } as const;

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

type Put = (body: QuestionnaireSchedule) => Response;

/** The patient record with its schedule, empty lists for the other sections, and the PUT. */
const stubApi = (schedule: QuestionnaireSchedule | null, put: Put = (body) => json(200, { questionnaireSchedule: body })) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const path = url.split('?')[0];
    if (path === '/api/patients/p1')
      return json(200, {
        patient: {
          id: 'p1',
          displayName: 'Sam Rivera',
          timeZone: 'Europe/London',
          region: 'UK',
          questionnaireSchedule: schedule,
        },
        access: { relation: 'clinician' },
      });
    if (path === '/api/patients/p1/questionnaire-schedule' && init?.method === 'PUT')
      return put(JSON.parse(String(init.body)) as QuestionnaireSchedule);
    const lists: Record<string, object> = {
      '/api/patients/p1/alerts': { alerts: [] },
      '/api/patients/p1/suggestions': { suggestions: [] },
      '/api/patients/p1/plans': { plans: [] },
      '/api/patients/p1/dose-logs': { doseLogs: [] },
      '/api/patients/p1/check-ins': { checkIns: [] },
      '/api/patients/p1/questionnaire-responses': { responses: [] },
    };
    const list = path === undefined ? undefined : lists[path];
    return list ? json(200, list) : json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const puts = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT').map(([, init]) => JSON.parse(String(init?.body)) as unknown);

const section = async () =>
  (await screen.findByRole('heading', { name: 'Questionnaire schedule' })).closest('section') as HTMLElement;

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** The texts an input's aria-describedby points at (its hint and its error). */
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('questionnaire schedule (clinician)', () => {
  it('shows the standard schedule until one is set, and saves the one the clinician types', async () => {
    const fetchMock = stubApi(null);
    renderScreen(<Patient route={ROUTE} />, { user: CLINICIAN });
    const box = await section();
    await within(box).findByText(/^Not set yet: the standard schedule is shown/);
    expect([input('BWSQ every … days'), input('PHQ-9 every … days'), input('GAD-7 every … days')].map((i) => i.value)).toEqual([
      '7',
      '14',
      '14',
    ]);
    expect(describedBy(input('GAD-7 every … days'))).toContain('Anxiety. Whole days from 0 to 90; 0 = not asked.');
    fireEvent.change(input('PHQ-9 every … days'), { target: { value: '7' } });
    fireEvent.change(input('GAD-7 every … days'), { target: { value: '0' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Save schedule' }));
    await within(box).findByText('Schedule saved. The patient’s Check-in now follows it.');
    expect(within(box).getByRole('status').textContent).toBe('Schedule saved. The patient’s Check-in now follows it.');
    expect(puts(fetchMock)).toEqual([{ bwsqDays: 7, phq9Days: 7, gad7Days: 0 }]);
    expect(within(box).queryByText(/^Not set yet/)).toBeNull();
  });

  it('shows the schedule the care team set', async () => {
    stubApi({ bwsqDays: 10, phq9Days: 28, gad7Days: 0 });
    renderScreen(<Patient route={ROUTE} />, { user: CLINICIAN });
    const box = await section();
    await waitFor(() => expect(input('BWSQ every … days').value).toBe('10'));
    expect(input('PHQ-9 every … days').value).toBe('28');
    expect(input('GAD-7 every … days').value).toBe('0');
    expect(within(box).queryByText(/^Not set yet/)).toBeNull();
  });

  it('marks a value that is not 0–90 whole days next to its field, sends nothing, and keeps what was typed', async () => {
    const fetchMock = stubApi(null);
    renderScreen(<Patient route={ROUTE} />, { user: CLINICIAN });
    const box = await section();
    await waitFor(() => expect(input('BWSQ every … days').value).toBe('7'));
    fireEvent.change(input('BWSQ every … days'), { target: { value: '120' } });
    fireEvent.change(input('GAD-7 every … days'), { target: { value: 'two' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Save schedule' }));
    const bwsq = input('BWSQ every … days');
    expect(bwsq.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(bwsq)).toContain('Enter a whole number of days from 0 to 90.');
    expect(input('GAD-7 every … days').getAttribute('aria-invalid')).toBe('true');
    expect(input('PHQ-9 every … days').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(bwsq);
    expect([bwsq.value, input('GAD-7 every … days').value]).toEqual(['120', 'two']);
    expect(puts(fetchMock)).toEqual([]);
  });

  it('shows the field the server refused next to that input, in plain words, keeping every value', async () => {
    stubApi(null, () =>
      json(400, {
        status: 400,
        code: 'VALIDATION',
        detail: 'The request does not match the expected shape.',
        errors: [{ field: 'phq9Days', message: 'must be <= 90' }],
      }),
    );
    renderScreen(<Patient route={ROUTE} />, { user: CLINICIAN });
    const box = await section();
    await waitFor(() => expect(input('PHQ-9 every … days').value).toBe('14'));
    fireEvent.change(input('PHQ-9 every … days'), { target: { value: '30' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(input('PHQ-9 every … days').getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(input('PHQ-9 every … days'))).toContain('Enter a whole number of days from 0 to 90.');
    expect(input('PHQ-9 every … days').value).toBe('30');
    expect(within(box).getByRole('status').textContent).toBe('');
  });

  it('a refusal that names no field is said below the form', async () => {
    stubApi(null, () =>
      json(403, {
        status: 403,
        code: 'SCHEDULE_NEEDS_CLINICIAN',
        detail: 'Only the patient’s clinician or clinic can set the questionnaire schedule.',
      }),
    );
    renderScreen(<Patient route={ROUTE} />, { user: CLINICIAN });
    const box = await section();
    await waitFor(() => expect(input('BWSQ every … days').value).toBe('7'));
    fireEvent.click(within(box).getByRole('button', { name: 'Save schedule' }));
    expect((await within(box).findByRole('alert')).textContent).toBe(
      'Not saved: Only the patient’s clinician or clinic can set the questionnaire schedule.',
    );
  });

  it('works in Spanish', async () => {
    stubApi(null);
    renderScreen(<Patient route={ROUTE} />, { user: CLINICIAN, locale: 'es' });
    await screen.findByRole('heading', { name: 'Calendario de cuestionarios' });
    await waitFor(() => expect(input('PHQ-9 cada … días').value).toBe('14'));
    expect(screen.getByRole('button', { name: 'Guardar calendario' })).toBeTruthy();
  });
});
