import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../testing/msw-server';
import { aSession, signIn } from '../../testing/sessions';
import { getSessionState } from './session-store';
import { keepSessionFresh, refreshSession } from './session-refresh';

function countingRefresh(accessToken = 'new-token') {
  const count = { value: 0 };
  server.use(
    http.post('/auth/refresh', () => {
      count.value += 1;
      return HttpResponse.json(aSession({ accessToken }));
    }),
  );
  return count;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('refreshSession', () => {
  it('is single-flight within the tab', async () => {
    signIn();
    const refreshes = countingRefresh();
    const sessions = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);
    expect(refreshes.value).toBe(1);
    expect(sessions.map((session) => session.accessToken)).toEqual(['new-token', 'new-token', 'new-token']);
  });

  it('runs under a Web Lock so tabs refresh one at a time', async () => {
    signIn();
    countingRefresh();
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { locks: { request } }));

    await refreshSession();
    expect(request).toHaveBeenCalledWith('concur-console:refresh', expect.any(Function));
  });

  it('does not refresh again when the token that failed was already replaced', async () => {
    signIn({ accessToken: 'already-new' });
    const refreshes = countingRefresh();
    await expect(refreshSession({ replacing: 'old-token' })).resolves.toMatchObject({ accessToken: 'already-new' });
    expect(refreshes.value).toBe(0);
  });

  it('a refused refresh signs the tab out; a network failure does not', async () => {
    signIn();
    server.use(http.post('/auth/refresh', () => HttpResponse.error()));
    await expect(refreshSession()).rejects.toThrow();
    expect(getSessionState().status).toBe('signed-in');

    server.use(http.post('/auth/refresh', () => HttpResponse.json({ error: 'session_expired' }, { status: 401 })));
    await expect(refreshSession()).rejects.toThrow();
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: 'expired' });
  });
});

describe('keepSessionFresh', () => {
  it('refreshes about 60 s before the token expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    signIn({ expiresAt: Date.now() + 10 * 60_000 });
    const refreshes = countingRefresh();
    const stop = keepSessionFresh();

    await vi.advanceTimersByTimeAsync(9 * 60_000 - 1_000);
    expect(refreshes.value).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(refreshes.value).toBe(1));
    stop();
  });

  it('refreshes short-lived tokens half-way through instead of in a loop', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    signIn({ expiresAt: Date.now() + 60_000 });
    const refreshes = { value: 0 };
    server.use(
      http.post('/auth/refresh', () => {
        refreshes.value += 1;
        return HttpResponse.json(aSession({ expiresAt: Date.now() + 60_000 }));
      }),
    );
    const stop = keepSessionFresh();

    await vi.advanceTimersByTimeAsync(29_000);
    expect(refreshes.value).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(refreshes.value).toBe(1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refreshes.value).toBe(1);
    stop();
  });
});
