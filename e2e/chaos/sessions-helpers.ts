import { expect, type Page, type Request, type Response } from '@playwright/test';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '../../sandbox/config';
import { concurAs } from '../support/concur-direct';
import { gatewayUrl, sandboxUrl } from '../support/env';
import { fillSandboxSignIn } from '../support/sign-in';
import { watchPage } from '../support/watch';
import { chaosWatch } from './invariants';

/** The console's OAuth callback route (src/config/route-paths.ts); `/auth/*` are the gateway's own calls. */
export const CALLBACK_PATH = '/oauth/callback';
export const API_PREFIX = '/api/v3.0/';
const APP_KEY_PREFIX = 'concur-console:';
const SECRET_IN_URL = /[?#&](code|state|access_token|refresh_token|id_token)=/;
const TOKEN_LIKE = /\beyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}\b/;

const pathOf = (request: Request) => new URL(request.url()).pathname;
const onGateway = (request: Request) => new URL(request.url()).origin === gatewayUrl();

/**
 * The invariants of invariants.ts for pages that go through the OAuth callback during the test. `chaosWatch` exempts
 * `/auth/callback` from its URL check, but the console's callback is `/oauth/callback`, so a watch made before a sign-in
 * flags the code the callback strips at once. Until that is fixed there, the same N3/N4 checks run here from the start
 * (with the right exemption: the callback may hold code and state only until it strips them), and `chaosWatch` is armed
 * once the last callback of the test is behind (`arm()`).
 */
export function sessionWatch(page: Page) {
  const early = watchPage(page, [gatewayUrl(), sandboxUrl()]);
  const leaks: string[] = [];
  page.on('console', (message) => {
    if (TOKEN_LIKE.test(message.text()) || SECRET_IN_URL.test(message.text())) leaks.push(`console: ${message.text()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = new URL(frame.url());
    if (url.origin === gatewayUrl() && SECRET_IN_URL.test(frame.url()) && url.pathname !== CALLBACK_PATH) leaks.push(`url: ${frame.url()}`);
  });
  let armed: ReturnType<typeof chaosWatch> | undefined;
  return {
    requests: early.requests,
    foreignRequests: early.foreignRequests,
    arm() {
      armed = chaosWatch(page);
    },
    async expectClean({ allowErrorView = false }: { allowErrorView?: boolean } = {}) {
      expect(early.pageErrors, 'N3: page errors').toEqual([]);
      expect(early.cspViolations, 'N3: CSP violations').toEqual([]);
      expect(early.foreignRequests, 'N4: requests to other hosts').toEqual([]);
      expect(leaks, 'N4: code/state/token in a URL or the console').toEqual([]);
      if (new URL(page.url()).origin === gatewayUrl()) {
        expect(SECRET_IN_URL.test(page.url()), 'N4: code/state/token in the current URL').toBe(false);
      }
      expect((await page.locator('body').innerText()).trim().length, 'N3: blank screen').toBeGreaterThan(0);
      if (!allowErrorView) await expect(page.getByRole('heading', { name: 'Something went wrong' }), 'N3: route error boundary').toHaveCount(0);
      await armed?.expectClean({ allowErrorView });
    },
  };
}

/** The POSTs a page sends to the gateway's `/auth/token`, `/auth/refresh` and `/auth/logout`. */
export function recordAuthCalls(page: Page) {
  const calls = { token: [] as Request[], refresh: [] as Request[], logout: [] as Request[] };
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !onGateway(request)) return;
    const path = pathOf(request);
    if (path === '/auth/token') calls.token.push(request);
    if (path === '/auth/refresh') calls.refresh.push(request);
    if (path === '/auth/logout') calls.logout.push(request);
  });
  return calls;
}

export interface ApiCall {
  request: Request;
  at: number;
  authorization: string | undefined;
  response?: Response;
}

/** Every Concur API call a page makes (through the gateway), with the token it carried and, once answered, its answer. */
export function recordApiCalls(page: Page): ApiCall[] {
  const calls: ApiCall[] = [];
  page.on('request', (request) => {
    if (onGateway(request) && pathOf(request).startsWith(API_PREFIX)) {
      calls.push({ request, at: Date.now(), authorization: request.headers()['authorization'] });
    }
  });
  page.on('response', (response) => {
    const call = calls.find((candidate) => candidate.request === response.request());
    if (call) call.response = response;
  });
  return calls;
}

/** The token the page sent on its latest API call, as it would leak (Authorization: Bearer …). */
export function latestBearer(calls: readonly ApiCall[]): string {
  const bearer = calls.findLast((call) => call.authorization?.startsWith('Bearer '))?.authorization;
  if (!bearer) throw new Error('the page has made no API call with a token yet');
  return bearer;
}

/** The console's own sessionStorage entries (token, drafts, pending sign-ins), by key. */
export function appStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => Object.fromEntries(Object.entries(sessionStorage).filter(([key]) => key.startsWith(prefix))), APP_KEY_PREFIX);
}

export async function draftKeys(page: Page): Promise<string[]> {
  return Object.keys(await appStorage(page)).filter((key) => key.startsWith(`${APP_KEY_PREFIX}draft:`));
}

/** Leaves the console for Concur's sign-in form and returns the `state` the console sent along. */
export async function beginSignIn(page: Page, path = '/'): Promise<string> {
  await page.goto(`${gatewayUrl()}${path}`);
  const authorize = page.waitForRequest((request) => new URL(request.url()).pathname === '/oauth2/v0/authorize');
  await page.getByRole('button', { name: /^(Sign in with Concur|Try again)$/ }).click();
  const state = new URL((await authorize).url()).searchParams.get('state');
  await expect(page.getByLabel('Email or Login ID')).toBeVisible();
  expect(state).toBeTruthy();
  return state ?? '';
}

/** Submits Concur's sign-in form and returns the callback URL Concur redirected to (before the console strips it). */
export async function submitSandboxSignIn(page: Page, login: string): Promise<URL> {
  const callback = page.waitForRequest((request) => request.isNavigationRequest() && pathOf(request) === CALLBACK_PATH);
  await fillSandboxSignIn(page, login);
  return new URL((await callback).url());
}

/**
 * Takes over Concur's answer to its sign-in form (the 302 to the console's callback; Playwright does not route the
 * redirected request itself): `change` returns the callback URL to send the browser to instead, or 'keep' to hold the
 * link back, as an attacker who signs in to plant their own code would. Returns every callback URL Concur issued.
 */
export async function interceptCallbackRedirect(page: Page, change: (callback: URL) => URL | 'keep'): Promise<URL[]> {
  const issued: URL[] = [];
  await page.route(
    (url) => url.origin === sandboxUrl() && url.pathname === '/oauth2/v0/authorize',
    async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const response = await route.fetch({ maxRedirects: 0 });
      const location = response.headers()['location'];
      if (response.status() !== 302 || !location) return route.fulfill({ response });
      const callback = new URL(location, sandboxUrl());
      issued.push(callback);
      const next = change(callback);
      if (next === 'keep') return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Kept</title><p>Link kept.</p>' });
      return route.fulfill({ status: 302, headers: { location: next.toString() } });
    },
  );
  return issued;
}

/** What Concur answers when the code of `callbackUrl` is exchanged again, straight at the sandbox, as an attacker would. */
export async function replayCodeAtSandbox(callbackUrl: URL): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${sandboxUrl()}/oauth2/v0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: callbackUrl.searchParams.get('code') ?? '',
      redirect_uri: `${callbackUrl.origin}${callbackUrl.pathname}`,
      client_id: process.env.SANDBOX_CLIENT_ID ?? DEFAULT_CLIENT_ID,
      client_secret: process.env.SANDBOX_CLIENT_SECRET ?? DEFAULT_CLIENT_SECRET,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Whether Concur still accepts `bearer` (an `Authorization` header value) for a read. */
export async function sandboxAccepts(bearer: string): Promise<boolean> {
  const response = await fetch(`${sandboxUrl()}/api/v3.0/expense/attendeetypes?limit=1`, { headers: { accept: 'application/json', authorization: bearer } });
  await response.body?.cancel();
  return response.ok;
}

export interface AttendeeTypeRecord {
  ID: string;
  Name: string;
  Code: string;
}

const ATTENDEE_TYPES = '/api/v3.0/expense/attendeetypes';

/** Puts a type's name and code back as they were (other journeys read them). */
export async function restoreAttendeeType(type: AttendeeTypeRecord, login: string): Promise<void> {
  const response = await concurAs(login, `${ATTENDEE_TYPES}/${encodeURIComponent(type.ID)}`, {
    method: 'PUT',
    body: JSON.stringify({ Name: type.Name, Code: type.Code }),
  });
  if (!response.ok) throw new Error(`restore ${type.ID}: ${response.status} ${await response.text()}`);
}

/**
 * Which of `texts` the page's JavaScript heap still holds after a full garbage collection: data the app no longer
 * references (a cleared query cache) is gone, data something still references is found.
 */
export async function heapHolds(page: Page, texts: readonly string[]): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let snapshot = '';
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => {
      snapshot += chunk;
    });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return texts.filter((text) => snapshot.includes(JSON.stringify(text).slice(1, -1)));
  } finally {
    await cdp.detach();
  }
}
