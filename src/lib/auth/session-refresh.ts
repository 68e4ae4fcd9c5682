import { AuthGatewayError, requestRefresh } from './gateway-auth';
import { getSessionState, markSignedIn, markSignedOut, subscribeToSession } from './session-store';
import { readStoredSession, type Session } from './stored-session';

const REFRESH_LOCK_NAME = 'concur-console:refresh';
/** Refresh this long before expiry (oidc-client-ts uses the same margin). */
export const REFRESH_LEAD_MS = 60_000;
const RETRY_AFTER_TRANSIENT_FAILURE_MS = 15_000;
/** Short-lived tokens or a skewed clock must not turn proactive refresh into a loop. */
const MIN_REFRESH_INTERVAL_MS = 10_000;
const LONGEST_TIMER_MS = 2 ** 31 - 1;

let inFlightRefresh: Promise<Session> | undefined;

/** Web Locks serialise refreshes across tabs (parallel refreshes under rotation fail); without them, one per tab. */
function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  if ('locks' in navigator && typeof navigator.locks.request === 'function') {
    return navigator.locks.request(REFRESH_LOCK_NAME, work);
  }
  return work();
}

async function refreshUnderLock(replacing: string | undefined): Promise<Session> {
  // While this tab waited for the lock, another caller in it may already have replaced the failed token.
  const stored = readStoredSession();
  if (stored && replacing !== undefined && stored.accessToken !== replacing && stored.expiresAt > Date.now()) return stored;
  try {
    const session = await requestRefresh();
    markSignedIn(session);
    return session;
  } catch (error) {
    if (error instanceof AuthGatewayError && error.isDefinitive) markSignedOut(stored ? 'expired' : 'not-signed-in');
    throw error;
  }
}

/**
 * One refresh at a time in this tab (callers share it) and across tabs (Web Lock). `replacing` is the token a request
 * was refused with: if the stored one is already newer, it is returned without another refresh. `onSent` runs once the
 * lock is held and the request has left (not when this call joins a refresh already in flight).
 */
export function refreshSession(options: { replacing?: string; onSent?: () => void } = {}): Promise<Session> {
  inFlightRefresh ??= withRefreshLock(() => {
    const refreshed = refreshUnderLock(options.replacing);
    options.onSent?.();
    return refreshed;
  }).finally(() => {
    inFlightRefresh = undefined;
  });
  return inFlightRefresh;
}

/** Refreshes about a minute before the token expires, for as long as the tab is signed in. Returns a stop function. */
export function keepSessionFresh(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRefreshAt = Number.NEGATIVE_INFINITY;

  const refreshNow = () => {
    lastRefreshAt = Date.now();
    refreshSession().catch(() => {
      // A definitive failure signs the tab out; a transient one (network, 5xx) is worth another try.
      if (getSessionState().status === 'signed-in') timer = setTimeout(refreshNow, RETRY_AFTER_TRANSIENT_FAILURE_MS);
    });
  };

  const schedule = () => {
    clearTimeout(timer);
    const state = getSessionState();
    if (state.status !== 'signed-in') return;
    const now = Date.now();
    const remaining = state.session.expiresAt - now;
    // A minute ahead for normal tokens, half-way through for tokens that live less than two minutes.
    const delay = Math.max(remaining - REFRESH_LEAD_MS, remaining / 2, lastRefreshAt + MIN_REFRESH_INTERVAL_MS - now, 0);
    timer = setTimeout(refreshNow, Math.min(delay, LONGEST_TIMER_MS));
  };

  schedule();
  const unsubscribe = subscribeToSession(schedule);
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
