import { ALLOWED_PHONE_NUMBERS } from '@stepdown/core';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FindTreatment } from '../src/help/find-treatment.js';
import Help from '../src/screens/help.js';
import { withEmptyClinicDirectory } from './help-fixtures.js';
import { renderScreen } from './render.js';

const digits = (text: string) => text.replace(/\D/g, '');

withEmptyClinicDirectory();

describe('How to find treatment', () => {
  it('in the US shows FindTreatment.gov and the SAMHSA National Helpline from core, and no number outside the vetted list', () => {
    renderScreen(<FindTreatment region="US" />);
    const section = screen.getByRole('region', { name: 'How to find treatment' });
    expect(within(section).getByRole('link', { name: 'Open FindTreatment.gov' }).getAttribute('href')).toBe(
      'https://findtreatment.gov/',
    );
    expect(within(section).getByRole('heading', { name: 'SAMHSA National Helpline' })).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe('tel:18006624357');
    expect(within(section).getAllByText(/^Checked November 22, 2026\. Source:/).length).toBe(2);
    const allowed = new Set(ALLOWED_PHONE_NUMBERS.map(digits));
    for (const link of section.querySelectorAll('a[href^="tel:"]'))
      expect(allowed.has(digits(link.getAttribute('href') ?? '')), link.outerHTML).toBe(true);
    expect(within(section).getByText(/paid referral lines/)).toBeTruthy();
  });

  it('in the UK advises the GP or local drug and alcohol service, with no phone number of its own', () => {
    renderScreen(<FindTreatment region="UK" />);
    const section = screen.getByRole('region', { name: 'How to find treatment' });
    expect(within(section).getByText(/your local drug and alcohol service/)).toBeTruthy();
    expect(section.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
  });

  it('follows the Help screen’s region, and where core lists nothing says to ask the prescriber or family doctor', () => {
    renderScreen(<Help />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Where are you?' }), { target: { value: 'EU' } });
    const section = screen.getByRole('region', { name: 'How to find treatment' });
    expect(within(section).getByText(/Ask the prescriber or your family doctor where to go/)).toBeTruthy();
    expect(within(section).queryByRole('link', { name: 'Open FindTreatment.gov' })).toBeNull();
  });
});
