import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConcurError } from './concur-error';
import { createRetryAfterGate } from './retry-after-gate';

const answered = (status: number, retryAfterMs?: number) =>
  new ConcurError({ kind: 'http', method: 'GET', status, message: 'Slow down.', correlationId: 'corr-1', retryAfterMs });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createRetryAfterGate', () => {
  it('holds a request back until the time a 429 or 503 named, answering with the time left', () => {
    const gate = createRetryAfterGate();
    gate.record('u GET /x', answered(503, 2000));
    vi.advanceTimersByTime(500);
    expect(gate.check('u GET /x', 'GET')).toMatchObject({ kind: 'http', status: 503, message: 'Slow down.', correlationId: 'corr-1', retryAfterMs: 1500 });
    expect(gate.check('u GET /y', 'GET')).toBeUndefined();
    vi.advanceTimersByTime(1500);
    expect(gate.check('u GET /x', 'GET')).toBeUndefined();
  });

  it('keeps the moment Concur named: the time shown does not move on later checks', () => {
    const gate = createRetryAfterGate();
    const first = answered(429, 120_000);
    gate.record('k', first);
    vi.advanceTimersByTime(30_000);
    expect(gate.check('k', 'GET')?.retryAt?.getTime()).toBe(first.retryAt?.getTime());
  });

  it.each([
    ['a success', { Items: [] }],
    ['a 500', answered(500)],
    ['a 429 without Retry-After', answered(429)],
    ['a 400 with Retry-After', answered(400, 5000)],
  ])('ends the wait on %s and never starts one for it', (_label, outcome) => {
    const gate = createRetryAfterGate();
    gate.record('k', answered(503, 5000));
    gate.record('k', outcome);
    expect(gate.check('k', 'GET')).toBeUndefined();
  });
});
