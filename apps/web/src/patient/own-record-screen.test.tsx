import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLINICIAN, renderScreen } from '../../test/render.js';
import type { User } from '../api/client.js';
import { OwnRecordScreen } from './own-record-screen.js';

const PATIENT: User = { id: 'u2', email: 'alex@example.org', displayName: 'Alex', role: 'patient', locale: 'en' };
const MESSAGES = {
  loading: 'Loading…',
  loadError: 'Could not load.',
  retry: 'Try again',
  signedOut: 'Sign in to see this.',
  signIn: 'Sign in',
  notPatient: 'For patients only.',
};

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const show = (user: User | null) =>
  renderScreen(
    <OwnRecordScreen title="Mine" messages={MESSAGES} noRecord={<p>No record yet.</p>}>
      {({ patientId, userId }) => <p>{`Record ${patientId} of ${userId}`}</p>}
    </OwnRecordScreen>,
    { user },
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OwnRecordScreen', () => {
  it('shows the content with the person’s own record id', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { user: PATIENT, patientId: 'p1' })),
    );
    show(PATIENT);
    expect(screen.getByRole('heading', { level: 1, name: 'Mine' })).toBeTruthy();
    await screen.findByText('Record p1 of u2');
  });

  it('says when there is no record yet', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { user: PATIENT, patientId: null })),
    );
    show(PATIENT);
    await screen.findByText('No record yet.');
  });

  it('a failed load offers a retry that asks again', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(500, { status: 500, code: 'INTERNAL', detail: 'Boom.' }))
      .mockResolvedValueOnce(json(200, { user: PATIENT, patientId: 'p1' }));
    vi.stubGlobal('fetch', fetchMock);
    show(PATIENT);
    expect((await screen.findByRole('alert')).textContent).toContain('Could not load.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Record p1 of u2');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('signed out: the sign-in link; another role: a note; neither asks the server', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    show(null);
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('#/signin');
    expect(screen.getByText(/Sign in to see this\./)).toBeTruthy();
    cleanup();
    show(CLINICIAN);
    expect(screen.getByText('For patients only.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
