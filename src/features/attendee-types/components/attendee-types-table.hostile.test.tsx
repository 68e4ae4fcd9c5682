import { http, HttpResponse } from 'msw';
import { configure, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';

configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 60_000 });

const LIST = '/api/v3.0/expense/attendeetypes';
const SLOW = { timeout: 12_000 };

describe('attendee types table: hostile answers from Concur', () => {
  it.each([
    ['an HTML gateway page', () => new HttpResponse('<html><body><script>document.title="pwned"</script>502</body></html>', { headers: { 'Content-Type': 'text/html' } })],
    ['truncated JSON', () => new HttpResponse('{"Items":[{"ID":"a$b","Na', { headers: { 'Content-Type': 'application/json' } })],
    ['Items: null with a wrong-typed NextPage', () => HttpResponse.json({ Items: null, NextPage: { href: 'x' } })],
    ['a NextPage on another host', () => HttpResponse.json({ Items: [{ ID: 'a$b', Name: 'Guest' }], NextPage: 'https://evil.example/api/v3.0/expense/attendeetypes?offset=x' })],
  ])('%s: an inline error with Retry, no crash, nothing run', async (_label, resolver) => {
    server.use(http.get(LIST, resolver));
    signIn();
    renderApp({ url: '/attendee-types' });
    expect(await screen.findByText('The attendee types could not be loaded', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Concur sent an answer the console could not read. Try again later.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
    expect(document.title).not.toBe('pwned');
  });

  it('shows hostile names as text and links ids holding /, .., %2F and $ to one encoded detail path', async () => {
    const items = [
      { ID: '../../auth/logout', Name: '<img src=x onerror="document.title=\'pwned\'">' },
      { ID: 'a%2Fb', Name: '<script>document.title="pwned"</script>' },
      { ID: 'gWt$1', Name: 'Guest \u202Eexe.txt' },
    ];
    server.use(http.get(LIST, () => HttpResponse.json({ Items: items, NextPage: null })));
    signIn();
    renderApp({ url: '/attendee-types' });
    const first = await screen.findByRole('link', { name: items[0]?.Name }, SLOW);
    expect(first).toHaveAttribute('href', '/attendee-types/..%2F..%2Fauth%2Flogout');
    expect(screen.getByRole('link', { name: items[1]?.Name })).toHaveAttribute('href', '/attendee-types/a%252Fb');
    expect(screen.getByRole('link', { name: 'Guest \u202Eexe.txt' })).toHaveAttribute('href', '/attendee-types/gWt%241');
    expect(document.querySelector('img[src="x"], main script')).toBeNull();
    expect(document.title).not.toBe('pwned');
  });
});
