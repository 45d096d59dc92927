import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import type { User } from './api/client.js';
import type { MessageKey } from './i18n/en.js';
import { LOCALES, type Locale, useI18n } from './i18n/i18n.js';
import { RefusedNotice } from './offline/refused-notice.js';
import { navigate, type Route, useRoute } from './router.js';
import { useSession } from './session.js';

// Every screen is its own chunk: the Today route loads only the shell and Today.
// The clinician screen (plan builder) pulls in the planner and uPlot only when opened.
const screens: Readonly<Record<Route['name'], ComponentType<{ route: Route }>>> = {
  today: lazy(() => import('./screens/today.js')),
  signin: lazy(() => import('./screens/sign-in.js')),
  signup: lazy(() => import('./screens/sign-up.js')),
  help: lazy(() => import('./screens/help.js')),
  learn: lazy(() => import('./screens/learn.js')),
  article: lazy(() => import('./screens/article.js')),
  'self-check': lazy(() => import('./screens/self-check.js')),
  plan: lazy(() => import('./screens/plan-builder.js')),
  onboarding: lazy(() => import('./screens/onboarding.js')),
  'my-plan': lazy(() => import('./screens/my-plan.js')),
  'check-in': lazy(() => import('./screens/check-in.js')),
  pause: lazy(() => import('./screens/pause.js')),
  sharing: lazy(() => import('./screens/sharing.js')),
  supporting: lazy(() => import('./screens/supporting.js')),
  roster: lazy(() => import('./screens/roster.js')),
  patient: lazy(() => import('./screens/patient.js')),
  'patient-plan': lazy(() => import('./screens/patient-plan.js')),
  print: lazy(() => import('./screens/print.js')),
  clinic: lazy(() => import('./screens/clinic.js')),
  'not-found': lazy(() => import('./screens/not-found.js')),
};

const NavLink = ({ to, current, children }: { to: Route; current: Route; children: ReactNode }) => (
  <a href={`#/${to.name}`} {...(current.name === to.name ? { 'aria-current': 'page' as const } : {})}>
    {children}
  </a>
);

type NavItem = readonly [Route, MessageKey];

/** Each role sees its own screens first; Learn and Self-check are for everyone. */
export const navFor = (role: User['role'] | undefined): readonly NavItem[] => {
  const common: NavItem[] = [
    [{ name: 'learn' }, 'nav.learn'],
    [{ name: 'self-check' }, 'nav.selfCheck'],
  ];
  switch (role) {
    case 'patient':
      return [
        [{ name: 'today' }, 'nav.today'],
        [{ name: 'my-plan' }, 'nav.myPlan'],
        [{ name: 'check-in' }, 'nav.checkIn'],
        [{ name: 'sharing' }, 'nav.sharing'],
        ...common,
      ];
    case 'supporter':
      return [[{ name: 'supporting' }, 'nav.supporting'], ...common];
    case 'clinician':
      return [[{ name: 'roster' }, 'nav.roster'], [{ name: 'plan' }, 'nav.plan'], [{ name: 'clinic' }, 'nav.clinic'], ...common];
    default:
      return [[{ name: 'today' }, 'nav.today'], ...common];
  }
};

export const App = () => {
  const route = useRoute();
  const { t, locale, setLocale } = useI18n();
  const { user, signOut } = useSession();
  const Current = screens[route.name];
  return (
    <>
      {/* A button, not an in-page link: with hash routing, href="#main" would change the route. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      <header className="app-header">
        <div className="brand-row">
          <a className="brand" href="#/today">
            {t('app.name')}
          </a>
          <a className="help-button" href="#/help">
            {t('nav.help')}
          </a>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {navFor(user?.role).map(([to, key]) => (
              <li key={to.name}>
                <NavLink to={to} current={route}>
                  {t(key)}
                </NavLink>
              </li>
            ))}
            {user ? (
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void signOut().then(() => navigate({ name: 'signin' }))}
                >
                  {t('nav.signOut')}
                </button>
              </li>
            ) : (
              <li>
                <NavLink to={{ name: 'signin' }} current={route}>
                  {t('nav.signIn')}
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <RefusedNotice />
        <Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}>
          <Current route={route} />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.safety')}</p>
        <label className="language">
          {t('nav.language')}{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`lang.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </footer>
    </>
  );
};
