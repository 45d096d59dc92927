import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app.js';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../src/i18n/i18n.js';
import SelfCheck from '../src/screens/self-check.js';
import SignUp from '../src/screens/sign-up.js';
import { SessionProvider } from '../src/session.js';
import { renderScreen } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  location.hash = '';
});

const problem = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

describe('sign up', () => {
  it('shows the server’s password problem next to the password field, and sends the role picked', async () => {
    const fetchMock = vi.fn(async () =>
      problem(422, {
        status: 422,
        code: 'PASSWORD_LENGTH',
        detail: 'A password needs 10 to 200 characters.',
        errors: [{ field: 'password', message: 'A password needs 10 to 200 characters.' }],
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderScreen(<SignUp />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ana' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ana@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Supporting someone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    const described = (password.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('A password needs 10 to 200 characters.');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toMatchObject({ role: 'supporter', email: 'ana@example.org', locale: 'en' });
  });

  it('asks for the empty fields before calling the server', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderScreen(<SignUp />);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByRole('alert').textContent).toBe('Please fix the marked fields.');
    expect(screen.getAllByText('Please fill this in.')).toHaveLength(3);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('self-check', () => {
  it('explains physical dependence and the SDS score, and says it is not a diagnosis', () => {
    renderScreen(<SelfCheck />);
    const answer = (question: string, option: string) => {
      const group = screen.getByRole('group', { name: question });
      fireEvent.click(group.querySelector(`input[value="${option}"]`) as HTMLInputElement);
    };
    answer('Was it prescribed for you?', 'yes');
    answer('Do you take it as directed?', 'yes');
    for (const q of [
      'Do you take more, or more often, than prescribed?',
      'Have you taken someone else’s pills?',
      'Do you get it from more than one prescriber?',
      'Do you crush, snort or inject it?',
      'Do you take it with alcohol or opioids?',
      'Are you 65 or older?',
    ])
      answer(q, 'no');
    answer('Do you feel unwell (withdrawal) when you miss a dose?', 'yes');
    for (const q of ['q1', 'q2', 'q3', 'q4', 'q5'])
      fireEvent.click(document.querySelector(`input[name="sds-${q}"][value="1"]`) as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: 'See my result' }));
    expect(screen.getByRole('heading', { name: 'Physical dependence is likely' })).toBeTruthy();
    expect(screen.getByText(/Do not stop suddenly on your own/)).toBeTruthy();
    expect(screen.getByText('Your Severity of Dependence Scale score is 5 out of 15 (the cut-off is 7).')).toBeTruthy();
    expect(screen.getByText(/This is not a diagnosis/)).toBeTruthy();
  });
});

describe('app shell', () => {
  it('has a Help button on every screen, and the language switch is remembered', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(401, { status: 401, code: 'NOT_SIGNED_IN', detail: 'Sign in first.' })),
    );
    location.hash = '#/learn';
    render(
      <I18nProvider locale="en">
        <SessionProvider>
          <App />
        </SessionProvider>
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Help now' }).getAttribute('href')).toBe('#/help');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'es' } });
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es');
    expect(screen.getByRole('link', { name: 'Ayuda ya' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    await screen.findByRole('heading', { level: 1, name: 'Aprender' });
  });
});
