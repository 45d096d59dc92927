import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { User } from '../src/api/client.js';
import { I18nProvider, type Locale } from '../src/i18n/i18n.js';
import { SessionProvider } from '../src/session.js';

export const CLINICIAN: User = { id: 'u1', email: 'dr@example.org', displayName: 'Dr Lee', role: 'clinician', locale: 'en' };

/** Renders a screen with a fixed language and session, so no request is made. */
export const renderScreen = (ui: ReactElement, options: { locale?: Locale; user?: User | null } = {}) =>
  render(
    <I18nProvider locale={options.locale ?? 'en'}>
      <SessionProvider initialUser={options.user ?? null}>{ui}</SessionProvider>
    </I18nProvider>,
  );
