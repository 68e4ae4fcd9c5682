import { http, HttpResponse } from 'msw';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { savePendingSignIn } from '../../../lib/auth/pending-sign-in';
import { randomBase64Url } from '../../../lib/auth/random-token';
import { getSessionState } from '../../../lib/auth/session-store';
import { recordRequests, server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { aSession } from '../../../testing/sessions';

const SANDBOX = 'http://127.0.0.1:8081';
const VERIFIER = randomBase64Url(32);

function pendingSignIn({ returnTo = '/tax-invoices', ageMs = 0 } = {}): string {
  const state = randomBase64Url(32);
  savePendingSignIn(state, { verifier: VERIFIER, returnTo, createdAt: Date.now() - ageMs });
  return state;
}

function callbackUrl(params: Record<string, string> | [string, string][]): string {
  return `/oauth/callback?${new URLSearchParams(params).toString()}`;
}

function tokenEndpoint() {
  return http.post('/auth/token', () => HttpResponse.json(aSession({ accessToken: 'fresh-token', scopes: ['openid', 'TAXINV'] })));
}

const tokenRequests = (seen: ReturnType<typeof recordRequests>) => seen.filter((request) => request.path === '/auth/token');

describe('/oauth/callback', () => {
  it('exchanges the code, keeps the token in sessionStorage, strips the address bar and returns to the page asked for', async () => {
    const seen = recordRequests();
    server.use(tokenEndpoint());
    const state = pendingSignIn({ returnTo: '/tax-invoices' });

    renderApp({ url: callbackUrl({ code: 'the-code', state, geolocation: SANDBOX }) });

    expect(await screen.findByRole('heading', { name: 'Tax invoices', level: 1 })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/tax-invoices');
    expect(window.location.search).toBe('');
    const [tokenRequest] = tokenRequests(seen);
    expect(tokenRequest?.headers.get('x-concur-console')).toBe('1');
    expect(JSON.parse(tokenRequest?.body ?? '{}')).toEqual({
      code: 'the-code',
      codeVerifier: VERIFIER,
      redirectUri: `${window.location.origin}/oauth/callback`,
      geolocation: SANDBOX,
    });
    expect(JSON.parse(sessionStorage.getItem('concur-console:session') ?? '{}')).toMatchObject({ accessToken: 'fresh-token' });
    expect(sessionStorage.getItem(`concur-console:sign-in:${state}`)).toBeNull();
  });

  it('removes code and state from the address bar even when it shows an error', async () => {
    renderApp({ url: callbackUrl({ code: 'the-code', state: randomBase64Url(32), geolocation: SANDBOX }) });
    await screen.findByRole('heading', { name: 'This sign-in link is not valid or has expired' });
    expect(window.location.href).toBe(`${window.location.origin}/oauth/callback`);
  });

  it.each([
    ['forged (unknown) state', () => ({ code: 'c', state: randomBase64Url(32), geolocation: SANDBOX })],
    ['missing state', () => ({ code: 'c', geolocation: SANDBOX })],
    ['malformed state', () => ({ code: 'c', state: '../../etc', geolocation: SANDBOX })],
    ['stale state (11 minutes old)', () => ({ code: 'c', state: pendingSignIn({ ageMs: 11 * 60_000 }), geolocation: SANDBOX })],
    ['missing code', () => ({ state: pendingSignIn(), geolocation: SANDBOX })],
  ])('%s: shows the invalid-link page and makes no token request', async (_label, params) => {
    const seen = recordRequests();
    renderApp({ url: callbackUrl(params()) });

    expect(await screen.findByRole('heading', { name: 'This sign-in link is not valid or has expired' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
    expect(tokenRequests(seen)).toHaveLength(0);
    expect(getSessionState().status).not.toBe('signed-in');
  });

  it('duplicated parameters: invalid link, no token request, and the state is burnt', async () => {
    const seen = recordRequests();
    const state = pendingSignIn();
    renderApp({ url: callbackUrl([['code', 'a'], ['code', 'b'], ['state', state], ['geolocation', SANDBOX]]) });

    await screen.findByRole('heading', { name: 'This sign-in link is not valid or has expired' });
    expect(tokenRequests(seen)).toHaveLength(0);
    expect(sessionStorage.getItem(`concur-console:sign-in:${state}`)).toBeNull();
  });

  it('a reused state is refused the second time', async () => {
    server.use(tokenEndpoint());
    const state = pendingSignIn();
    const url = callbackUrl({ code: 'the-code', state, geolocation: SANDBOX });
    const first = renderApp({ url });
    await screen.findByRole('heading', { name: 'Tax invoices', level: 1 });
    first.unmount();

    const seen = recordRequests();
    renderApp({ url });
    expect(await screen.findByRole('heading', { name: 'This sign-in link is not valid or has expired' })).toBeInTheDocument();
    expect(tokenRequests(seen)).toHaveLength(0);
  });

  it('a geolocation off the allowlist: no token request', async () => {
    const seen = recordRequests();
    renderApp({ url: callbackUrl({ code: 'c', state: pendingSignIn(), geolocation: 'https://evil.example' }) });
    expect(await screen.findByRole('heading', { name: 'Sign-in could not be completed' })).toBeInTheDocument();
    expect(tokenRequests(seen)).toHaveLength(0);
  });

  it('access_denied shows the description as text with Try again, and does not redirect', async () => {
    const seen = recordRequests();
    const description = '<img src=x onerror=alert(1)>';
    renderApp({ url: callbackUrl({ error: 'access_denied', error_description: description, state: pendingSignIn() }) });

    expect(await screen.findByRole('heading', { name: 'Concur did not grant access' })).toBeInTheDocument();
    expect(screen.getByText(description)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/oauth/callback');
    expect(seen).toHaveLength(0);
  });

  it('a refused code (invalid_grant) offers to sign in again and keeps the page to return to', async () => {
    server.use(http.post('/auth/token', () => HttpResponse.json({ error: 'invalid_grant', concurCode: 103 }, { status: 400 })));
    const { user } = renderApp({ url: callbackUrl({ code: 'used', state: pendingSignIn({ returnTo: '/po-receipts' }), geolocation: SANDBOX }) });

    expect(await screen.findByRole('heading', { name: 'Sign-in could not be completed' })).toBeInTheDocument();
    expect(sessionStorage.getItem('concur-console:session')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('button', { name: 'Sign in with Concur' })).toBeInTheDocument();
    expect(window.location.search).toBe('?returnTo=%2Fpo-receipts');
  });
});
