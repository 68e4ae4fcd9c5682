import { QueryClient } from '@tanstack/react-query';
import { isConcurError } from '../lib/concur/concur-error';
import { retryDelay, shouldRetry } from '../lib/concur/retry-policy';

/** Concur's 5xx on a first load goes to the route's error boundary; 4xx and background failures stay inline. */
function isServerFailureWithoutData(error: unknown, hasData: boolean): boolean {
  return !hasData && isConcurError(error) && error.kind === 'http' && (error.status ?? 0) >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 30_000,
        throwOnError: (error, query) => isServerFailureWithoutData(error, query.state.data !== undefined),
      },
      // Offline, a write is paused and sent once when the connection is back (never retried, so never sent twice).
      mutations: { retry: false, networkMode: 'online' },
    },
  });
}
