import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly data: T };

/**
 * Loads once per `fetcher` (memoise it with useCallback) and on `reload()`.
 * A reload keeps the shown data until the new answer arrives, so a section
 * does not flicker back to "Loading…" after every action.
 */
export const useLoad = <T>(fetcher: () => Promise<T>): readonly [Loaded<T>, () => void] => {
  const [load, setLoad] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void round;
    setLoad((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    fetcher().then(
      (data) => live && setLoad({ state: 'ready', data }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [fetcher, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [load, reload] as const;
};
