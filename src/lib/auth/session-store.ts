import { clearDraftsOfOtherUsers, setDraftOwnerCheck } from '../drafts/draft-store';
import { readStoredSession, removeStoredSession, writeStoredSession, type Session } from './stored-session';

export type SignedOutReason = 'not-signed-in' | 'signed-out' | 'expired';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-in'; session: Session }
  | { status: 'signed-out'; reason: SignedOutReason };

function stateFromStorage(): SessionState {
  const session = readStoredSession();
  return session ? { status: 'signed-in', session } : { status: 'signed-out', reason: 'not-signed-in' };
}

let current: SessionState = stateFromStorage();
const listeners = new Set<() => void>();

// Drafts belong to the signed-in user; an expired session keeps writing them (a new sign-in restores them), but after a
// sign-out, or while nobody is signed in, nothing may put one back.
setDraftOwnerCheck((userId) =>
  current.status === 'signed-in' ? current.session.user.id === userId : current.status === 'signed-out' && current.reason === 'expired',
);

function publish(next: SessionState): void {
  current = next;
  for (const listener of listeners) listener();
}

export function getSessionState(): SessionState {
  return current;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A silent sign-in (refresh through the cookie) is under way; guards wait instead of sending the user to /sign-in. */
export function markSessionChecking(): void {
  publish({ status: 'checking' });
}

export function markSignedIn(session: Session): void {
  writeStoredSession(session);
  // Whoever signs in on this tab never sees another user's unsent input (security.md C17).
  clearDraftsOfOtherUsers(session.user.id);
  publish({ status: 'signed-in', session });
}

export function markSignedOut(reason: SignedOutReason): void {
  removeStoredSession();
  publish({ status: 'signed-out', reason });
}

/** Re-reads this tab's sessionStorage (start-up, and tests that seed a session). */
export function reloadSessionFromStorage(): void {
  publish(stateFromStorage());
}
