import { http, HttpResponse } from 'msw';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshSession } from '../lib/auth/session-refresh';
import { startSession } from '../lib/auth/start-session';
import { recordRequests, server } from '../testing/msw-server';
import { renderApp } from '../testing/render-app';
import { aSession, demoScopes, signIn } from '../testing/sessions';

let stopSession: (() => void) | undefined;
afterEach(() => {
  stopSession?.();
  stopSession = undefined;
});

describe('protected pages', () => {
  it('send a signed-out visitor to /sign-in with the page to come back to', async () => {
    server.use(http.post('/auth/refresh', () => HttpResponse.json({ error: 'no_session' }, { status: 401 })));
    window.history.replaceState(null, '', '/tax-invoices?modifiedafter=2026-01-01');
    stopSession = startSession();
    renderApp({ url: '/tax-invoices?modifiedafter=2026-01-01' });

    expect(await screen.findByRole('button', { name: 'Sign in with Concur' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(window.location.search).get('returnTo')).toBe('/tax-invoices?modifiedafter=2026-01-01');
  });

  it('a new tab signs in silently through the gateway cookie', async () => {
    const seen = recordRequests();
    server.use(http.post('/auth/refresh', () => HttpResponse.json(aSession({ accessToken: 'from-cookie', scopes: [...demoScopes.travelManager] }))));
    window.history.replaceState(null, '', '/');
    stopSession = startSession();
    renderApp({ url: '/' });

    expect(await screen.findByRole('heading', { name: 'Opportunities', level: 1 })).toBeInTheDocument();
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /auth/refresh']);
    expect(JSON.parse(sessionStorage.getItem('concur-console:session') ?? '{}')).toMatchObject({ accessToken: 'from-cookie' });
  });

  it('the callback page does not try a silent sign-in', () => {
    const seen = recordRequests();
    window.history.replaceState(null, '', '/oauth/callback?code=x&state=y');
    stopSession = startSession();
    expect(seen).toHaveLength(0);
  });

  it('when the session cannot be refreshed, the user signs in again and comes back to the same page', async () => {
    server.use(http.post('/auth/refresh', () => HttpResponse.json({ error: 'session_expired' }, { status: 401 })));
    signIn();
    renderApp({ url: '/opportunities' });
    await screen.findByRole('heading', { name: 'Opportunities', level: 1 });

    await act(() => refreshSession().catch(() => undefined));

    expect(await screen.findByText('Your session ended. Sign in again to continue where you left off.')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('returnTo')).toBe('/opportunities');
  });
});
