import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageProgress } from '../components/full-page-progress';
import { signInPath } from '../config/route-paths';
import { useI18n } from '../i18n/i18n-context';
import { SignedInSessionContext } from '../lib/auth/signed-in-session';
import { useSessionState } from '../lib/auth/use-session';

/** Pages below need a session: wait for a silent sign-in, else go to /sign-in and come back here afterwards. */
export function RequireSession() {
  const state = useSessionState();
  const location = useLocation();
  const { t } = useI18n();

  if (state.status === 'checking') return <FullPageProgress label={t('progress.checkingSession')} />;
  if (state.status === 'signed-out') {
    // After choosing to sign out there is nothing to come back to.
    const returnTo = state.reason === 'signed-out' ? undefined : `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={signInPath(returnTo)} replace />;
  }
  return (
    <SignedInSessionContext.Provider value={state.session}>
      <Outlet />
    </SignedInSessionContext.Provider>
  );
}
