import { isConcurError, type ConcurError } from './concur-error';

/** A GET is tried at most this many times in all (the first try plus two retries). */
export const MAX_GET_ATTEMPTS = 3;
/** Waiting longer than this for `Retry-After` is no use to someone looking at the screen. */
export const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

function waitIsAcceptable(error: ConcurError): boolean {
  return error.retryAfterMs === undefined || error.retryAfterMs <= MAX_RETRY_AFTER_MS;
}

function isRetryableStatus(status: number | undefined): boolean {
  return status !== undefined && (status === 408 || status === 429 || status >= 500);
}

/**
 * React Query's `retry`: only reads (GET) are retried, only for network trouble, time-outs, 408, 429 and 5xx, and not
 * when Concur asks to wait longer than a minute. Writes are never retried automatically. `failureCount` starts at 0.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isConcurError(error) || error.method !== 'GET') return false;
  if (failureCount + 1 >= MAX_GET_ATTEMPTS) return false;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'http':
      return isRetryableStatus(error.status) && waitIsAcceptable(error);
    case 'aborted':
    case 'invalid-response':
      return false;
  }
}

/** React Query's `retryDelay`: what `Retry-After` asks for, else exponential backoff with jitter. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isConcurError(error) && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS);
  const ceiling = Math.min(1000 * 2 ** failureCount, MAX_BACKOFF_MS);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
