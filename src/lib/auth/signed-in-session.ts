import { createContext, useContext } from 'react';
import type { Session } from './stored-session';

/** Provided by the route guard, so pages under it read a session that cannot vanish mid-render. */
export const SignedInSessionContext = createContext<Session | null>(null);

export function useSignedInSession(): Session {
  const session = useContext(SignedInSessionContext);
  if (!session) throw new Error('useSignedInSession must be used below the signed-in route guard');
  return session;
}
