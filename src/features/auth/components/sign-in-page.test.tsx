import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as BrowserLocation from '../../../lib/auth/browser-location';
import { leaveAppFor } from '../../../lib/auth/browser-location';
import { pkceChallengeS256 } from '../../../lib/auth/random-token';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';

vi.mock('../../../lib/auth/browser-location', async (importOriginal) => ({
  ...(await importOriginal<typeof BrowserLocation>()),
  leaveAppFor: vi.fn(),
}));

const AUTHORIZE_URL = 'http://127.0.0.1:8081/oauth2/v0/authorize';

function authConfig() {
  return http.get('/auth/config', () =>
    HttpResponse.json({ authorizeUrl: AUTHORIZE_URL, clientId: 'console-client', scope: 'openid attendee.admin.read ATTEND TAXINV INSGHT INVPO' }),
  );
}

async function authorizeUrlAfterClick(url: string): Promise<URL> {
  const { user } = renderApp({ url });
  await user.click(await screen.findByRole('button', { name: 'Sign in with Concur' }));
  await waitFor(() => expect(leaveAppFor).toHaveBeenCalled());
  return new URL(vi.mocked(leaveAppFor).mock.lastCall?.[0] ?? '');
}

describe('sign-in page', () => {
  it('sends the user to Concur with state and an S256 PKCE challenge kept in this tab', async () => {
    server.use(authConfig());
    const authorize = await authorizeUrlAfterClick('/sign-in?returnTo=%2Fopportunities%3Ftrip%3D1');

    expect(`${authorize.origin}${authorize.pathname}`).toBe(AUTHORIZE_URL);
    const params = authorize.searchParams;
    expect(params.get('client_id')).toBe('console-client');
    expect(params.get('redirect_uri')).toBe(`${window.location.origin}/oauth/callback`);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('scope')).toBe('openid attendee.admin.read ATTEND TAXINV INSGHT INVPO');
    expect(params.get('code_challenge_method')).toBe('S256');
    const state = params.get('state') ?? '';
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const pending = JSON.parse(sessionStorage.getItem(`concur-console:sign-in:${state}`) ?? '{}') as { verifier: string; returnTo: string };
    expect(pending.returnTo).toBe('/opportunities?trip=1');
    expect(params.get('code_challenge')).toBe(await pkceChallengeS256(pending.verifier));
    expect(localStorage.length).toBe(0);
  });

  it('stores the home page instead of an off-site returnTo', async () => {
    server.use(authConfig());
    const authorize = await authorizeUrlAfterClick('/sign-in?returnTo=%2F%2Fevil.example');
    const pending = JSON.parse(sessionStorage.getItem(`concur-console:sign-in:${authorize.searchParams.get('state') ?? ''}`) ?? '{}') as { returnTo: string };
    expect(pending.returnTo).toBe('/');
  });

  it('says so when the gateway cannot start a sign-in', async () => {
    server.use(http.get('/auth/config', () => HttpResponse.json({ error: 'unavailable' }, { status: 503 })));
    const { user } = renderApp({ url: '/sign-in' });
    await user.click(await screen.findByRole('button', { name: 'Sign in with Concur' }));
    expect(await screen.findByText('Sign-in is not available right now. Try again in a moment.')).toBeInTheDocument();
  });

  it('sends a signed-in user straight to the page asked for', async () => {
    signIn();
    renderApp({ url: '/sign-in?returnTo=%2Fpo-receipts' });
    expect(await screen.findByRole('heading', { name: 'PO receipts', level: 1 })).toBeInTheDocument();
  });

  it('is translated', async () => {
    renderApp({ url: '/sign-in', locale: 'es-MX' });
    expect(await screen.findByRole('button', { name: 'Iniciar sesión con Concur' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es-MX');
  });
});
