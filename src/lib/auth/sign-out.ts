import type { QueryClient } from '@tanstack/react-query';
import { removeAppSessionStorageKeys } from './app-storage';
import { requestLogout } from './gateway-auth';
import { announceSignOut } from './session-channel';
import { getSessionState, markSignedOut, type SignedOutReason } from './session-store';

/** Forgets everything this tab knows about the user: in-flight and cached queries, the token and every app key. */
export async function wipeLocalSession(queryClient: QueryClient, reason: SignedOutReason): Promise<void> {
  await queryClient.cancelQueries();
  queryClient.clear();
  removeAppSessionStorageKeys();
  markSignedOut(reason);
}

/** Sign out here, at the gateway (which revokes at Concur and clears the cookie), and in every other open tab. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  const state = getSessionState();
  const logout = requestLogout(state.status === 'signed-in' ? state.session.accessToken : undefined);
  await wipeLocalSession(queryClient, 'signed-out');
  announceSignOut();
  await logout;
}
