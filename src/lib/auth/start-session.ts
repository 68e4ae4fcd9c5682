import { routePaths } from '../../config/route-paths';
import { getSessionState, markSessionChecking, markSignedOut, reloadSessionFromStorage } from './session-store';
import { keepSessionFresh, refreshSession } from './session-refresh';

/**
 * Start-up: use this tab's token if it has one; otherwise try a silent sign-in through the gateway's cookie (a new tab
 * of a signed-in browser) before anything sends the user to /sign-in. The callback page makes its own session.
 */
export function startSession(options: { onRefreshSent?: () => void } = {}): () => void {
  reloadSessionFromStorage();
  const stopKeepingFresh = keepSessionFresh();
  if (window.location.pathname !== routePaths.oauthCallback && getSessionState().status === 'signed-out') {
    markSessionChecking();
    refreshSession({ onSent: options.onRefreshSent }).catch(() => {
      if (getSessionState().status === 'checking') markSignedOut('not-signed-in');
    });
  } else {
    options.onRefreshSent?.();
  }
  return stopKeepingFresh;
}

/**
 * Starts the session and resolves once its silent sign-in request has left (or none is needed), at most `capMs` later.
 * The Web Lock around the refresh is granted in a later task; rendering the app first would hold the main thread for the
 * whole first render and send the request only after it (measured: ~250 ms later on a cold load).
 */
export function startSessionBeforeRender(capMs = 100): Promise<void> {
  return new Promise((resolve) => {
    startSession({ onRefreshSent: resolve });
    setTimeout(resolve, capMs);
  });
}
