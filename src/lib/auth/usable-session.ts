import { refreshSession } from './session-refresh';
import { getSessionState } from './session-store';
import type { Session } from './stored-session';

/** A token that expires sooner than this is refreshed before use rather than sent to fail. */
const MIN_REMAINING_MS = 5_000;

/** The session to call Concur with, refreshed first when its token is (nearly) expired; undefined when signed out. */
export async function usableSession(): Promise<Session | undefined> {
  const state = getSessionState();
  if (state.status === 'signed-out') return undefined;
  if (state.status === 'signed-in' && state.session.expiresAt - Date.now() > MIN_REMAINING_MS) return state.session;
  try {
    return await refreshSession();
  } catch {
    return state.status === 'signed-in' ? state.session : undefined;
  }
}
