import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordRequests, server } from '../../testing/msw-server';
import { renderApp } from '../../testing/render-app';
import { demoScopes, signIn } from '../../testing/sessions';

const navLinkNames = (navigationName = 'Main navigation') =>
  within(screen.getByRole('navigation', { name: navigationName }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('app shell', () => {
  it.each([
    ['finance admin', demoScopes.financeAdmin, ['Attendee types', 'Tax invoices', 'Opportunities', 'PO receipts'], 'Attendee types'],
    ['travel manager', demoScopes.travelManager, ['Opportunities'], 'Opportunities'],
    ['AP clerk', demoScopes.apClerk, ['PO receipts'], 'PO receipts'],
    ['attendee writer only', ['openid', 'ATTEND'], ['Attendee types'], 'Attendee types'],
  ])('shows the %s only the areas their scopes allow, and opens the first one', async (_who, scopes, expected, home) => {
    signIn({ scopes: [...scopes] });
    renderApp({ url: '/' });

    expect(await screen.findByRole('heading', { name: home, level: 1 })).toBeInTheDocument();
    expect(navLinkNames()).toEqual(expected);
  });

  it('shows the product, the user, the current page in the navigation and a skip link', async () => {
    signIn();
    renderApp({ url: '/tax-invoices' });
    await screen.findByRole('heading', { name: 'Tax invoices', level: 1 });

    expect(screen.getByText('Concur Console')).toBeInTheDocument();
    expect(screen.getByText('Fernanda Alvarez')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tax invoices' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('explains instead of showing an area the scopes do not allow', async () => {
    signIn({ scopes: [...demoScopes.apClerk] });
    renderApp({ url: '/tax-invoices' });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this area' })).toBeInTheDocument();
  });

  it('shows a not-found page for unknown paths', async () => {
    signIn();
    const { user } = renderApp({ url: '/no/such/page' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(await screen.findByRole('heading', { name: 'Attendee types', level: 1 })).toBeInTheDocument();
  });

  it('switches language, remembers it, and sets <html lang>', async () => {
    signIn();
    const { user } = renderApp({ url: '/opportunities' });
    await screen.findByRole('heading', { name: 'Opportunities', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Español (México)' }));

    expect(await screen.findByRole('heading', { name: 'Oportunidades', level: 1 })).toBeInTheDocument();
    expect(navLinkNames('Navegación principal')).toContain('Recibos de órdenes de compra');
    expect(screen.getByRole('button', { name: 'Cerrar sesión' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es-MX');
    expect(localStorage.getItem('concur-console:locale')).toBe('es-MX');
  });

  it('switches the theme and remembers the choice', async () => {
    signIn();
    const { user } = renderApp({ url: '/opportunities' });
    await user.click(await screen.findByRole('button', { name: 'Theme: System' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Dark' }));

    expect(await screen.findByRole('button', { name: 'Theme: Dark' })).toBeInTheDocument();
    expect(localStorage.getItem('concur-console:theme-mode')).toBe('dark');
  });
});

describe('sign-out', () => {
  it('signs out at the gateway, clears the query cache and every app key, then shows /sign-in', async () => {
    const seen = recordRequests();
    server.use(http.post('/auth/logout', () => new HttpResponse(null, { status: 204 })));
    const session = signIn();
    sessionStorage.setItem('concur-console:draft:po-receipt', '{"PurchaseOrderNumber":"PO-1"}');
    sessionStorage.setItem('another-app', 'kept');
    const { user, queryClient } = renderApp({ url: '/po-receipts' });
    queryClient.setQueryData(['po-receipts', 'list'], { Items: ['secret'] });
    await screen.findByRole('heading', { name: 'PO receipts', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in with Concur' })).toBeInTheDocument();
    expect(screen.getByText('You signed out.')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
    expect(window.location.search).toBe('');
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('concur-console:'))).toEqual([]);
    expect(sessionStorage.getItem('another-app')).toBe('kept');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    await waitFor(() => expect(seen.find((request) => request.path === '/auth/logout')).toBeDefined());
    const logout = seen.find((request) => request.path === '/auth/logout');
    expect(logout?.headers.get('authorization')).toBe(`Bearer ${session.accessToken}`);
    expect(logout?.headers.get('x-concur-console')).toBe('1');
  });

  it('follows a sign-out made in another tab', async () => {
    signIn();
    const { queryClient } = renderApp({ url: '/attendee-types' });
    queryClient.setQueryData(['attendee-types'], ['cached']);
    await screen.findByRole('heading', { name: 'Attendee types', level: 1 });

    const otherTab = new BroadcastChannel('concur-console:session');
    otherTab.postMessage({ type: 'signed-out' });
    otherTab.close();

    expect(await screen.findByRole('button', { name: 'Sign in with Concur' })).toBeInTheDocument();
    expect(sessionStorage.getItem('concur-console:session')).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });
});
