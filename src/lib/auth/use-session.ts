import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeToSession, type SessionState } from './session-store';

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeToSession, getSessionState);
}
