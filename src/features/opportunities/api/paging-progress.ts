import { useCallback, useSyncExternalStore } from 'react';
import type { CollectProgress } from '../../../lib/concur/collect-pages';

/** How far the page walk of each query (by query hash) has come, for the progress bar; outside React Query's cache on purpose. */
const progressByQuery = new Map<string, CollectProgress>();
const listeners = new Set<() => void>();

export function reportPagingProgress(queryHash: string, progress: CollectProgress): void {
  progressByQuery.set(queryHash, progress);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePagingProgress(queryHash: string): CollectProgress | undefined {
  const read = useCallback(() => progressByQuery.get(queryHash), [queryHash]);
  return useSyncExternalStore(subscribe, read);
}
