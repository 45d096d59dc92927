import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { auth, type User } from './api/client.js';

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
      (me) => live && setUser(me),
      // 401 means signed out; any other failure is treated the same so the public screens still work offline.
      () => live && setUser(null),
    );
    return () => {
      live = false;
    };
  }, [initialUser]);
  const signOut = useCallback(async () => {
    try {
      await auth.logout();
    } finally {
      setUser(null);
    }
  }, []);
  const value = useMemo<Session>(() => ({ user, signedIn: setUser, signOut }), [user, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): Session => useContext(SessionContext);
