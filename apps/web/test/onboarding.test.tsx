import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import { draftKey } from '../src/onboarding/draft.js';
import Onboarding from '../src/screens/onboarding.js';
import Today from '../src/screens/today.js';
import { renderScreen } from './render.js';

const PATIENT: User = { id: 'u2', email: 'alex@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };
const RECORD = { id: 'p1', userId: 'u2', timeZone: 'UTC', region: 'US', dateOfBirth: null, weightKg: null };

const ON_RECORD = {
  id: 'm1',
  drug: 'clonazepam',
  indication: 'panic',
  regimen: [{ amountMg: 0.5, time: '08:00' }],
  startedOn: '2024-05-01',
};
const CHANGED = { ...ON_RECORD, regimen: [{ amountMg: 0.25, time: '08:00' }] };

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Handler = (init?: RequestInit) => Response | Promise<Response>;

const stubApi = (routes: {
  patientId?: string | null;
  createPatient?: Handler;
  addMedication?: Handler;
  changeMedication?: Handler;
  removeMedication?: Handler;
  updatePatient?: Handler;
  medications?: object[];
}) => {
  let patientId = routes.patientId ?? null;
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (url === '/api/auth/me') return json(200, { user: PATIENT, patientId });
    if (url === '/api/patients' && method === 'POST') {
      const response = await (routes.createPatient ?? (() => json(201, { patient: RECORD })))(init);
      if (response.status === 201) patientId = 'p1';
      return response;
    }
    if (url === '/api/patients/p1' && method === 'PATCH')
      return (routes.updatePatient ?? ((i) => json(200, { patient: { ...RECORD, ...JSON.parse(String(i?.body)) } })))(init);
    if (url === '/api/patients/p1') return json(200, { patient: RECORD });
    if (url === '/api/patients/p1/medications/m1' && method === 'PUT')
      return (routes.changeMedication ?? (() => json(200, { medication: CHANGED, check: { dailyTotalMg: 0.25, findings: [] } })))(
        init,
      );
    if (url === '/api/patients/p1/medications/m1' && method === 'DELETE')
      return (routes.removeMedication ?? (() => new Response(null, { status: 204 })))(init);
    if (url === '/api/patients/p1/medications' && method === 'GET') return json(200, { medications: routes.medications ?? [] });
    if (url === '/api/patients/p1/medications' && method === 'POST')
      return (routes.addMedication ?? (() => json(201, { medication: {}, check: { dailyTotalMg: 1.5, findings: [] } })))(init);
    return json(404, { status: 404, code: 'NOT_FOUND', detail: 'Not found.' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

const bodiesOf = (fetchMock: ReturnType<typeof stubApi>, url: string, method = 'POST') =>
  fetchMock.mock.calls
    .filter(([u, init]) => u === url && init?.method === method)
    .map(([, init]) => JSON.parse(String(init?.body)) as Record<string, unknown>);

const fillDoses = (rows: readonly [string, string][]) => {
  rows.forEach(([amount, time], i) => {
    if (i > 0) fireEvent.click(screen.getByRole('button', { name: 'Add another dose' }));
    fireEvent.change(screen.getByLabelText(`Dose ${i + 1}: amount in mg`), { target: { value: amount } });
    fireEvent.change(screen.getByLabelText(`Dose ${i + 1}: time`), { target: { value: time } });
  });
};

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Onboarding', () => {
  it('Today links a patient without a record to onboarding', async () => {
    stubApi({});
    renderScreen(<Today />, { user: PATIENT });
    const link = await screen.findByRole('link', { name: 'Set up your record' });
    expect(link.getAttribute('href')).toBe('#/onboarding');
  });

  it('creates the record, checks the doses live, saves the medicine and says what happens next', async () => {
    const fetchMock = stubApi({});
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Where you live' });
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Where do you live?'), { target: { value: 'UK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Your medicine' });
    const [created] = bodiesOf(fetchMock, '/api/patients');
    expect(created).toMatchObject({ region: 'UK' });
    expect(typeof created?.timeZone).toBe('string');

    // Clonazepam is the default medicine.
    expect((screen.getByLabelText('Medicine') as HTMLSelectElement).value).toBe('clonazepam');
    expect(screen.getByText('Fill in the doses and what it is for to see the check.')).toBeTruthy();
    fillDoses([
      ['0.5', '08:00'],
      ['1', '22:00'],
    ]);
    expect(screen.getByText('At night.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('What is it for?'), { target: { value: 'panic' } });
    fireEvent.change(screen.getByLabelText('How long have you taken it? (optional)'), { target: { value: '2' } });
    // Core's dose check runs in the browser before anything is saved.
    await screen.findByText(/Daily total: 1.5 mg\./);
    expect(screen.getByText(/Your body has probably got used to this medicine/)).toBeTruthy();
    expect(document.querySelector('.finding-error')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save my medicine' }));
    await screen.findByRole('heading', { name: 'What happens next' });
    const [medication] = bodiesOf(fetchMock, '/api/patients/p1/medications');
    expect(medication).toMatchObject({ drug: 'clonazepam', regimen: '0.5mg@08:00, 1mg@22:00', indication: 'panic' });
    expect(String(medication?.startedOn)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByText(/Never stop suddenly/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Today' }).getAttribute('href')).toBe('#/today');
    expect(screen.getByRole('link', { name: 'Invite your prescriber' }).getAttribute('href')).toBe('#/sharing');
    expect(sessionStorage.getItem(draftKey('u2'))).toBeNull();
  });

  it('shows a dose above the labelled maximum as danger, and still allows saving', async () => {
    const fetchMock = stubApi({ patientId: 'p1' });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fillDoses([['5', '08:00']]);
    fireEvent.change(screen.getByLabelText('What is it for?'), { target: { value: 'panic' } });
    const danger = await waitFor(() => {
      const found = document.querySelector('.finding-error');
      if (!found) throw new Error('no danger finding');
      return found as HTMLElement;
    });
    expect(danger.textContent).toContain('Important: This is above the highest daily dose on the label');
    fireEvent.click(screen.getByRole('button', { name: 'Save my medicine' }));
    await screen.findByRole('heading', { name: 'What happens next' });
    expect(bodiesOf(fetchMock, '/api/patients/p1/medications')[0]).toMatchObject({ regimen: '5mg@08:00' });
  });

  it('shows an API field error next to the doses and keeps what was typed', async () => {
    stubApi({
      patientId: 'p1',
      addMedication: () =>
        json(422, {
          status: 422,
          code: 'REGIMEN_INVALID',
          detail: '"x" is not a dose in a regimen.',
          errors: [{ field: 'regimen[1]', message: '"x" is not a dose in a regimen.' }],
        }),
    });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fillDoses([['0.5', '08:00']]);
    fireEvent.change(screen.getByLabelText('What is it for?'), { target: { value: 'anxiety' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my medicine' }));
    const error = await screen.findByText('Write each dose like 0.5mg@08:00 (with a time) or 0.5mg tid (times a day).');
    const group = screen.getByRole('group', { name: 'Your doses each day' });
    expect(within(group).getByText(error.textContent ?? '')).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toBe(error.id);
    expect((screen.getByLabelText('Dose 1: amount in mg') as HTMLInputElement).value).toBe('0.5');
    expect(screen.getByRole('alert').textContent).toBe('Please fix the marked fields.');
  });

  it('marks missing doses before sending anything', async () => {
    const fetchMock = stubApi({ patientId: 'p1' });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fireEvent.click(screen.getByRole('button', { name: 'Save my medicine' }));
    await screen.findByText('Enter the amount in mg, for example 0.5.');
    expect(screen.getByLabelText('Dose 1: amount in mg').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Choose what the medicine is for/)).toBeTruthy();
    expect(bodiesOf(fetchMock, '/api/patients/p1/medications')).toHaveLength(0);
  });

  it('keeps the typed doses across a reload (sessionStorage) and lists medicines already on the record', async () => {
    stubApi({
      patientId: 'p1',
      medications: [
        { id: 'm1', drug: 'clonazepam', indication: 'panic', regimen: [{ amountMg: 0.5, time: '08:00' }], startedOn: null },
      ],
    });
    const first = renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    expect(screen.getByText('clonazepam: 0.5 mg at 08:00')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Dose 1: amount in mg'), { target: { value: '0.25' } });
    first.unmount();
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    expect((screen.getByLabelText('Dose 1: amount in mg') as HTMLInputElement).value).toBe('0.25');
    fireEvent.click(screen.getByRole('button', { name: 'I have added everything' }));
    await screen.findByRole('heading', { name: 'What happens next' });
  });

  it('changes a medicine on the record: the form fills with it and saving sends a PUT', async () => {
    const fetchMock = stubApi({ patientId: 'p1', medications: [ON_RECORD] });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fireEvent.click(screen.getByRole('button', { name: 'Change clonazepam: 0.5 mg at 08:00' }));
    expect(screen.getByRole('heading', { name: 'Change this medicine' })).toBeTruthy();
    expect((screen.getByLabelText('Dose 1: amount in mg') as HTMLInputElement).value).toBe('0.5');
    expect((screen.getByLabelText('What is it for?') as HTMLSelectElement).value).toBe('panic');
    expect(screen.getByText(/Leave empty to keep the start date on your record \(May 1, 2024\)/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Dose 1: amount in mg'), { target: { value: '0.25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the change' }));
    await screen.findByText('Change saved: clonazepam: 0.25 mg at 08:00.');
    expect(bodiesOf(fetchMock, '/api/patients/p1/medications/m1', 'PUT')).toEqual([
      { drug: 'clonazepam', regimen: '0.25mg@08:00', indication: 'panic', startedOn: '2024-05-01' },
    ]);
    expect(bodiesOf(fetchMock, '/api/patients/p1/medications')).toHaveLength(0);
    expect(screen.getByText('clonazepam: 0.25 mg at 08:00')).toBeTruthy();
    // Back to adding: the form is empty again and says so.
    expect(screen.getByRole('heading', { name: 'Add a medicine' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save my medicine' })).toBeTruthy();
  });

  it('shows a field error from a refused change next to the doses and keeps the correction typed', async () => {
    stubApi({
      patientId: 'p1',
      medications: [ON_RECORD],
      changeMedication: () =>
        json(422, {
          status: 422,
          code: 'REGIMEN_INVALID',
          detail: '"x" is not a dose in a regimen.',
          errors: [{ field: 'regimen[0]', message: '"x" is not a dose in a regimen.' }],
        }),
    });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fireEvent.click(screen.getByRole('button', { name: 'Change clonazepam: 0.5 mg at 08:00' }));
    fireEvent.change(screen.getByLabelText('Dose 1: amount in mg'), { target: { value: '0.75' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the change' }));
    const error = await screen.findByText('Write each dose like 0.5mg@08:00 (with a time) or 0.5mg tid (times a day).');
    expect(screen.getByRole('group', { name: 'Your doses each day' }).getAttribute('aria-describedby')).toBe(error.id);
    expect((screen.getByLabelText('Dose 1: amount in mg') as HTMLInputElement).value).toBe('0.75');
    expect(screen.getByRole('button', { name: 'Save the change' })).toBeTruthy();
  });

  it('removes a medicine after asking, and says so', async () => {
    const fetchMock = stubApi({ patientId: 'p1', medications: [ON_RECORD] });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove clonazepam: 0.5 mg at 08:00' }));
    expect(screen.getByText(/never stop a medicine suddenly/)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await screen.findByText('Removed from your record: clonazepam: 0.5 mg at 08:00.');
    expect(
      fetchMock.mock.calls.filter(([u, init]) => u === '/api/patients/p1/medications/m1' && init?.method === 'DELETE'),
    ).toHaveLength(1);
    expect(screen.queryByText('clonazepam: 0.5 mg at 08:00')).toBeNull();
    expect(screen.getByText('No medicines are on your record now.')).toBeTruthy();
  });

  it('keeps the medicine and explains when removing fails', async () => {
    stubApi({
      patientId: 'p1',
      medications: [ON_RECORD],
      removeMedication: () => json(500, { status: 500, code: 'INTERNAL', detail: 'Something went wrong.' }),
    });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove clonazepam: 0.5 mg at 08:00' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not removed: Something went wrong.');
    expect(screen.getByText('clonazepam: 0.5 mg at 08:00')).toBeTruthy();
  });

  it('corrects where the person lives on an existing record with a PATCH', async () => {
    const fetchMock = stubApi({ patientId: 'p1', medications: [ON_RECORD] });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fireEvent.click(screen.getByRole('button', { name: 'Change where you live or your time zone' }));
    await screen.findByRole('heading', { name: 'Where you live' });
    expect((screen.getByLabelText('Where do you live?') as HTMLSelectElement).value).toBe('US');
    expect((screen.getByLabelText('Your time zone') as HTMLSelectElement).value).toBe('UTC');
    fireEvent.change(screen.getByLabelText('Where do you live?'), { target: { value: 'UK' } });
    fireEvent.change(screen.getByLabelText('Weight in kg (optional)'), { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Where you live is saved on your record.');
    expect(screen.getByRole('heading', { name: 'Your medicine' })).toBeTruthy();
    expect(bodiesOf(fetchMock, '/api/patients/p1', 'PATCH')).toEqual([
      { region: 'UK', timeZone: 'UTC', dateOfBirth: null, weightKg: 70 },
    ]);
    expect(bodiesOf(fetchMock, '/api/patients')).toHaveLength(0);
  });

  it('shows a refused time zone next to the field and keeps the answers', async () => {
    stubApi({
      patientId: 'p1',
      medications: [ON_RECORD],
      updatePatient: () =>
        json(422, {
          status: 422,
          code: 'TIME_ZONE_UNKNOWN',
          detail: '"UTC" is not a time zone.',
          errors: [{ field: 'timeZone', message: '"UTC" is not a time zone.' }],
        }),
    });
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT });
    await screen.findByRole('heading', { name: 'Your medicine' });
    fireEvent.click(screen.getByRole('button', { name: 'Change where you live or your time zone' }));
    fireEvent.change(await screen.findByLabelText('Where do you live?'), { target: { value: 'CA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const error = await screen.findByText('Choose your time zone from the list.');
    expect(screen.getByLabelText('Your time zone').getAttribute('aria-describedby')).toContain(error.id);
    expect((screen.getByLabelText('Where do you live?') as HTMLSelectElement).value).toBe('CA');
    fireEvent.click(screen.getByRole('button', { name: 'Back to your medicine' }));
    await screen.findByRole('heading', { name: 'Your medicine' });
  });

  it('works in Spanish', async () => {
    stubApi({});
    renderScreen(<Onboarding route={{ name: 'onboarding' }} />, { user: PATIENT, locale: 'es' });
    await screen.findByRole('heading', { name: 'Dónde vive' });
    expect(screen.getByLabelText('¿Dónde vive?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continuar' })).toBeTruthy();
  });
});
