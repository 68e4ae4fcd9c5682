import { describe, expect, it } from 'vitest';
import { ConcurError } from '../lib/concur/concur-error';
import { retryDelay, shouldRetry } from '../lib/concur/retry-policy';
import { createQueryClient } from './query-client';

describe('the app QueryClient', () => {
  const defaults = createQueryClient().getDefaultOptions();

  it('uses the Concur retry policy for queries and never retries mutations', () => {
    expect(defaults.queries?.retry).toBe(shouldRetry);
    expect(defaults.queries?.retryDelay).toBe(retryDelay);
    expect(defaults.mutations?.retry).toBe(false);
  });

  it('pauses writes while offline instead of failing them', () => {
    expect(defaults.mutations?.networkMode).toBe('online');
  });

  it('sends only a first-load 5xx to the error boundary; 4xx and background failures stay inline', () => {
    const throwOnError = defaults.queries?.throwOnError;
    if (typeof throwOnError !== 'function') throw new Error('throwOnError should be a function');
    const queryWith = (data: unknown) => ({ state: { data } }) as Parameters<typeof throwOnError>[1];
    const serverError = new ConcurError({ kind: 'http', method: 'GET', status: 502, message: 'Bad gateway' });
    const clientError = new ConcurError({ kind: 'http', method: 'GET', status: 404, message: 'Not found' });

    expect(throwOnError(serverError, queryWith(undefined))).toBe(true);
    expect(throwOnError(serverError, queryWith({ Items: [] }))).toBe(false);
    expect(throwOnError(clientError, queryWith(undefined))).toBe(false);
  });
});
