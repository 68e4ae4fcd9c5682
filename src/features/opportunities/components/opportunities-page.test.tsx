import { delay, http, HttpResponse } from 'msw';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordRequests, server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { demoScopes, signIn } from '../../../testing/sessions';
import { presetRange } from '../model/presets';
import { toIsoInstant } from '../model/utc-days';
import { aWireOpportunity, type WireOpportunity } from '../testing/opportunity-fixtures';

const PATH = '/api/v3.0/insights/opportunities';
const JANUARY = '/opportunities?mode=range&from=2026-01-01T00:00:00Z&to=2026-01-31T23:59:59Z';

/** Serves `items` in pages of `pageSize` with Concur-style NextPage links; returns the URLs asked for. */
function serveOpportunities(items: WireOpportunity[], pageSize = 2): URL[] {
  const asked: URL[] = [];
  server.use(
    http.get(PATH, ({ request }) => {
      const url = new URL(request.url);
      asked.push(url);
      const tripId = url.searchParams.get('tripId');
      const matching = tripId ? items.filter((item) => item.TripId === tripId) : items;
      const offset = Number(url.searchParams.get('offset') ?? '0');
      const next = offset + pageSize < matching.length ? `${url.origin}${PATH}?offset=${offset + pageSize}` : null;
      return HttpResponse.json({ Items: matching.slice(offset, offset + pageSize), NextPage: next });
    }),
  );
  return asked;
}

const JANUARY_ITEMS = () => [
  aWireOpportunity({ TripId: 'T1', Type: 'Hotel', StartDateLocal: '2026-01-05T15:00:00' }),
  aWireOpportunity({ TripId: 'T1', Type: 'Air', StartDateLocal: '2026-01-05T08:00:00', IsActive: false }),
  aWireOpportunity({ TripId: 'T2', Type: 'Air', StartDateLocal: '2026-01-12T09:00:00' }),
  aWireOpportunity({ TripId: 'T2', Type: 'Taxi', StartDateLocal: '2026-01-12T07:00:00' }),
  aWireOpportunity({ TripId: 'T3', Type: 'Rail', StartDateLocal: '2026-01-20T10:00:00', IsActive: false }),
];

/** The figure next to a summary label. */
async function stat(label: string, region = 'Summary'): Promise<string> {
  const summary = await screen.findByRole('region', { name: region });
  const term = within(summary).getAllByRole('term').find((element) => element.textContent === label);
  return term?.nextElementSibling?.textContent ?? '';
}

const apiRequests = (seen: ReturnType<typeof recordRequests>) => seen.filter((request) => request.path.startsWith('/api/'));

// The whole screen renders here (chart, grid, pickers, and the lazy chunks on first use): slow in jsdom on a busy machine.
beforeAll(() => configure({ asyncUtilTimeout: 10_000 }));

describe('opportunities explorer', { timeout: 60_000 }, () => {
  it('walks every page of a UTC range and shows the numbers of all of them', async () => {
    const asked = serveOpportunities(JANUARY_ITEMS());
    signIn({ scopes: [...demoScopes.travelManager] });
    renderApp({ url: JANUARY });

    expect(await stat('Opportunities')).toBe('5');
    expect(await stat('Active')).toBe('3');
    expect(await stat('Trips')).toBe('3');
    expect(await stat('Air')).toBe('2');
    expect(asked.map((url) => [url.searchParams.get('fromUtc'), url.searchParams.get('toUtc'), url.searchParams.get('offset')])).toEqual([
      ['2026-01-01T00:00:00', '2026-01-31T23:59:59', null],
      ['2026-01-01T00:00:00', '2026-01-31T23:59:59', '2'],
      ['2026-01-01T00:00:00', '2026-01-31T23:59:59', '4'],
    ]);
    expect(screen.getByText('Showing 5 of 5 opportunities')).toBeInTheDocument();
    expect(screen.getByText(/5 opportunities by start day, Jan 1, 2026 to Jan 31, 2026/)).toBeInTheDocument();
  });

  it('counts only active opportunities when the link says so', async () => {
    serveOpportunities(JANUARY_ITEMS());
    signIn();
    renderApp({ url: `${JANUARY}&activeOnly=1` });
    expect(await stat('Opportunities')).toBe('3');
    expect(await stat('Trips')).toBe('2');
    expect(screen.getByRole('switch', { name: 'Active only' })).toBeChecked();
  });

  it('sends nothing for a link whose end is before its start, and says why', async () => {
    const seen = recordRequests();
    signIn();
    renderApp({ url: '/opportunities?mode=range&from=2026-02-01T00:00:00Z&to=2026-01-31T23:59:59Z' });
    expect(await screen.findByText('The end is before the start. Choose a later end date.')).toBeInTheDocument();
    expect(screen.getByText('Nothing was sent to Concur: fix the highlighted fields, then search again.')).toBeInTheDocument();
    expect(apiRequests(seen)).toEqual([]);
  });

  it('checks a typed trip id before any request, then opens the trip in the URL', async () => {
    const asked = serveOpportunities([aWireOpportunity({ TripId: 'gWtrip$1' })]);
    signIn();
    const { user } = renderApp({ url: '/opportunities' });
    await user.click(await screen.findByRole('button', { name: 'By trip' }));
    await user.type(screen.getByRole('textbox', { name: 'Trip ID' }), 'gW trip');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('A trip ID has no spaces. Remove them and try again.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Trip ID' })).toHaveFocus();
    expect(asked).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: 'Trip ID' }));
    await user.type(screen.getByRole('textbox', { name: 'Trip ID' }), 'gWtrip$1');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await stat('Opportunities')).toBe('1');
    expect(asked.map((url) => url.searchParams.get('tripId'))).toEqual(['gWtrip$1']);
    expect(new URLSearchParams(window.location.search).toString()).toBe('mode=trip&tripId=gWtrip%241');
  });

  it('puts a UTC preset and the chosen types in the URL and the request', async () => {
    const asked = serveOpportunities([aWireOpportunity()]);
    signIn();
    const { user } = renderApp({ url: '/opportunities' });
    await user.click(await screen.findByRole('button', { name: 'This month' }));
    await user.click(screen.getByRole('button', { name: 'Air' }));
    await user.click(screen.getByRole('button', { name: 'Hotel' }));
    expect(screen.getByRole('button', { name: 'Hotel' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await stat('Opportunities');

    const month = presetRange('thisMonth', Date.now());
    const params = new URLSearchParams(window.location.search);
    expect([params.get('from'), params.get('to'), params.get('types')]).toEqual([toIsoInstant(month.fromMs), toIsoInstant(month.toMs), 'Hotel,Air']);
    expect(asked[0]?.searchParams.get('opportunityType')).toBe('Hotel,Air');
    expect(asked[0]?.searchParams.get('fromUtc')).toBe(toIsoInstant(month.fromMs).slice(0, 19));
  });

  it('shows what failed with Concur’s reference, and Retry loads it', async () => {
    let fail = true;
    server.use(
      http.get(PATH, () =>
        fail
          ? HttpResponse.json({ Error: { Message: 'Boom', 'Server-Time': '2026-01-01T00:00:00', Id: 'X' } }, { status: 500, headers: { 'concur-correlationid': 'corr-500' } })
          : HttpResponse.json({ Items: JANUARY_ITEMS(), NextPage: null }),
      ),
    );
    signIn();
    const { user } = renderApp({ url: JANUARY });
    expect(await screen.findByText('The opportunities could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('Reference: corr-500')).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Query' })).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await stat('Opportunities')).toBe('5');
  });

  it('Cancel stops the page walk and shows nothing partial; Load again starts over', async () => {
    const asked: (string | null)[] = [];
    let hang = true;
    server.use(
      http.get(PATH, async ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.searchParams.get('offset'));
        if (url.searchParams.get('offset') === null) return HttpResponse.json({ Items: JANUARY_ITEMS().slice(0, 2), NextPage: `${url.origin}${PATH}?offset=2` });
        if (hang) await delay('infinite');
        return HttpResponse.json({ Items: JANUARY_ITEMS().slice(2), NextPage: null });
      }),
    );
    signIn();
    const { user } = renderApp({ url: JANUARY });
    expect(await screen.findByText('Loading opportunities… 2 so far (1 page).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Loading was cancelled. Nothing is shown, because the result would be incomplete.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Summary' })).not.toBeInTheDocument();
    expect(asked).toEqual([null, '2']);

    hang = false;
    await user.click(screen.getByRole('button', { name: 'Load again' }));
    expect(await stat('Opportunities')).toBe('5');
    expect(asked).toEqual([null, '2', null, '2']);
  });

  it('Refresh walks the pages again; cancelling it keeps the results already shown', async () => {
    let hang = false;
    const asked: (string | null)[] = [];
    server.use(
      http.get(PATH, async ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('offset'));
        if (hang) await delay('infinite');
        return HttpResponse.json({ Items: JANUARY_ITEMS(), NextPage: null });
      }),
    );
    signIn();
    const { user } = renderApp({ url: JANUARY });
    expect(await stat('Opportunities')).toBe('5');
    hang = true;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Loading opportunities… 0 so far (0 pages).')).toBeInTheDocument();
    expect(await stat('Opportunities')).toBe('5');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument());
    expect(await stat('Opportunities')).toBe('5');
    expect(screen.queryByText(/Loading was cancelled/)).not.toBeInTheDocument();
    expect(asked).toEqual([null, null]);
  });

  it('a count in the chart’s data table filters the table to that day and type, in the URL', async () => {
    serveOpportunities(JANUARY_ITEMS());
    signIn();
    const { user } = renderApp({ url: JANUARY });
    await stat('Opportunities');
    await user.click(screen.getByRole('button', { name: 'Show the chart’s data as a table' }));
    await user.click(screen.getByRole('button', { name: 'Show the 1 Air opportunity of Jan 12, 2026 in the table' }));
    expect(screen.getByText('Showing 1 of 5 opportunities')).toBeInTheDocument();
    const params = new URLSearchParams(window.location.search);
    expect([params.get('period'), params.get('tableType')]).toEqual(['2026-01-12', 'Air']);

    await user.click(screen.getByRole('button', { name: /Clear the date filter/ }));
    expect(screen.getByText('Showing 2 of 5 opportunities')).toBeInTheDocument();
  });

  it('going back to a previous query shows it from the cache without asking Concur again', async () => {
    const asked = serveOpportunities(JANUARY_ITEMS(), 10);
    signIn();
    const { user, router } = renderApp({ url: JANUARY });
    await stat('Opportunities');
    await user.click(within(screen.getByRole('region', { name: 'Trip timeline' })).getByRole('link', { name: 'T2' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Trip ID' })).toHaveValue('T2'));
    // The link left with the results it sat in; the keyboard focus went to the trip's field, not to <body>.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Trip ID' })).toHaveFocus());
    await waitFor(async () => expect(await stat('Opportunities')).toBe('2'));
    expect(asked[1]?.searchParams.get('tripId')).toBe('T2');

    await router.navigate(-1);
    await waitFor(async () => expect(await stat('Opportunities')).toBe('5'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'By date range' })).toHaveAttribute('aria-pressed', 'true'));
    expect(asked).toHaveLength(2);
  });

  it('speaks Mexican Spanish', async () => {
    serveOpportunities(JANUARY_ITEMS());
    signIn();
    renderApp({ url: JANUARY, locale: 'es-MX' });
    expect(await screen.findByRole('button', { name: 'Buscar' })).toBeInTheDocument();
    expect(await stat('Oportunidades', 'Resumen')).toBe('5');
    expect(screen.getByRole('button', { name: 'Por rango de fechas' })).toBeInTheDocument();
  });
});
