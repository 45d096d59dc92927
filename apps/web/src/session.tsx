import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, auth, NETWORK_ERROR, type User } from './api/client.js';
import { forgetDevice, rememberedUser, rememberUser } from './offline/device-cache.js';

export interface Session {
  /** `undefined` while the first check runs; `null` when nobody is signed in. */
  readonly user: User | null | undefined;
  readonly signedIn: (user: User) => void;
  readonly signOut: () => Promise<void>;
}

const SessionContext = createContext<Session>({ user: null, signedIn: () => {}, signOut: async () => {} });

export const SessionProvider = ({ children, initialUser }: { children: ReactNode; initialUser?: User | null }) => {
  const [user, setUser] = useState<User | null | undefined>(initialUser);
  useEffect(() => {
    if (initialUser !== undefined) return;
    let live = true;
    auth.me().then(
      (me) => {
        rememberUser(me);
        if (live) setUser(me);
      },
      (error: unknown) => {
        // Offline: the person who last signed in on this device stays signed in, so Today still opens.
        // 401 (signed out) or anything else: nobody.
        if (!live) return;
        if (error instanceof ApiError && error.code === NETWORK_ERROR) setUser(rememberedUser() ?? null);
        else {
          forgetDevice();
          setUser(null);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [initialUser]);
  const signOut = useCallback(async () => {
    try {
      await auth.logout();
    } finally {
      forgetDevice();
      setUser(null);
    }
  }, []);
  const signedIn = useCallback((next: User) => {
    rememberUser(next);
    setUser(next);
  }, []);
  const value = useMemo<Session>(() => ({ user, signedIn, signOut }), [user, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): Session => useContext(SessionContext);
