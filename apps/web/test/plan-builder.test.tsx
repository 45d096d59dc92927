import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import PlanBuilder, { buildPlan, type PlanForm, planField } from '../src/screens/plan-builder.js';
import { CLINICIAN, renderScreen } from './render.js';

afterEach(cleanup);

const FORM: PlanForm = {
  drug: 'clonazepam',
  doses: '0.5mg@08:00\n1mg@22:00',
  start: '2026-12-01',
  strategy: 'joint-2025',
  cut: '',
  every: '',
  shortTermUse: false,
  viaDiazepam: false,
  patterns: false,
};

/** The error shown for an input: the element its aria-describedby points to, marked as an error. */
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

describe('plan builder', () => {
  it('plans with core and shows one table row per step', () => {
    const outcome = buildPlan(FORM);
    if (!outcome.ok) throw new Error(outcome.error.message);
    renderScreen(<PlanBuilder />, { user: CLINICIAN });
    const rows = screen.getByRole('table', { name: 'Steps' }).querySelectorAll('tbody tr');
    expect(rows.length).toBe(outcome.plan.steps.length);
    expect(screen.getByText(/^\d+ steps over \d+ days/)).toBeTruthy();
  });

  it('shows a bad dose next to the doses field, in plain words, and no table', () => {
    renderScreen(<PlanBuilder />, { user: CLINICIAN });
    const doses = screen.getByRole('textbox', { name: 'Current doses, one per line' });
    fireEvent.change(doses, { target: { value: 'half a pill' } });
    expect(doses.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(doses)).toMatch(/^Write each dose like 0\.5mg@08:00/);
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.change(doses, { target: { value: '1mg@22:00' } });
    expect(doses.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('table', { name: 'Steps' })).toBeTruthy();
  });

  it('puts a cut beyond the strategy’s cap on the cut field, with what is allowed', () => {
    renderScreen(<PlanBuilder />, { user: CLINICIAN });
    const cut = screen.getByRole('textbox', { name: 'Cut per step (%)' });
    fireEvent.change(cut, { target: { value: '80' } });
    expect(errorOf(cut)).toMatch(/outside what the strategy allows\. Expected: 5–25% per step/);
  });

  it('maps core’s field names to the inputs', () => {
    expect(planField('doses[1]')).toBe('doses');
    expect(planField('every')).toBe('every');
    expect(planField('share')).toBe('form');
  });

  it('is for clinicians only', () => {
    renderScreen(<PlanBuilder />, { user: { ...CLINICIAN, role: 'patient' } });
    expect(screen.getByText(/The plan builder is for clinicians/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
