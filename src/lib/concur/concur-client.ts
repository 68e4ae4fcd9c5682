import { z } from 'zod/mini';
import { appSettings } from '../../config/settings';
import { refreshSession } from '../auth/session-refresh';
import type { Session } from '../auth/stored-session';
import { usableSession } from '../auth/usable-session';
import { anySignal } from './abort-signals';
import { ConcurError, type HttpMethod } from './concur-error';
import { readErrorBody } from './error-body';
import { parseRetryAfter } from './retry-after';
import { createRetryAfterGate } from './retry-after-gate';

const API_BASE_PATH = '/api/v3.0';
const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export type QueryValue = string | number | boolean | undefined;

export interface ConcurRequest<T> {
  /** Below `/api/v3.0`, e.g. `/expense/attendeetypes`; encode ids with encodeURIComponent. */
  path: string;
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Every answer is checked against it (a `zod` or `zod/mini` schema); anything else is an 'invalid-response' ConcurError. */
  schema: z.core.$ZodType<T>;
  signal?: AbortSignal;
  /** Let the request outlive the page (a write sent on `pagehide`); the browser caps such bodies at 64 KiB in total. */
  keepalive?: boolean;
}

interface Answer {
  status: number;
  headers: Headers;
  bodyText: string;
}

/** Dot segments, also percent-encoded (URL parsers resolve `%2e%2e` like `..`), a query or fragment, or a backslash. */
const UNSAFE_PATH = /[?#\\]|(^|\/)(\.|%2e){1,2}(\/|$)/i;

/** `/api/v3.0` + path on this origin; throws for a path that could step outside it. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): URL {
  const url = new URL(`${API_BASE_PATH}${path}`, window.location.origin);
  const stays = path.startsWith('/') && !path.includes('//') && !UNSAFE_PATH.test(path);
  if (!stays || url.origin !== window.location.origin || !url.pathname.startsWith(`${API_BASE_PATH}/`)) {
    throw new Error(`Not a Concur API path: ${path}`);
  }
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  return url;
}

async function exchange(url: URL, method: HttpMethod, accessToken: string, request: ConcurRequest<unknown>): Promise<Answer> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), appSettings.requestTimeoutMs);
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${accessToken}` };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(url, {
      method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: anySignal([timeout.signal, request.signal]),
      credentials: 'same-origin',
      cache: 'no-store',
      ...(request.keepalive ? { keepalive: true } : {}),
    });
    // The time-out covers the body too: a stalled stream is as bad as no answer.
    return { status: response.status, headers: response.headers, bodyText: await response.text() };
  } catch (cause) {
    if (request.signal?.aborted) throw new ConcurError({ kind: 'aborted', method, message: 'The request was cancelled.', cause });
    if (timeout.signal.aborted) throw new ConcurError({ kind: 'timeout', method, message: 'Concur did not answer in time.', cause });
    throw new ConcurError({ kind: 'network', method, message: 'Concur could not be reached.', cause });
  } finally {
    clearTimeout(timer);
  }
}

/** 401, or the 403 Concur sends for an expired or revoked token (`error="invalid_token"`), as opposed to a missing scope. */
function refusedForStaleToken(answer: Answer, session: Session): boolean {
  if (answer.status === 401) return true;
  if (answer.status !== 403) return false;
  const challenge = answer.headers.get('www-authenticate') ?? '';
  if (/error="?invalid_token/i.test(challenge)) return true;
  return !/error=/i.test(challenge) && session.expiresAt <= Date.now();
}

function correlationIdOf(answer: Answer, bodyId?: string): string | undefined {
  return answer.headers.get('concur-correlationid') ?? bodyId;
}

function httpError(answer: Answer, method: HttpMethod): ConcurError {
  const body = readErrorBody(answer.bodyText);
  return new ConcurError({
    kind: 'http',
    method,
    status: answer.status,
    message: body.message ?? `Concur answered ${answer.status}.`,
    correlationId: correlationIdOf(answer, body.id),
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after')),
  });
}

function parseAnswer<T>(answer: Answer, schema: z.core.$ZodType<T>, method: HttpMethod): T {
  if (answer.status < 200 || answer.status >= 300) throw httpError(answer, method);
  const invalid = (message: string, cause?: unknown) =>
    new ConcurError({ kind: 'invalid-response', method, status: answer.status, message, correlationId: correlationIdOf(answer), cause });

  let data: unknown;
  if (answer.bodyText.trim() !== '') {
    const contentType = answer.headers.get('content-type') ?? '';
    if (!JSON_CONTENT_TYPE.test(contentType)) throw invalid(`Expected JSON from Concur but got "${contentType || 'no content type'}".`);
    try {
      data = JSON.parse(answer.bodyText);
    } catch (cause) {
      throw invalid('Concur sent JSON that could not be read.', cause);
    }
  }
  const parsed = z.safeParse(schema, data);
  if (!parsed.success) throw invalid('Concur sent an answer of an unexpected shape.', parsed.error);
  return parsed.data;
}

/** Concur's `Retry-After`, honoured by every caller of the same request (see retry-after-gate.ts). */
const retryAfterGate = createRetryAfterGate();

/** Forgets every `Retry-After` (tests; a new sign-in starts without them anyway, as the key holds the user). */
export function forgetRetryAfter(): void {
  retryAfterGate.clear();
}

/**
 * The one way to call Concur: bearer token, JSON, 15 s time-out joined with the caller's signal, a zod-checked answer,
 * and one refresh + one replay when the token turns out to be stale. While Concur's `Retry-After` for the same request
 * runs, nothing is sent: the caller gets that answer again, with the time left.
 */
export async function concurRequest<T>(request: ConcurRequest<T>): Promise<T> {
  const method = request.method ?? 'GET';
  const url = apiUrl(request.path, request.query);
  const session = await usableSession();
  if (!session) throw new ConcurError({ kind: 'http', method, status: 401, message: 'Not signed in.' });
  const gateKey = `${session.user.id} ${method} ${url.pathname}${url.search}`;
  const waiting = retryAfterGate.check(gateKey, method);
  if (waiting) throw waiting;

  let answer = await exchange(url, method, session.accessToken, request);
  if (refusedForStaleToken(answer, session)) {
    const refreshed = await refreshSession({ replacing: session.accessToken }).catch(() => undefined);
    if (!refreshed) throw httpError(answer, method);
    answer = await exchange(url, method, refreshed.accessToken, request);
  }
  try {
    const data = parseAnswer(answer, request.schema, method);
    retryAfterGate.record(gateKey, data);
    return data;
  } catch (error) {
    retryAfterGate.record(gateKey, error);
    throw error;
  }
}
