import { BWSQ, DAILY_CHECK_IN, GAD7, type Instrument, PHQ9 } from '@stepdown/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry, Scored } from '../src/api/check-ins.js';
import type { User } from '../src/api/client.js';
import type { QuestionnaireSchedule } from '../src/api/questionnaire-schedule.js';
import { itemKey, optionKey } from '../src/check-in/items.js';
import { en } from '../src/i18n/en.js';
import { OUTBOX_STORAGE_KEY } from '../src/offline/outbox.js';
import CheckIn from '../src/screens/check-in.js';
import { CLINICIAN, renderScreen } from './render.js';

const PATIENT: User = { id: 'u2', email: 'alex@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };
const ROUTE = { name: 'check-in' } as const;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const entry = (over: Partial<Entry>): Entry => ({
  id: `e-${Math.random()}`,
  clientId: 'client-0001',
  instrumentId: 'check-in',
  instrumentVersion: '1',
  answers: {},
  total: null,
  band: null,
  flags: [],
  completedAt: daysAgo(1),
  ...over,
});

const CHECK_INS: Entry[] = [
  entry({ id: 'c1', completedAt: daysAgo(2), answers: { withdrawal: 4, anxiety: 5, sleepHours: 6 } }),
  entry({ id: 'c2', completedAt: daysAgo(1), answers: { withdrawal: 3, anxiety: 4, sleepHours: 6.5 } }),
];
const RESPONSES: Entry[] = [
  entry({ id: 'r1', instrumentId: 'bwsq', total: 12, completedAt: daysAgo(3) }),
  entry({ id: 'r2', instrumentId: 'gad7', total: 11, band: 'moderate', completedAt: daysAgo(20) }),
];

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Handler = (init?: RequestInit) => Response | Promise<Response>;

const stubApi = (
  handlers: {
    checkIn?: Handler;
    response?: Handler;
    checkIns?: Entry[];
    responses?: Entry[];
    /** The record's questionnaire schedule; without it GET /patients/p1 is a 404 and the defaults apply. */
    schedule?: QuestionnaireSchedule | null;
  } = {},
) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const path = url.split('?')[0];
    if (path === '/api/auth/me') return json(200, { user: PATIENT, patientId: 'p1' });
    if (path === '/api/patients/p1' && handlers.schedule !== undefined)
      return json(200, { patient: { id: 'p1', questionnaireSchedule: handlers.schedule }, access: { relation: 'own' } });
    if (path === '/api/patients/p1/check-ins')
      return init?.method === 'POST'
        ? (handlers.checkIn ?? (() => json(201, {})))(init)
        : json(200, { checkIns: handlers.checkIns ?? CHECK_INS });
    if (path === '/api/patients/p1/questionnaire-responses')
      return init?.method === 'POST'
        ? (handlers.response ?? (() => json(201, {})))(init)
        : json(200, { responses: handlers.responses ?? RESPONSES });
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const posts = (fetchMock: ReturnType<typeof stubApi>, path: string) =>
  fetchMock.mock.calls
    .filter(([url, init]) => url === path && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)) as Record<string, unknown>);

const pick = (group: string, option: string) =>
  fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }));

/** The answers of a hard day, as a person would give them. */
const fillSevereDay = async () => {
  await screen.findByRole('heading', { name: 'How are you today?' });
  pick('Withdrawal symptoms today', '10');
  pick('How anxious you felt today', '9');
  fireEvent.change(screen.getByLabelText('Hours of sleep last night'), { target: { value: '3,5' } });
  pick('How well you slept', '1');
  pick('Shaking or tremor today', 'Severe');
  pick('Did you take your doses as planned?', 'Yes');
  fireEvent.change(screen.getByLabelText('Extra doses taken today'), { target: { value: '0' } });
  pick('Did you drink alcohol or take other sedating medicines or opioids?', 'No');
  fireEvent.change(screen.getByLabelText('Anything else you want to note? (optional)'), { target: { value: 'Bad night' } });
};

const SEVERE: Scored = {
  created: true,
  score: {
    total: null,
    band: null,
    flags: [{ itemId: 'withdrawal', code: 'SEVERE_WITHDRAWAL_RATING', message: 'A strong withdrawal rating…' }],
  },
  suggestion: null,
  help: null,
  careTeamAlerted: true,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('daily check-in', () => {
  it('sends every answer with a client id, and a severe day shows the calm help message', async () => {
    const suggestion = { id: 's1', kind: 'hold', state: 'suggested', requestedByPatient: false };
    const fetchMock = stubApi({ checkIn: () => json(201, { ...SEVERE, suggestion, checkIn: {} }) });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    await fillSevereDay();
    fireEvent.click(screen.getByRole('checkbox', { name: 'A fall or a head injury' }));
    // A warning sign shows the way to help at once, before anything is sent.
    expect(screen.getByRole('alert').textContent).toContain('If it is happening now, get help now.');
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('heading', { name: 'Your check-in is saved' });
    const [body] = posts(fetchMock, '/api/patients/p1/check-ins');
    expect(body).toMatchObject({
      answers: {
        withdrawal: 10,
        anxiety: 9,
        sleepHours: 3.5,
        sleepQuality: 1,
        tremor: 3,
        dosesAsPlanned: 1,
        extraDoses: 0,
        otherSedatives: 0,
        note: 'Bad night',
      },
      redFlags: ['fall-or-head-injury'],
    });
    expect(String(body?.clientId)).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(Number.isNaN(Date.parse(String(body?.completedAt)))).toBe(false);
    expect(screen.getByText('Withdrawal rating: 10 out of 10.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'You are having a hard time' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('#/help');
    expect(screen.getByText('Your care team has been alerted and will contact you.')).toBeTruthy();
    expect(screen.getByText(/Your prescriber has also been asked whether to hold or slow the taper/)).toBeTruthy();
    expect(
      screen.getByText('A strong withdrawal rating: your care team will review whether to hold or slow the taper.'),
    ).toBeTruthy();
  });

  it('an emergency answer shows the emergency number to call', async () => {
    stubApi({
      checkIn: () =>
        json(201, {
          ...SEVERE,
          help: { urgency: 'emergency', headline: 'Call 911 now.', actions: [], emergencyNumber: '911' },
          checkIn: {},
        }),
    });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    await fillSevereDay();
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByText('Call 911 now.');
    expect(screen.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
  });

  it('a calm day says nothing needs attention and raises no alarm', async () => {
    stubApi({ checkIn: () => json(201, { created: true, score: { total: null, band: null, flags: [] }, help: null }) });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    await fillSevereDay();
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByText('Nothing in these answers needs your care team’s attention. Thank you for checking in.');
    expect(screen.queryByRole('heading', { name: 'You are having a hard time' })).toBeNull();
  });

  it('asks for the missing answers next to each question before sending anything', async () => {
    const fetchMock = stubApi();
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'How are you today?' });
    pick('Withdrawal symptoms today', '3');
    fireEvent.change(screen.getByLabelText('Hours of sleep last night'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(screen.getByRole('alert').textContent).toBe('Please answer the marked questions.');
    const sleep = screen.getByLabelText('Hours of sleep last night');
    expect(sleep.getAttribute('aria-invalid')).toBe('true');
    const described = (sleep.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Enter a number from 0 to 24.');
    const anxiety = screen.getByRole('group', { name: 'How anxious you felt today' });
    expect(within(anxiety).getByText('Please answer this question.')).toBeTruthy();
    // What was answered stays answered.
    expect(
      (
        within(screen.getByRole('group', { name: 'Withdrawal symptoms today' })).getByRole('radio', {
          name: '3',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(posts(fetchMock, '/api/patients/p1/check-ins')).toHaveLength(0);
  });

  it('a server problem keeps the answers, and the retry sends the same client id', async () => {
    let fail = true;
    const fetchMock = stubApi({
      checkIn: () =>
        fail
          ? json(422, {
              status: 422,
              code: 'ANSWER_INVALID',
              detail: 'Check-in: 11 is not an answer',
              errors: [{ field: 'answers.withdrawal', message: 'invalid' }],
            })
          : json(200, { ...SEVERE, created: false, checkIn: {} }),
    });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    await fillSevereDay();
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Not saved: Check-in: 11 is not an answer. Your answers are kept here; please try again.');
    expect((screen.getByLabelText('Hours of sleep last night') as HTMLInputElement).value).toBe('3,5');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('heading', { name: 'Your check-in is saved' });
    const [first, second] = posts(fetchMock, '/api/patients/p1/check-ins');
    expect(second?.clientId).toBe(first?.clientId);
  });

  it('offline: the check-in waits on this device and the person is told so', async () => {
    stubApi({ checkIn: () => Promise.reject(new TypeError('offline')) });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    await fillSevereDay();
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByText('Saved on this device. It will be sent when you are back online.');
    // A withdrawal rating of 10 still gets the help link at once, without claiming the care team knows yet.
    expect(screen.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('#/help');
    expect(screen.queryByText('Your care team has been alerted and will contact you.')).toBeNull();
    const outbox = JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]') as { path: string }[];
    expect(outbox.map((item) => item.path)).toEqual(['/patients/p1/check-ins']);
  });

  it('links to asking for a pause', async () => {
    stubApi();
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    const link = await screen.findByRole('link', { name: 'Need a pause? Ask your prescriber' });
    expect(link.getAttribute('href')).toBe('#/pause');
  });
});

describe('questionnaires', () => {
  it('shows which are due: BWSQ done 3 days ago is not, PHQ-9 never done and GAD-7 done 20 days ago are', async () => {
    stubApi();
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    const bwsq = (await screen.findByRole('heading', { name: 'BWSQ (withdrawal symptoms, weekly)' })).closest('li');
    expect(bwsq?.textContent).toContain('Not due yet.');
    const phq = screen.getByRole('heading', { name: 'PHQ-9 (mood)' }).closest('li');
    expect(phq?.textContent).toContain('Due now. Not done yet. Asked every 14 days.');
    expect(screen.getByRole('heading', { name: 'GAD-7 (anxiety)' }).closest('li')?.textContent).toContain('Due now.');
  });

  it('follows the care team’s schedule: PHQ-9 every 7 days is due after 8 days, and 0 hides GAD-7', async () => {
    const responses = [
      entry({ id: 'r1', instrumentId: 'bwsq', total: 12, completedAt: daysAgo(3) }),
      entry({ id: 'r3', instrumentId: 'phq9', total: 6, band: 'mild', completedAt: daysAgo(8) }),
    ];
    stubApi({ responses, schedule: { bwsqDays: 7, phq9Days: 7, gad7Days: 0 } });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    const phq = (await screen.findByRole('heading', { name: 'PHQ-9 (mood)' })).closest('li');
    expect(phq?.textContent).toContain('Due now.');
    expect(phq?.textContent).toContain('Your care team asks for this every 7 days.');
    expect(screen.getByRole('heading', { name: 'BWSQ (withdrawal symptoms, weekly)' }).closest('li')?.textContent).toContain(
      'Not due yet.',
    );
    expect(screen.queryByRole('heading', { name: 'GAD-7 (anxiety)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fill in the GAD-7 (anxiety)' })).toBeNull();
  });

  it('without a schedule the defaults apply: PHQ-9 done 8 days ago is not due yet', async () => {
    stubApi({ responses: [entry({ id: 'r3', instrumentId: 'phq9', total: 6, completedAt: daysAgo(8) })], schedule: null });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    const phq = (await screen.findByRole('heading', { name: 'PHQ-9 (mood)' })).closest('li');
    expect(phq?.textContent).toContain('Not due yet.');
    expect(phq?.textContent).toContain('Asked every 14 days.');
    expect(screen.getByRole('heading', { name: 'GAD-7 (anxiety)' })).toBeTruthy();
  });

  it('says so when the care team asks for no questionnaire at all', async () => {
    stubApi({ schedule: { bwsqDays: 0, phq9Days: 0, gad7Days: 0 } });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    await screen.findByText('Your care team is not asking you for any questionnaires at the moment.');
    expect(screen.queryByRole('button', { name: /^Fill in the/ })).toBeNull();
    // The trends still show what was done before.
    expect(screen.getByRole('table', { name: 'Questionnaire scores' })).toBeTruthy();
  });

  it('PHQ-9 item 9 above "not at all" shows the crisis link at once, and the score and band come back', async () => {
    const fetchMock = stubApi({
      response: () =>
        json(201, {
          created: true,
          score: {
            total: 19,
            band: 'moderately-severe',
            flags: [{ itemId: 'q9', code: 'SUICIDE_ITEM_POSITIVE', message: '…' }],
          },
          help: { urgency: 'urgent', headline: '', actions: [], emergencyNumber: '911' },
          careTeamAlerted: true,
          suggestion: null,
          response: {},
        }),
    });
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    fireEvent.click(await screen.findByRole('button', { name: 'Fill in the PHQ-9 (mood)' }));
    for (let i = 1; i <= 8; i++) pick(en[`checkIn.q.phq9.q${i}` as keyof typeof en], 'More than half the days');
    expect(screen.queryByRole('link', { name: 'Get help now: crisis lines and what to do' })).toBeNull();
    pick('Thoughts that you would be better off dead or of hurting yourself in some way', 'Several days');
    expect(screen.getByRole('link', { name: 'Get help now: crisis lines and what to do' }).getAttribute('href')).toBe('#/help');
    fireEvent.click(screen.getByRole('button', { name: 'Save PHQ-9 (mood)' }));
    await screen.findByText('Score: 19 out of 27. Severity: Moderately severe.');
    const [body] = posts(fetchMock, '/api/patients/p1/questionnaire-responses');
    expect(body).toMatchObject({ instrumentId: 'phq9', answers: { q1: 2, q8: 2, q9: 1 } });
    expect(screen.getByText('Get help today: contact the prescriber today, or a crisis line now.')).toBeTruthy();
    expect(screen.getByText('Your care team has been alerted and will contact you.')).toBeTruthy();
  });
});

describe('trends', () => {
  it('has a table with the same numbers as each chart', async () => {
    stubApi();
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT });
    const daily = await screen.findByRole('table', { name: 'Daily check-in' });
    const rows = within(daily).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[2] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '4', '6.5']);
    expect(screen.getByText('2 check-ins; latest withdrawal rating 3 out of 10.')).toBeTruthy();
    const scores = screen.getByRole('table', { name: 'Questionnaire scores' });
    expect(within(scores).getByText('12 of 40')).toBeTruthy();
    expect(within(scores).getByText('Moderate')).toBeTruthy();
  });
});

describe('other cases', () => {
  it('a clinician gets a short note instead of the form', async () => {
    stubApi();
    renderScreen(<CheckIn route={ROUTE} />, { user: CLINICIAN });
    await screen.findByText('Check-ins are filled in by the person taking the medicine.');
    expect(screen.queryByRole('button', { name: 'Save check-in' })).toBeNull();
  });

  it('works in Spanish', async () => {
    stubApi();
    renderScreen(<CheckIn route={ROUTE} />, { user: PATIENT, locale: 'es' });
    await screen.findByRole('heading', { name: '¿Cómo está hoy?' });
    expect(screen.getByRole('group', { name: 'Síntomas de abstinencia hoy' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rellenar el PHQ-9 (estado de ánimo)' })).toBeTruthy());
  });

  it('has a message for every question and answer of the instruments shown', () => {
    const keys = ([DAILY_CHECK_IN, BWSQ, PHQ9, GAD7] as Instrument[]).flatMap((instrument) =>
      instrument.items.flatMap((item) => [
        itemKey(instrument, item.id),
        ...(item.kind === 'choice' ? item.options.map((o) => optionKey(instrument, item, o.value)) : []),
        ...(item.kind === 'yes-no' ? [optionKey(instrument, item, 0), optionKey(instrument, item, 1)] : []),
      ]),
    );
    const bands = [PHQ9, GAD7].flatMap((i) => i.bands.map((b) => `checkIn.band.${b.id}`));
    expect([...keys, ...bands].filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });
});
