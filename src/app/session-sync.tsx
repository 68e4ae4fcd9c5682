import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { listenForSignOutElsewhere } from '../lib/auth/session-channel';
import { getSessionState, subscribeToSession } from '../lib/auth/session-store';
import { wipeLocalSession } from '../lib/auth/sign-out';

/** Keeps this tab's caches in step with the session: another tab's sign-out, or an expiry here, wipes them. */
export function SessionSync() {
  const queryClient = useQueryClient();

  useEffect(() => listenForSignOutElsewhere(() => void wipeLocalSession(queryClient, 'signed-out')), [queryClient]);

  useEffect(() => {
    let previousStatus = getSessionState().status;
    return subscribeToSession(() => {
      const status = getSessionState().status;
      if (previousStatus === 'signed-in' && status === 'signed-out') {
        void queryClient.cancelQueries();
        queryClient.clear();
      }
      previousStatus = status;
    });
  }, [queryClient]);

  return null;
}
