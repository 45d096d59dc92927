import { useEffect, useState } from 'react';

/**
 * Hash routing (`#/help`, `#/learn/withdrawal`): it needs no server rewrite
 * rules, so the app works from any static server and later from the API.
 */
export type Route =
  | { readonly name: 'today' }
  | { readonly name: 'signin' }
  | { readonly name: 'signup' }
  | { readonly name: 'help' }
  | { readonly name: 'learn' }
  | { readonly name: 'article'; readonly id: string }
  | { readonly name: 'self-check' }
  | { readonly name: 'plan' }
  // Patient
  | { readonly name: 'onboarding' }
  | { readonly name: 'my-plan' }
  | { readonly name: 'check-in' }
  | { readonly name: 'pause' }
  | { readonly name: 'sharing' }
  // Supporter
  | { readonly name: 'supporting' }
  // Clinician
  | { readonly name: 'roster' }
  | { readonly name: 'patient'; readonly id: string }
  | { readonly name: 'patient-plan'; readonly id: string }
  | { readonly name: 'print'; readonly id: string; readonly sheet: 'schedule' | 'pharmacy' }
  | { readonly name: 'clinic' }
  | { readonly name: 'not-found' };

/** Screens addressed by a single word: `#/roster`. */
const SIMPLE = [
  'today',
  'signin',
  'signup',
  'help',
  'learn',
  'self-check',
  'plan',
  'onboarding',
  'my-plan',
  'check-in',
  'pause',
  'sharing',
  'supporting',
  'roster',
  'clinic',
] as const satisfies readonly Route['name'][];

type SimpleName = (typeof SIMPLE)[number];
const isSimple = (head: string): head is SimpleName => (SIMPLE as readonly string[]).includes(head);

const SLUG = /^[a-z0-9-]{1,80}$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;

export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#\/?/, '').replace(/\/$/, '');
  const [head = '', ...rest] = path.split('/');
  if (rest.length === 0) {
    if (head === '') return { name: 'today' };
    if (isSimple(head)) return { name: head };
  }
  const [first = '', second] = rest;
  if (head === 'learn' && rest.length === 1 && SLUG.test(first)) return { name: 'article', id: first };
  if (head === 'patients' && ID.test(first)) {
    if (rest.length === 1) return { name: 'patient', id: first };
    if (rest.length === 2 && second === 'plan') return { name: 'patient-plan', id: first };
  }
  if (head === 'print' && rest.length === 2 && ID.test(first) && (second === 'schedule' || second === 'pharmacy'))
    return { name: 'print', id: first, sheet: second };
  return { name: 'not-found' };
};

export const href = (route: Route): string => {
  switch (route.name) {
    case 'article':
      return `#/learn/${route.id}`;
    case 'patient':
      return `#/patients/${route.id}`;
    case 'patient-plan':
      return `#/patients/${route.id}/plan`;
    case 'print':
      return `#/print/${route.id}/${route.sheet}`;
    case 'not-found':
      return '#/';
    default:
      return `#/${route.name}`;
  }
};

/** Where each role starts: a new patient sets up their record first. */
export const homeFor = (role: 'patient' | 'supporter' | 'clinician', options: { readonly newAccount?: boolean } = {}): Route => {
  switch (role) {
    case 'clinician':
      return { name: 'roster' };
    case 'supporter':
      return { name: 'supporting' };
    default:
      return options.newAccount ? { name: 'onboarding' } : { name: 'today' };
  }
};

export const navigate = (route: Route): void => {
  globalThis.location.hash = href(route);
};

/** True once the person has moved between screens: only then does a new screen take focus. */
let navigated = false;
export const hasNavigated = (): boolean => navigated;

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(globalThis.location?.hash ?? ''));
  useEffect(() => {
    const onChange = () => {
      navigated = true;
      setRoute(parseRoute(globalThis.location.hash));
    };
    globalThis.addEventListener('hashchange', onChange);
    return () => globalThis.removeEventListener('hashchange', onChange);
  }, []);
  return route;
};
