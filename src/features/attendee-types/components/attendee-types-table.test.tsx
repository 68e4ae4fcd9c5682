import { http, HttpResponse } from 'msw';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { fakeAttendeeTypes, makeTypes } from '../testing/fake-attendee-types';

const SLOW = { timeout: 12_000 };
// The grid and the lazy screens take a while in jsdom, more so on a busy machine.
configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 60_000 });

function setup({ count = 60, url = '/attendee-types' } = {}) {
  const fake = fakeAttendeeTypes(makeTypes(count));
  server.use(...fake.handlers);
  signIn();
  return { ...fake, ...renderApp({ url }) };
}

const rowIds = () =>
  screen
    .getAllByRole('row')
    .map((row) => row.getAttribute('data-id'))
    .filter((id): id is string => id !== null);
const search = () => new URLSearchParams(window.location.search);
const listRequests = (seen: { method: string; url: URL }[]) => seen.filter((r) => r.method === 'GET' && r.url.pathname.endsWith('/attendeetypes'));

describe('attendee types table', () => {
  it('pages forward and back through Concur cursors, with the view in the URL and the next page prefetched', async () => {
    const { user, seen } = setup();
    expect(await screen.findByRole('link', { name: 'Type 025' }, SLOW)).toBeInTheDocument();
    expect(rowIds()).toHaveLength(25);
    expect(screen.getByText('Page 1 · more available')).toBeInTheDocument();
    expect(screen.queryByText(/of \d+/)).not.toBeInTheDocument();
    // Page 2 is asked for before anyone clicks Next.
    await waitFor(() => expect(listRequests(seen).some((r) => r.url.searchParams.has('offset'))).toBe(true));
    // Asked for once, while the screen's code was loading, not again by the table.
    expect(listRequests(seen).filter((r) => !r.url.searchParams.has('offset'))).toHaveLength(1);
    const page1 = rowIds();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('link', { name: 'Type 026' })).toBeInTheDocument();
    expect(search().get('page')).toBe('2');
    expect(search().get('cursor')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page 3 · last page')).toBeInTheDocument();
    expect(rowIds()).toHaveLength(10);
    // Next, just pressed, is unavailable on the last page but keeps the keyboard focus (not dropped on <body>).
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(search().get('page')).toBe('3');

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.click(await screen.findByRole('button', { name: 'Previous' }));
    await screen.findByText('Page 1 · more available');
    expect(rowIds()).toEqual(page1);
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveFocus();
    // Once focus moves on, the unavailable button is disabled for real.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(window.location.search).toBe('');
  });

  it('opens a later page from its URL, and Previous still works without any remembered cursor', async () => {
    const fake = fakeAttendeeTypes(makeTypes(60));
    server.use(...fake.handlers);
    signIn();
    const cursor = btoa('after:50');
    const { user } = renderApp({ url: `/attendee-types?page=3&cursor=${encodeURIComponent(cursor)}&size=25` });
    expect(await screen.findByRole('link', { name: 'Type 051' }, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('link', { name: 'Type 026' })).toBeInTheDocument();
    expect(search().get('page')).toBe('2');
  });

  it('changing the page size starts again from the first page and keeps the choice in the URL', async () => {
    const { user } = setup({ count: 120 });
    await screen.findByRole('link', { name: 'Type 025' }, SLOW);
    await user.click(screen.getByRole('combobox', { name: 'Rows per page' }));
    await user.click(screen.getByRole('option', { name: '100 per page' }));
    expect(await screen.findByRole('link', { name: 'Type 100' })).toBeInTheDocument();
    expect(search().get('size')).toBe('100');
    expect(search().has('page')).toBe(false);
  });

  it('quick search and sort work on the loaded page, say so, and live in the URL', async () => {
    const { user } = setup();
    await screen.findByRole('link', { name: 'Type 025' }, SLOW);
    expect(screen.getByText(/apply to the 25 types loaded on this page only/)).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search loaded rows' }), 'code_02');
    await waitFor(() => expect(search().get('q')).toBe('code_02'), SLOW);
    await waitFor(() => expect(rowIds()).toHaveLength(6), SLOW); // Type 020–025
    await user.click(screen.getByRole('columnheader', { name: /^Name/ }));
    await waitFor(() => expect(search().get('sort')).toBe('Name.asc'));
    await user.click(screen.getByRole('columnheader', { name: /^Name/ }));
    await waitFor(() => expect(search().get('sort')).toBe('Name.desc'));
    expect(within(screen.getAllByRole('row')[1] as HTMLElement).getByRole('link')).toHaveTextContent('Type 025');

    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    await waitFor(() => expect(rowIds()).toHaveLength(25));
    expect(screen.getByRole('searchbox', { name: 'Search loaded rows' })).toHaveValue('');
  });

  it('shows an inline error with Concur’s reference and Retry', async () => {
    let fail = true;
    const fake = fakeAttendeeTypes(makeTypes(5));
    server.use(
      http.get('/api/v3.0/expense/attendeetypes', () => (fail ? fake.concurError(503, 'Down for maintenance', 'ref-503') : undefined)),
      ...fake.handlers,
    );
    signIn();
    const { user } = renderApp({ url: '/attendee-types' });
    expect(await screen.findByText('The attendee types could not be loaded', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Reference: ref-503')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Type 005' })).toBeInTheDocument();
    expect(screen.getByText('Page 1 · last page')).toBeInTheDocument();
  });

  it('speaks Mexican Spanish, the grid’s own labels included', async () => {
    const fake = fakeAttendeeTypes(makeTypes(30));
    server.use(...fake.handlers);
    signIn();
    renderApp({ url: '/attendee-types', locale: 'es-MX' });
    expect(await screen.findByText('Página 1 · hay más', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /^Nombre/ })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox', { name: 'Seleccionar fila' })).toHaveLength(25);
    expect(screen.getAllByText('Base de datos de Expense').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Eliminar Employee' })).toBeInTheDocument();
  });

  it('says when there are no attendee types', async () => {
    server.use(http.get('/api/v3.0/expense/attendeetypes', () => HttpResponse.json({ Items: [], NextPage: null })));
    signIn();
    renderApp({ url: '/attendee-types' });
    expect(await screen.findByText('There are no attendee types yet.', undefined, SLOW)).toBeInTheDocument();
  });

  it('remembers hidden columns per user', async () => {
    const { user } = setup({ count: 3 });
    await screen.findByRole('link', { name: 'Type 003' }, SLOW);
    expect(screen.queryByRole('columnheader', { name: 'ID' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('checkbox', { name: 'ID' }));
    expect(await screen.findByRole('columnheader', { name: 'ID' })).toBeInTheDocument();
    const stored = Object.entries(localStorage).find(([key]) => key.startsWith('concur-console:attendee-types:table:'));
    expect(stored?.[0]).toContain('0b5e1f0c');
    expect(JSON.parse(stored?.[1] ?? '{}')).toMatchObject({ hiddenColumns: [] });
  });

  it('“/” focuses the search and “?” lists the shortcuts', async () => {
    const { user } = setup({ count: 3 });
    await screen.findByRole('link', { name: 'Type 003' }, SLOW);
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search loaded rows' })).toHaveFocus();
    await user.keyboard('{Escape}');
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Open the type in the focused row')).toBeInTheDocument();
  });
});
