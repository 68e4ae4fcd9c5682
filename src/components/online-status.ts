import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';

const isOnline = () => onlineManager.isOnline();
const alwaysOnline = () => true;

/**
 * Whether the browser is online, as TanStack Query's onlineManager sees it (the `online`/`offline` events): the same
 * signal that pauses queries and mutations, so what the screen says matches what is sent.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(onlineManager.subscribe, isOnline, alwaysOnline);
}

/** Resolves `true` once the browser is online (at once if it is), or `false` if `signal` aborts first. */
export function whenOnline(signal?: AbortSignal): Promise<boolean> {
  if (onlineManager.isOnline()) return Promise.resolve(true);
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (online: boolean) => {
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      resolve(online);
    };
    const onAbort = () => finish(false);
    const unsubscribe = onlineManager.subscribe((online) => {
      if (online) finish(true);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
