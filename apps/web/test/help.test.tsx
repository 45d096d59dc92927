import { ALLOWED_PHONE_NUMBERS } from '@stepdown/core';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Help from '../src/screens/help.js';
import { withEmptyClinicDirectory } from './help-fixtures.js';
import { renderScreen } from './render.js';

withEmptyClinicDirectory();

const digits = (text: string) => text.replace(/\D/g, '');

describe('Help now', () => {
  it('shows the region’s emergency number before any question is answered', () => {
    renderScreen(<Help />);
    expect(screen.getByText(/In an emergency call 911\./)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Call 911' })[0]?.getAttribute('href')).toBe('tel:911');
  });

  it('answers a seizure with "call the emergency number now", a call link and what to tell them', () => {
    renderScreen(<Help />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'A seizure (fit)' }));
    fireEvent.click(screen.getByRole('button', { name: 'What should I do?' }));
    const result = screen.getByRole('region', { name: 'Call 911 now.' });
    expect(within(result).getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(within(result).getByText('Do not stay alone: stay with someone until help arrives.')).toBeTruthy();
    expect(within(result).getByText('What to tell them')).toBeTruthy();
  });

  it('uses the chosen region’s number (UK: 999) and speaks Spanish when asked', () => {
    renderScreen(<Help />, { locale: 'es' });
    fireEvent.change(screen.getByRole('combobox', { name: /¿Dónde está\?/ }), { target: { value: 'UK' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dificultad para respirar, o respiración muy lenta' }));
    fireEvent.click(screen.getByRole('button', { name: '¿Qué debo hacer?' }));
    expect(screen.getByRole('heading', { name: 'Llame al 999 ahora.' })).toBeTruthy();
  });

  it('lists FindTreatment.gov for the US and never a phone number outside the vetted public list', () => {
    renderScreen(<Help />);
    fireEvent.click(screen.getByRole('button', { name: 'What should I do?' }));
    expect(screen.getByRole('heading', { name: 'No emergency signs in these answers.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Website: findtreatment.gov' }).getAttribute('href')).toBe(
      'https://findtreatment.gov/',
    );
    const allowed = new Set(ALLOWED_PHONE_NUMBERS.map(digits));
    const telLinks = [...document.querySelectorAll('a[href^="tel:"]')];
    expect(telLinks.length).toBeGreaterThan(0);
    for (const link of telLinks) expect(allowed.has(digits(link.getAttribute('href') ?? '')), link.outerHTML).toBe(true);
  });

  it('keeps the names the browser test uses unique, even as loose case-insensitive matches', () => {
    renderScreen(<Help />);
    const loosely = (role: string, name: string) =>
      screen
        .getAllByRole(role)
        .filter((el) =>
          (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '')
            .toLowerCase()
            .includes(name),
        );
    expect(loosely('checkbox', 'a seizure (fit)')).toHaveLength(1);
    expect(loosely('button', 'what should i do?')).toHaveLength(1);
  });
});
