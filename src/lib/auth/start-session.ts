import { routePaths } from '../../config/route-paths';
import { getSessionState, markSessionChecking, markSignedOut, reloadSessionFromStorage } from './session-store';
import { keepSessionFresh, refreshSession } from './session-refresh';

/**
 * Start-up: use this tab's token if it has one; otherwise try a silent sign-in through the gateway's cookie (a new tab
 * of a signed-in browser) before anything sends the user to /sign-in. The callback page makes its own session.
 */
export function startSession(): () => void {
  reloadSessionFromStorage();
  const stopKeepingFresh = keepSessionFresh();
  if (window.location.pathname !== routePaths.oauthCallback && getSessionState().status === 'signed-out') {
    markSessionChecking();
    refreshSession().catch(() => {
      if (getSessionState().status === 'checking') markSignedOut('not-signed-in');
    });
  }
  return stopKeepingFresh;
}
