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
  | { readonly name: 'not-found' };

export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#\/?/, '').replace(/\/$/, '');
  const [head = '', ...rest] = path.split('/');
  if (rest.length === 0) {
    switch (head) {
      case '':
      case 'today':
        return { name: 'today' };
      case 'signin':
      case 'signup':
      case 'help':
      case 'learn':
      case 'self-check':
      case 'plan':
        return { name: head };
    }
  }
  if (head === 'learn' && rest.length === 1 && /^[a-z0-9-]{1,80}$/.test(rest[0] ?? ''))
    return { name: 'article', id: rest[0] ?? '' };
  return { name: 'not-found' };
};

export const href = (route: Route): string =>
  route.name === 'article' ? `#/learn/${route.id}` : route.name === 'not-found' ? '#/' : `#/${route.name}`;

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
