import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { planFrom } from '../src/builder/compute.js';
import { newPlanForm, planField } from '../src/builder/plan-input.js';
import PlanBuilder, { EXAMPLE_DOSES } from '../src/screens/plan-builder.js';
import { CLINICIAN, renderScreen } from './render.js';

afterEach(cleanup);

const FORM = newPlanForm({ doses: EXAMPLE_DOSES, start: '2026-12-01' });

/** The error shown for an input: the element its aria-describedby points to, marked as an error. */
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

describe('plan builder', () => {
  it('plans with core and shows one table row per step', () => {
    const outcome = planFrom(FORM);
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

  it('is the same builder as for a patient, without the approval: model band, comparison and import', () => {
    renderScreen(<PlanBuilder />, { user: CLINICIAN });
    expect(screen.getByRole('heading', { name: 'Modelled blood levels (a model, not a measurement)' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'The two strategies side by side' })).toBeTruthy();
    expect(screen.getByText('Guideline cap: no faster than 25% every 14 days.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Dose per day' }), { target: { value: '2mg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start the plan from 2 mg a day of clonazepam' }));
    expect((screen.getByRole('textbox', { name: 'Current doses, one per line' }) as HTMLTextAreaElement).value).toBe('2mg daily');
    expect(screen.queryByRole('button', { name: 'Approve plan' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Reason for this plan' })).toBeNull();
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
