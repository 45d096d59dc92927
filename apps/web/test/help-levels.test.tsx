import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LevelsOfCare } from '../src/help/levels-of-care.js';
import Help from '../src/screens/help.js';
import { withEmptyClinicDirectory } from './help-fixtures.js';
import { renderScreen } from './render.js';

withEmptyClinicDirectory();

const suggest = () => fireEvent.click(screen.getByRole('button', { name: 'Show what might fit' }));
const suggestion = () => screen.getByRole('region', { name: /^A level that may fit:/ });

describe('Levels of care, explained', () => {
  it('explains the four levels in plain words below the emergency part, and says the IOP/PHP mapping is low confidence', () => {
    renderScreen(<Help />);
    const section = screen.getByRole('region', { name: 'Levels of care, explained' });
    for (const name of [
      'Outpatient taper with the prescriber',
      'Intensive outpatient programme',
      'Partial hospitalisation (day programme)',
      'Medically managed withdrawal (inpatient or residential)',
    ])
      expect(within(section).getByRole('heading', { level: 3, name })).toBeTruthy();
    expect(within(section).getByText(/at least 9 hours a week/)).toBeTruthy();
    expect(within(section).getByText(/more than 50 mg diazepam-equivalent a day/)).toBeTruthy();
    expect(within(section).getAllByText(/^Low confidence:/)).toHaveLength(2);
    // The emergency part stays first.
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings.indexOf('Free services that can help')).toBeLessThan(headings.indexOf('Levels of care, explained'));
  });

  it('suggests medically managed withdrawal after withdrawal seizures, says why with its source, and that it is not a decision', () => {
    renderScreen(<LevelsOfCare emergencyNumber="911" />);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'I have had a fit (seizure) while coming off a benzodiazepine or alcohol' }),
    );
    suggest();
    const result = suggestion();
    expect(
      within(result).getByRole('heading', {
        name: 'A level that may fit: Medically managed withdrawal (inpatient or residential)',
      }),
    ).toBeTruthy();
    expect(document.activeElement?.textContent).toMatch(/^A level that may fit/);
    expect(within(result).getByText('A history of withdrawal seizures')).toBeTruthy();
    expect(within(result).getAllByRole('link', { name: 'Benzodiazepine withdrawal management' }).length).toBeGreaterThan(0);
    expect(within(result).getByText(/not a decision/)).toBeTruthy();
    expect(within(result).getByText(/never stop suddenly/)).toBeTruthy();
    expect(within(result).getByText(/CBT for insomnia/)).toBeTruthy();
  });

  it('says "may" and shows low confidence for a day programme from a use disorder with little support', () => {
    renderScreen(<LevelsOfCare emergencyNumber="911" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Has a clinician said you have a benzodiazepine use disorder?' }), {
      target: { value: 'moderate' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'No, or very little' }));
    suggest();
    const result = suggestion();
    expect(
      within(result).getByRole('heading', { name: 'A level that may fit: Partial hospitalisation (day programme)' }),
    ).toBeTruthy();
    expect(within(result).getByText(/^Low confidence:/)).toBeTruthy();
    expect(within(result).getByText('(low confidence)', { exact: false })).toBeTruthy();
  });

  it('uses the daily diazepam-equivalent dose, and explains a dose it cannot read next to the field', () => {
    renderScreen(<LevelsOfCare emergencyNumber="911" />);
    const dose = screen.getByRole('textbox', { name: 'Daily dose in diazepam equivalent, in mg (optional)' });
    fireEvent.change(dose, { target: { value: 'lots' } });
    suggest();
    expect(dose.getAttribute('aria-invalid')).toBe('true');
    const describedBy = dose.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(
      'Enter a number of milligrams, for example 20, or leave it empty.',
    );
    expect((dose as HTMLInputElement).value).toBe('lots');
    fireEvent.change(dose, { target: { value: '60' } });
    suggest();
    expect(within(suggestion()).getByText('More than 50 mg diazepam-equivalent a day')).toBeTruthy();
  });

  it('with nothing ticked suggests an outpatient taper and says nothing raises it', () => {
    renderScreen(<LevelsOfCare emergencyNumber="911" />);
    suggest();
    expect(within(suggestion()).getByText(/Nothing you answered points above an outpatient taper/)).toBeTruthy();
  });

  it('speaks Spanish', () => {
    renderScreen(<LevelsOfCare emergencyNumber="112" />, { locale: 'es' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Me inyecto benzodiacepinas' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ver qué podría encajar' }));
    expect(screen.getByText('Inyectarse benzodiacepinas')).toBeTruthy();
  });
});
