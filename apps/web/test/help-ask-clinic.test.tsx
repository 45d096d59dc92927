import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AskClinic } from '../src/help/ask-clinic.js';
import Help from '../src/screens/help.js';
import { renderScreen } from './render.js';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const NORTHSIDE = { id: 'c1', name: 'Northside Clinic' };
const RIVERSIDE = { id: 'c2', name: 'Riverside Practice' };

const EMERGENCY = {
  received: true,
  triage: {
    urgency: 'emergency',
    headline: 'Call 911 now.',
    actions: ['Call 911 now, or ask someone near you to call.', 'Do not stay alone: stay with someone until help arrives.'],
    resources: [
      {
        id: 'us-911',
        name: 'Emergency services',
        kind: 'emergency',
        contact: 'Call 911',
        phoneNumbers: ['911'],
        when: 'A seizure',
        source: 'us-911',
        lastVerified: '2026-11-22',
      },
      {
        id: 'us-988',
        name: '988 Suicide & Crisis Lifeline',
        kind: 'crisis',
        contact: 'Call or text 988',
        phoneNumbers: ['988'],
        when: 'Crisis',
        source: 'us-988-lifeline',
        lastVerified: '2026-11-22',
      },
    ],
  },
};

const ROUTINE = {
  received: true,
  triage: { urgency: 'routine', headline: 'No emergency signs in these answers.', actions: [], resources: [] },
};

const stubApi = (clinics: readonly object[], onIntake: (init?: RequestInit) => Response = () => json(202, ROUTINE)) => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/clinic-directory') return json(200, { clinics });
    if (/^\/api\/clinics\/[^/]+\/intake$/.test(url)) return onIntake(init);
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const intakeCalls = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls
    .filter(([url]) => String(url).includes('/intake'))
    .map(([url, init]) => ({ url, body: JSON.parse(String(init?.body)) as Record<string, unknown> }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const form = () => screen.getByRole('region', { name: 'Ask a clinic for help' });

const openForm = async () => {
  fireEvent.click(await screen.findByRole('button', { name: 'Write to a clinic' }));
};

const fillIn = (values: { name?: string; value?: string; message?: string } = {}) => {
  const f = form();
  fireEvent.change(within(f).getByRole('textbox', { name: 'Your name' }), { target: { value: values.name ?? 'Sam' } });
  fireEvent.change(within(f).getByRole('textbox', { name: 'Your phone number' }), {
    target: { value: values.value ?? '555 0100' },
  });
  fireEvent.change(within(f).getByRole('textbox', { name: 'Your message (optional)' }), {
    target: { value: values.message ?? 'I take clonazepam 2 mg and want to taper.' },
  });
};

const errorFor = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .filter(Boolean);

describe('Ask a clinic for help', () => {
  it('sends the right body (with the red flags ticked above, the region and an empty honeypot) and shows the emergency answer at once', async () => {
    const fetchMock = stubApi([NORTHSIDE], () => json(202, EMERGENCY));
    renderScreen(<Help />);
    // Ticked in the questions at the top: carried into the request.
    fireEvent.click(screen.getByRole('checkbox', { name: 'A seizure (fit)' }));
    await openForm();
    const f = form();
    expect((within(f).getByRole('combobox', { name: 'Clinic' }) as HTMLSelectElement).value).toBe('c1');
    expect((within(f).getByRole('checkbox', { name: 'A seizure (fit)' }) as HTMLInputElement).checked).toBe(true);
    const honeypot = f.querySelector('input[name="website"]') as HTMLInputElement;
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).toBeTruthy();
    fillIn();
    fireEvent.click(within(f).getByRole('button', { name: 'Send my request' }));

    const sent = await screen.findByRole('heading', { name: 'Your request was sent to Northside Clinic' });
    expect(document.activeElement).toBe(sent);
    expect(intakeCalls(fetchMock)).toEqual([
      {
        url: '/api/clinics/c1/intake',
        body: {
          contactName: 'Sam',
          contactMethod: 'phone',
          contactValue: '555 0100',
          message: 'I take clonazepam 2 mg and want to taper.',
          symptoms: ['seizure'],
          region: 'US',
          website: '',
        },
      },
    ]);
    const answer = screen.getByRole('region', { name: 'Your request was sent to Northside Clinic' });
    expect(within(answer).getByText('Call 911 now.')).toBeTruthy();
    expect(within(answer).getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(within(answer).getByText('Do not stay alone: stay with someone until help arrives.')).toBeTruthy();
    expect(within(answer).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
  });

  it('a routine answer says it was sent, without alarm', async () => {
    stubApi([NORTHSIDE]);
    renderScreen(<AskClinic region="UK" symptoms={[]} emergencyNumber="999" />);
    await openForm();
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('heading', { name: 'Your request was sent to Northside Clinic' });
    expect(screen.queryByText('Because of what you ticked, do this now')).toBeNull();
  });

  it('shows a server field error next to the field and keeps everything typed', async () => {
    const fetchMock = stubApi([NORTHSIDE], () =>
      json(400, {
        status: 400,
        code: 'VALIDATION',
        detail: 'The request does not match the expected shape.',
        errors: [{ field: 'contactValue', message: 'must NOT have fewer than 3 characters' }],
      }),
    );
    renderScreen(<AskClinic region="US" symptoms={[]} emergencyNumber="911" />);
    await openForm();
    fillIn({ name: 'Sam Lee', value: '5550', message: 'Please call after 5.' });
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('alert');
    const value = screen.getByRole('textbox', { name: 'Your phone number' }) as HTMLInputElement;
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(errorFor(value)).toContain('Please enter a phone number or email address they can reach you at.');
    expect(value.value).toBe('5550');
    expect((screen.getByRole('textbox', { name: 'Your name' }) as HTMLInputElement).value).toBe('Sam Lee');
    expect((screen.getByRole('textbox', { name: 'Your message (optional)' }) as HTMLTextAreaElement).value).toBe(
      'Please call after 5.',
    );
    expect(intakeCalls(fetchMock)).toHaveLength(1);
  });

  it('checks the name and contact before sending, and asks to choose among several clinics', async () => {
    const fetchMock = stubApi([NORTHSIDE, RIVERSIDE]);
    renderScreen(<AskClinic region="US" symptoms={[]} emergencyNumber="911" />);
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(errorFor(screen.getByRole('combobox', { name: 'Clinic' }))).toContain('Please choose a clinic.');
    expect(errorFor(screen.getByRole('textbox', { name: 'Your name' }))).toContain('Please enter your name.');
    expect(intakeCalls(fetchMock)).toHaveLength(0);
  });

  it('says plainly when the clinic is gone or too many requests were sent, keeping what was typed', async () => {
    let answer = json(404, {
      status: 404,
      code: 'CLINIC_NOT_FOUND',
      detail: 'No clinic has this id.',
      errors: [{ field: 'clinicId', message: 'not found' }],
    });
    stubApi([NORTHSIDE], () => answer);
    renderScreen(<AskClinic region="US" symptoms={[]} emergencyNumber="911" />);
    await openForm();
    fillIn({ name: 'Ana' });
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await waitFor(() =>
      expect(errorFor(screen.getByRole('combobox', { name: 'Clinic' }))).toContain(
        'This clinic no longer takes requests. Choose another one, or see how to find treatment below.',
      ),
    );
    answer = json(429, { status: 429, code: 'RATE_LIMITED', detail: 'Too many attempts from here.' });
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Too many requests were sent from here/));
    expect((screen.getByRole('textbox', { name: 'Your name' }) as HTMLInputElement).value).toBe('Ana');
  });

  it('with no clinic, says how to find treatment instead', async () => {
    stubApi([]);
    renderScreen(<AskClinic region="US" symptoms={[]} emergencyNumber="911" />);
    expect(await screen.findByText(/No clinic takes requests through Stepdown yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write to a clinic' })).toBeNull();
  });

  it('changes the contact field with the way to contact', async () => {
    const fetchMock = stubApi([NORTHSIDE]);
    renderScreen(<AskClinic region="US" symptoms={[]} emergencyNumber="911" />);
    await openForm();
    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Jo' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Your email address' }), { target: { value: 'jo@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('heading', { name: 'Your request was sent to Northside Clinic' });
    expect(intakeCalls(fetchMock)[0]?.body).toEqual({
      contactName: 'Jo',
      contactMethod: 'email',
      contactValue: 'jo@example.org',
      symptoms: [],
      region: 'US',
      website: '',
    });
  });
});
