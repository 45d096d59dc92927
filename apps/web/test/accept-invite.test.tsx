import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../src/api/client.js';
import { AcceptInvite } from '../src/components/accept-invite.js';
import { renderScreen } from './render.js';

const SUPPORTER: User = { id: 'u3', email: 'sam@example.org', displayName: 'Sam', role: 'supporter', locale: 'en' };
const CODE = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

describe('AcceptInvite', () => {
  it('posts the trimmed code and reports the patient it links to', async () => {
    const fetchMock = vi.fn(async () => json(200, { link: { id: 'l1', patientId: 'p1', kind: 'supporter' } }));
    vi.stubGlobal('fetch', fetchMock);
    const onAccepted = vi.fn();
    renderScreen(<AcceptInvite onAccepted={onAccepted} />, { user: SUPPORTER });
    expect(screen.getByRole('heading', { name: 'Add a person with their code' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Invitation code'), { target: { value: `  ${CODE}\n` } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Added. You can now see what they chose to share.');
    expect(onAccepted).toHaveBeenCalledWith({ patientId: 'p1' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/invites/accept');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ code: CODE });
  });

  it('shows an unknown code next to the input and keeps what was typed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(404, {
          status: 404,
          code: 'INVITE_NOT_FOUND',
          detail: 'This invite code is not valid or was already used.',
          errors: [{ field: 'code', message: 'This invite code is not valid or was already used.' }],
        }),
      ),
    );
    const onAccepted = vi.fn();
    renderScreen(<AcceptInvite onAccepted={onAccepted} />, { user: SUPPORTER });
    const input = screen.getByLabelText('Invitation code') as HTMLInputElement;
    fireEvent.change(input, { target: { value: CODE } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(input)).toContain('This code is not valid or was already used. Check it, or ask for a new one.');
    expect(input.value).toBe(CODE);
    expect(onAccepted).not.toHaveBeenCalled();
  });

  it('says an expired code has expired', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(422, { status: 422, code: 'INVITE_EXPIRED', detail: 'This invite has expired; ask for a new one.' }),
      ),
    );
    renderScreen(<AcceptInvite onAccepted={() => {}} />, { user: SUPPORTER });
    fireEvent.change(screen.getByLabelText('Invitation code'), { target: { value: CODE } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('This code has expired. Ask for a new one.');
  });

  it('asks for a code before calling the server', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderScreen(<AcceptInvite onAccepted={() => {}} />, { user: SUPPORTER });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Enter the code you were given.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('takes its heading and hint from the screen that uses it', () => {
    vi.stubGlobal('fetch', vi.fn());
    renderScreen(<AcceptInvite heading="Add a patient with their code" hint="From your patient." onAccepted={() => {}} />, {
      user: SUPPORTER,
    });
    expect(screen.getByRole('heading', { name: 'Add a patient with their code' })).toBeTruthy();
    expect(describedText(screen.getByLabelText('Invitation code'))).toContain('From your patient.');
    expect(screen.getByRole('button', { name: 'Add' })).toBeTruthy();
  });

  it('sends one request on a double tap', async () => {
    let answer: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    renderScreen(<AcceptInvite onAccepted={() => {}} />, { user: SUPPORTER });
    fireEvent.change(screen.getByLabelText('Invitation code'), { target: { value: CODE } });
    const add = screen.getByRole('button', { name: 'Add' });
    fireEvent.click(add);
    fireEvent.click(add);
    expect(screen.getByRole('status').textContent).toBe('Checking the code…');
    answer(json(200, { link: { id: 'l1', patientId: 'p1', kind: 'supporter' } }));
    await screen.findByText('Added. You can now see what they chose to share.');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Invitation code') as HTMLInputElement).value).toBe('');
  });

  it('works in Spanish', () => {
    vi.stubGlobal('fetch', vi.fn());
    renderScreen(<AcceptInvite onAccepted={() => {}} />, { user: SUPPORTER, locale: 'es' });
    expect(screen.getByRole('heading', { name: 'Añadir a una persona con su código' })).toBeTruthy();
    expect(screen.getByLabelText('Código de invitación')).toBeTruthy();
  });
});
