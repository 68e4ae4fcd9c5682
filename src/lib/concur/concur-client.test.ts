import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordRequests, server } from '../../testing/msw-server';
import { aSession, signIn } from '../../testing/sessions';
import { getSessionState } from '../auth/session-store';
import { apiUrl, concurRequest, forgetRetryAfter } from './concur-client';
import { ConcurError } from './concur-error';

const API = '/api/v3.0/expense/attendeetypes';
const listSchema = z.object({ Items: z.array(z.object({ Code: z.string(), Name: z.string() })), NextPage: z.string().nullable() });
const getList = (signal?: AbortSignal) => concurRequest({ path: '/expense/attendeetypes', schema: listSchema, signal });
const concurHeaders = { 'concur-correlationid': 'corr-123' };

async function failureOf(promise: Promise<unknown>): Promise<ConcurError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ConcurError)) throw new Error(`expected a ConcurError, got ${String(error)}`);
  return error;
}

function bodyAs(type: string, body: string, status = 200) {
  return () => new HttpResponse(body, { status, headers: { 'Content-Type': type, ...concurHeaders } });
}

beforeEach(() => {
  signIn({ accessToken: 'old-token' });
});

afterEach(() => {
  forgetRetryAfter();
});

describe('concurRequest: answers', () => {
  it('sends JSON headers with the bearer token and returns the parsed body', async () => {
    const seen = recordRequests();
    server.use(http.get(API, () => HttpResponse.json({ Items: [{ Code: 'BUSGUEST', Name: 'Business guest' }], NextPage: null })));

    await expect(getList()).resolves.toEqual({ Items: [{ Code: 'BUSGUEST', Name: 'Business guest' }], NextPage: null });
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer old-token');
    expect(seen[0]?.headers.get('accept')).toBe('application/json');
  });

  it.each([
    ['a body of the wrong shape', bodyAs('application/json', '{"Items":[{"Code":1}]}')],
    ['an HTML page', bodyAs('text/html', '<!doctype html><title>Gateway</title>')],
    ['truncated JSON', bodyAs('application/json', '{"Items":[{"Code":"A"')],
    ['XML (no JSON asked for)', bodyAs('application/xml', '<AttendeeTypes><Items/></AttendeeTypes>')],
    ['JSON with no content type', () => new HttpResponse('{"Items":[],"NextPage":null}', { headers: concurHeaders })],
  ])('turns %s into an invalid-response error', async (_label, resolver) => {
    server.use(http.get(API, resolver));
    const error = await failureOf(getList());
    expect(error.kind).toBe('invalid-response');
    expect(error.correlationId).toBe('corr-123');
  });

  it("carries Concur's message, status and correlation id on HTTP errors", async () => {
    server.use(
      http.get(API, () => HttpResponse.json({ Error: { Message: 'Bad offset.', 'Server-Time': '2026-01-05T10:00:00', Id: 'ID-9' } }, { status: 400, headers: concurHeaders })),
    );
    const error = await failureOf(getList());
    expect(error).toMatchObject({ kind: 'http', status: 400, message: 'Bad offset.', correlationId: 'corr-123', method: 'GET' });
  });

  it('reads a bare {"Message"} error and Retry-After', async () => {
    server.use(http.get(API, () => HttpResponse.json({ Message: 'Slow down.' }, { status: 429, headers: { 'Retry-After': '120' } })));
    const error = await failureOf(getList());
    expect(error).toMatchObject({ status: 429, message: 'Slow down.', retryAfterMs: 120_000 });
    expect(error.retryAt?.getTime()).toBeGreaterThan(Date.now() + 110_000);
  });

  it('reports a network failure and a cancelled request as such', async () => {
    server.use(http.get(API, () => HttpResponse.error()));
    expect((await failureOf(getList())).kind).toBe('network');

    const controller = new AbortController();
    controller.abort();
    expect((await failureOf(getList(controller.signal))).kind).toBe('aborted');
  });
});

describe('concurRequest: Retry-After', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends nothing for the same request until Concur’s Retry-After has passed, whoever asks', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const seen = recordRequests();
    let answer = 0;
    server.use(
      http.get(API, () =>
        (answer += 1) === 1
          ? HttpResponse.json({ Message: 'Come back later.' }, { status: 503, headers: { 'Retry-After': '2', ...concurHeaders } })
          : HttpResponse.json({ Items: [], NextPage: null }),
      ),
    );
    expect(await failureOf(getList())).toMatchObject({ status: 503, retryAfterMs: 2000 });
    vi.advanceTimersByTime(500);
    const held = await failureOf(getList());
    expect(held).toMatchObject({ kind: 'http', status: 503, message: 'Come back later.', correlationId: 'corr-123', retryAfterMs: 1500 });
    expect(seen).toHaveLength(1);
    // Another request (another query, another page) is not held back.
    server.use(http.get('/api/v3.0/expense/attendeetypes/x', () => HttpResponse.json({ Code: 'X', Name: 'X' })));
    await concurRequest({ path: '/expense/attendeetypes/x', schema: z.unknown() });
    vi.advanceTimersByTime(1500);
    await expect(getList()).resolves.toEqual({ Items: [], NextPage: null });
    expect(seen.filter((request) => request.path === API)).toHaveLength(2);
  });
});

describe('concurRequest: time-out', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives up after 15 s with a timeout error (not "network", not "aborted")', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(
      http.get(API, async () => {
        await delay('infinite');
        return HttpResponse.json({ Items: [], NextPage: null });
      }),
    );
    const outcome = failureOf(getList());
    await vi.advanceTimersByTimeAsync(14_999);
    await vi.advanceTimersByTimeAsync(1);
    expect((await outcome).kind).toBe('timeout');
  });
});

describe('concurRequest: stale tokens', () => {
  function refreshAnswers(count: { value: number }) {
    return http.post('/auth/refresh', ({ request }) => {
      count.value += 1;
      expect(request.headers.get('x-concur-console')).toBe('1');
      return HttpResponse.json(aSession({ accessToken: 'new-token' }));
    });
  }

  it('on 401 refreshes once and replays once with the new token', async () => {
    const refreshes = { value: 0 };
    const tokensSeen: (string | null)[] = [];
    server.use(
      refreshAnswers(refreshes),
      http.get(API, ({ request }) => {
        tokensSeen.push(request.headers.get('authorization'));
        if (request.headers.get('authorization') === 'Bearer old-token') return HttpResponse.json({ Error: { Message: 'No' } }, { status: 401 });
        return HttpResponse.json({ Items: [], NextPage: null });
      }),
    );

    await expect(getList()).resolves.toEqual({ Items: [], NextPage: null });
    expect(refreshes.value).toBe(1);
    expect(tokensSeen).toEqual(['Bearer old-token', 'Bearer new-token']);
    expect(getSessionState()).toMatchObject({ status: 'signed-in', session: { accessToken: 'new-token' } });
  });

  it('shares one refresh between concurrent 401s', async () => {
    const refreshes = { value: 0 };
    server.use(
      refreshAnswers(refreshes),
      http.get(API, ({ request }) =>
        request.headers.get('authorization') === 'Bearer old-token' ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ Items: [], NextPage: null }),
      ),
    );
    await Promise.all([getList(), getList(), getList()]);
    expect(refreshes.value).toBe(1);
  });

  it('treats 403 with error="invalid_token" as a stale token: refresh and replay', async () => {
    const refreshes = { value: 0 };
    server.use(
      refreshAnswers(refreshes),
      http.get(API, ({ request }) =>
        request.headers.get('authorization') === 'Bearer old-token'
          ? HttpResponse.json(
              { Error: { Message: 'Forbidden. Please check your Instance URL and OAuth token.' } },
              { status: 403, headers: { 'WWW-Authenticate': 'Bearer realm="Concur", error="invalid_token", error_description="token expired"' } },
            )
          : HttpResponse.json({ Items: [], NextPage: null }),
      ),
    );
    await expect(getList()).resolves.toEqual({ Items: [], NextPage: null });
    expect(refreshes.value).toBe(1);
  });

  it('does not refresh on 403 insufficient_scope', async () => {
    const seen = recordRequests();
    server.use(
      http.get(API, () =>
        HttpResponse.json(
          { Error: { Message: 'Forbidden. The user does not have access to this API.' } },
          { status: 403, headers: { 'WWW-Authenticate': 'Bearer realm="Concur", error="insufficient_scope", scope="ATTEND"' } },
        ),
      ),
    );
    const error = await failureOf(getList());
    expect(error).toMatchObject({ kind: 'http', status: 403 });
    expect(seen.map((request) => request.path)).toEqual([API]);
  });

  it('replays only once: a second 401 is returned as an error', async () => {
    const refreshes = { value: 0 };
    const seen = recordRequests();
    server.use(refreshAnswers(refreshes), http.get(API, () => new HttpResponse(null, { status: 401 })));
    expect((await failureOf(getList())).status).toBe(401);
    expect(refreshes.value).toBe(1);
    expect(seen.filter((request) => request.path === API)).toHaveLength(2);
  });

  it('signs the tab out when the refresh is refused', async () => {
    server.use(
      http.post('/auth/refresh', () => HttpResponse.json({ error: 'session_expired', message: 'Sign in again.' }, { status: 401 })),
      http.get(API, () => new HttpResponse(null, { status: 401 })),
    );
    expect((await failureOf(getList())).status).toBe(401);
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(sessionStorage.getItem('concur-console:session')).toBeNull();
  });
});

describe('apiUrl', () => {
  it('builds /api/v3.0 URLs on this origin with the query', () => {
    const url = apiUrl('/expense/attendeetypes', { limit: 25, offset: 'a+b/c', skipped: undefined });
    expect(url.toString()).toBe(`${window.location.origin}/api/v3.0/expense/attendeetypes?limit=25&offset=a%2Bb%2Fc`);
  });

  it.each(['expense', '//evil.example/x', '/../auth/logout', '/x/%2e%2E/y', '/x/./y', '/x\\y', '/x?y=1', '/x#y'])('refuses %j', (path) => {
    expect(() => apiUrl(path)).toThrow(/Not a Concur API path/);
  });
});
