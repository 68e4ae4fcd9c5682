import { describe, expect, it } from 'vitest';
import { ConcurError, type ConcurErrorDetails } from './concur-error';
import { parseRetryAfter } from './retry-after';
import { MAX_RETRY_AFTER_MS, retryDelay, shouldRetry } from './retry-policy';

const failure = (details: Partial<ConcurErrorDetails>) => new ConcurError({ kind: 'http', method: 'GET', message: 'x', ...details });

describe('shouldRetry', () => {
  it.each([500, 502, 503, 504, 408, 429])('retries a GET answered %i', (status) => {
    expect(shouldRetry(0, failure({ status }))).toBe(true);
  });

  it.each([400, 401, 403, 404, 409, 422])('never retries a GET answered %i', (status) => {
    expect(shouldRetry(0, failure({ status }))).toBe(false);
  });

  it('retries network failures and time-outs, but not invalid answers or cancellations', () => {
    expect(shouldRetry(0, failure({ kind: 'network' }))).toBe(true);
    expect(shouldRetry(0, failure({ kind: 'timeout' }))).toBe(true);
    expect(shouldRetry(0, failure({ kind: 'invalid-response', status: 200 }))).toBe(false);
    expect(shouldRetry(0, failure({ kind: 'aborted' }))).toBe(false);
  });

  it('tries a GET at most 3 times in all', () => {
    const error = failure({ status: 503 });
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('never retries a %s automatically', (method) => {
    expect(shouldRetry(0, failure({ method, status: 503 }))).toBe(false);
    expect(shouldRetry(0, failure({ method, kind: 'network' }))).toBe(false);
  });

  it('waits for Retry-After up to a minute, and stops when asked to wait longer', () => {
    expect(shouldRetry(0, failure({ status: 429, retryAfterMs: MAX_RETRY_AFTER_MS }))).toBe(true);
    const tooLong = failure({ status: 429, retryAfterMs: 61_000 });
    expect(shouldRetry(0, tooLong)).toBe(false);
    expect(tooLong.retryAt?.getTime()).toBeGreaterThanOrEqual(Date.now() + 60_000);
  });

  it('does not retry errors that are not from the Concur client', () => {
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('honours Retry-After', () => {
    expect(retryDelay(0, failure({ status: 429, retryAfterMs: 7_000 }))).toBe(7_000);
  });

  it('backs off exponentially with jitter, capped at 30 s', () => {
    for (const [failureCount, ceiling] of [[0, 1000], [1, 2000], [2, 4000], [10, 30_000]] as const) {
      const delay = retryDelay(failureCount, failure({ status: 503 }));
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-05T10:00:00Z');
  it('reads delay-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 05 Jan 2026 10:02:00 GMT', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 05 Jan 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, '', '-5', '1.5', 'soon', '2026-01-05']) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
