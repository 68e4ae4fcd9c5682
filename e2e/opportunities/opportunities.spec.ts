import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { USERS } from '../support/env';
import { signIn } from '../support/sign-in';
import {
  concurUtc,
  DAY_MS,
  daysUtc,
  figuresOf,
  lastMonthUtc,
  OPPORTUNITIES_PATH,
  sandboxOpportunities,
  shownFigures,
  startOfUtcDay,
  utcDay,
  type ApiOpportunity,
} from './sandbox-api';

// One file on purpose: the Cancel test slows this path down, and tests of one file never run at the same time.
const number = (value: number) => value.toLocaleString('en-US');
const rangeQuery = (range: { from: number; to: number }) => ({ fromUtc: concurUtc(range.from), toUtc: concurUtc(range.to) });
const rangeUrl = (range: { from: number; to: number }, extra = '') =>
  `/opportunities?mode=range&from=${new Date(range.from).toISOString().replace('.000', '')}&to=${new Date(range.to).toISOString().replace('.000', '')}${extra}`;

function watchOpportunityRequests(page: Page): URL[] {
  const seen: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.toLowerCase() === OPPORTUNITIES_PATH) seen.push(url);
  });
  return seen;
}

async function typeDate(page: Page, field: 'From (UTC)' | 'To (UTC)', dayMs: number) {
  const [year, month, day] = utcDay(dayMs).split('-');
  await page.getByRole('group', { name: field }).getByRole('spinbutton', { name: 'Month' }).click();
  await page.keyboard.type(`${month}${day}${year}`);
}

const search = (page: Page) => page.getByRole('button', { name: 'Search', exact: true }).click();
const tableCount = (page: Page, shown: number, total: number) => page.getByText(`Showing ${number(shown)} of ${number(total)} opportunities`);

test('the Last month preset shows what the sandbox holds for that UTC month', async ({ page }) => {
  await signIn(page, USERS.travel, '/opportunities');
  await page.getByRole('button', { name: 'Last month' }).click();
  await search(page);
  const range = lastMonthUtc();
  const items = await sandboxOpportunities(rangeQuery(range));
  expect(items.length).toBeGreaterThan(100);
  expect(await shownFigures(page)).toEqual(figuresOf(items));
  await expect(tableCount(page, items.length, items.length)).toBeVisible();
  const url = new URL(page.url());
  expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([`${utcDay(range.from)}T00:00:00Z`, `${utcDay(range.to)}T23:59:59Z`]);
});

test('a custom range typed in the pickers shows what the sandbox holds', async ({ page }) => {
  const range = daysUtc(startOfUtcDay(Date.now()) - 120 * DAY_MS, 45);
  await signIn(page, USERS.travel, '/opportunities');
  await typeDate(page, 'From (UTC)', range.from);
  await typeDate(page, 'To (UTC)', range.to);
  await expect(page.getByRole('button', { name: 'Custom' })).toHaveAttribute('aria-pressed', 'true');
  await search(page);
  const items = await sandboxOpportunities(rangeQuery(range));
  expect(await shownFigures(page)).toEqual(figuresOf(items));
  expect(new URL(page.url()).searchParams.get('to')).toBe(`${utcDay(range.to)}T23:59:59Z`);
});

test('a trip query shows that trip’s opportunities, as the sandbox holds them', async ({ page }) => {
  const month = await sandboxOpportunities(rangeQuery(lastMonthUtc()));
  const counts = new Map<string, number>();
  for (const item of month) counts.set(item.TripId, (counts.get(item.TripId) ?? 0) + 1);
  const [tripId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const items = await sandboxOpportunities({ tripId });

  await signIn(page, USERS.travel, '/opportunities');
  await page.getByRole('button', { name: 'By trip' }).click();
  await page.getByRole('textbox', { name: 'Trip ID' }).fill(tripId);
  await search(page);
  expect(await shownFigures(page)).toEqual(figuresOf(items));
  expect((await shownFigures(page)).Trips).toBe(1);
  await expect(page.getByText('Showing 1 of 1 trip.')).toBeVisible();
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ mode: 'trip', tripId });
});

test('type chips narrow the request and the table', async ({ page }) => {
  const requests = watchOpportunityRequests(page);
  await signIn(page, USERS.travel, '/opportunities');
  await page.getByRole('button', { name: 'Last month' }).click();
  await page.getByRole('button', { name: 'Hotel', exact: true }).click();
  await page.getByRole('button', { name: 'Air', exact: true }).click();
  await search(page);
  const items = await sandboxOpportunities({ ...rangeQuery(lastMonthUtc()), opportunityType: 'Hotel,Air' });
  const figures = await shownFigures(page);
  expect(figures).toEqual(figuresOf(items));
  expect(figures.byType.Car + figures.byType.Rail + figures.byType.Taxi + figures.byType.Service).toBe(0);
  expect(requests.every((url) => url.searchParams.get('opportunityType') === 'Hotel,Air')).toBe(true);
  const types = await page.locator('[role="gridcell"][data-field="type"]').allTextContents();
  expect(types.length).toBeGreaterThan(10);
  expect(new Set(types)).toEqual(new Set(['Hotel', 'Air']));
});

test('clicking a bar filters the table to that day and type', async ({ page }) => {
  const range = lastMonthUtc();
  const items = await sandboxOpportunities(rangeQuery(range));
  const days = items.map((item) => item.StartDateLocal.slice(0, 10));
  const firstDay = [utcDay(range.from), ...days].sort()[0] ?? '';
  const hotelsByDay = new Map<string, number>();
  for (const item of items) if (item.Type === 'Hotel') hotelsByDay.set(item.StartDateLocal.slice(0, 10), (hotelsByDay.get(item.StartDateLocal.slice(0, 10)) ?? 0) + 1);
  const [busiestDay, count] = [...hotelsByDay.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  const index = Math.round((Date.parse(`${busiestDay}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / DAY_MS);

  await signIn(page, USERS.travel, rangeUrl(range));
  await expect(tableCount(page, items.length, items.length)).toBeVisible({ timeout: 30_000 });
  await page.locator('g[data-series="Hotel"] > rect').nth(index).click();
  await expect(tableCount(page, count, items.length)).toBeVisible();
  const url = new URL(page.url());
  expect([url.searchParams.get('period'), url.searchParams.get('tableType')]).toEqual([busiestDay, 'Hotel']);
  expect(new Set(await page.locator('[role="gridcell"][data-field="type"]').allTextContents())).toEqual(new Set(['Hotel']));

  // Export CSV writes exactly the rows shown: that day's hotels, as Concur gave them.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((line) => line.split(',')[2] === 'Hotel' && line.split(',')[4]?.startsWith(busiestDay))).toBe(true);

  await page.getByRole('button', { name: /Clear the date filter/ }).click();
  await expect(tableCount(page, items.filter((item) => item.Type === 'Hotel').length, items.length)).toBeVisible();
});

test('the URL is the query: reload, a trip link, Back and Forward restore it', async ({ page }) => {
  const range = lastMonthUtc();
  const items = (await sandboxOpportunities({ ...rangeQuery(range), opportunityType: 'Hotel' })).filter((item) => item.IsActive);
  const requests = watchOpportunityRequests(page);
  await signIn(page, USERS.travel, rangeUrl(range, '&types=Hotel&activeOnly=1&group=trip'));
  expect(await shownFigures(page)).toEqual(figuresOf(items));

  await page.reload();
  expect(await shownFigures(page)).toEqual(figuresOf(items));
  await expect(page.getByRole('button', { name: 'Hotel', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('switch', { name: 'Active only' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Group by trip' })).toBeChecked();

  const timeline = page.getByRole('region', { name: 'Trip timeline' });
  const tripId = (await timeline.getByRole('link').first().textContent()) ?? '';
  await timeline.getByRole('link', { name: tripId }).click();
  const trip = await sandboxOpportunities({ tripId });
  await expect(page.getByRole('textbox', { name: 'Trip ID' })).toHaveValue(tripId);
  expect(await shownFigures(page)).toEqual(figuresOf(trip));

  const before = requests.length;
  await page.goBack();
  await expect(page.getByRole('button', { name: 'By date range' })).toHaveAttribute('aria-pressed', 'true');
  expect(await shownFigures(page)).toEqual(figuresOf(items));
  expect(requests.length).toBe(before);
  await page.goForward();
  await expect(page.getByRole('textbox', { name: 'Trip ID' })).toHaveValue(tripId);
  expect(await shownFigures(page)).toEqual(figuresOf(trip));
});

test('sort and page live in the URL too', async ({ page }) => {
  const range = lastMonthUtc();
  const items = await sandboxOpportunities(rangeQuery(range));
  await signIn(page, USERS.travel, rangeUrl(range));
  await expect(tableCount(page, items.length, items.length)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('columnheader', { name: 'Type' }).click();
  await expect(page.locator('[role="gridcell"][data-field="type"]').first()).toHaveText('Air');
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText(`101–200 of ${number(items.length)}`)).toBeVisible();
  const url = new URL(page.url());
  expect([url.searchParams.get('sort'), url.searchParams.get('page')]).toEqual(['type.asc', '2']);

  await page.reload();
  await expect(page.getByText(`101–200 of ${number(items.length)}`)).toBeVisible({ timeout: 30_000 });
  const airCount = items.filter((item) => item.Type === 'Air').length;
  await expect(page.locator('[role="gridcell"][data-field="type"]').first()).toHaveText(airCount > 100 ? 'Air' : 'Car');
});

test('grouped by trip, a trip’s rows collapse under its header and open again', async ({ page }) => {
  const range = lastMonthUtc();
  const items = await sandboxOpportunities(rangeQuery(range));
  const trips = new Set(items.map((item) => item.TripId)).size;
  await signIn(page, USERS.travel, rangeUrl(range, '&group=trip'));
  await expect(tableCount(page, items.length, items.length)).toBeVisible({ timeout: 30_000 });
  const grid = page.getByRole('grid', { name: 'Opportunities' });
  // The pager counts the grid's rows: one header per trip plus the rows of the trips that are open.
  const pager = (rows: number) => page.getByRole('region', { name: 'All opportunities' }).getByText(`1–100 of ${number(rows)}`);
  await expect(pager(items.length + trips)).toBeVisible();
  const collapse = grid.getByRole('button', { name: /^Hide the opportunities of trip / }).first();
  const tripId = ((await collapse.getAttribute('aria-label')) ?? '').replace('Hide the opportunities of trip ', '');
  const tripRows = items.filter((item) => item.TripId === tripId).length;
  await collapse.click();
  await expect(pager(items.length + trips - tripRows)).toBeVisible();
  const expand = grid.getByRole('button', { name: `Show the opportunities of trip ${tripId}` });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expand.click();
  await expect(pager(items.length + trips)).toBeVisible();
  await expect(grid.getByRole('link', { name: tripId, exact: true }).nth(1)).toBeVisible();
});

test('invalid input is stopped with a message and sends no request', async ({ page }) => {
  const requests = watchOpportunityRequests(page);
  await signIn(page, USERS.travel, '/opportunities');
  await page.getByRole('button', { name: 'By trip' }).click();
  const tripField = page.getByRole('textbox', { name: 'Trip ID' });
  await tripField.fill('gWtrip 1');
  await search(page);
  await expect(page.getByText('A trip ID has no spaces. Remove them and try again.')).toBeVisible();
  await tripField.fill('gW/../trips');
  await search(page);
  await expect(page.getByText('A trip ID has only letters, digits, $, _ and -.')).toBeVisible();

  await page.getByRole('button', { name: 'By date range' }).click();
  const today = startOfUtcDay(Date.now());
  await typeDate(page, 'From (UTC)', today);
  await typeDate(page, 'To (UTC)', today - 3 * DAY_MS);
  await search(page);
  await expect(page.getByText('The end is before the start. Choose a later end date.')).toBeVisible();
  await typeDate(page, 'From (UTC)', today - 400 * DAY_MS);
  await typeDate(page, 'To (UTC)', today);
  await search(page);
  await expect(page.getByText('A range can cover at most 366 days. Choose a shorter range.')).toBeVisible();

  await page.goto(page.url().split('?')[0] + '?mode=range&from=2026-03-01T00:00:00Z&to=2025-01-01T00:00:00Z');
  await expect(page.getByText('Nothing was sent to Concur: fix the highlighted fields, then search again.')).toBeVisible();
  await page.waitForTimeout(500);
  expect(requests.map((url) => url.search)).toEqual([]);
});

test('Cancel stops the page walk', async ({ page }) => {
  const range = daysUtc(startOfUtcDay(Date.now()) - 300 * DAY_MS, 300);
  const expected = figuresOf(await sandboxOpportunities(rangeQuery(range)));
  expect(expected.Opportunities).toBeGreaterThan(2000);
  await signIn(page, USERS.travel, '/opportunities');
  const requests = watchOpportunityRequests(page);
  // The first two pages answer 3 s late. Routed in this page only: a sandbox fault on the path would slow (and be used
  // up by) other journeys' opportunity searches running beside this one.
  let slowed = 0;
  await page.route(
    (url) => url.pathname === OPPORTUNITIES_PATH,
    async (route) => {
      slowed += 1;
      if (slowed <= 2) await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue().catch(() => undefined); // a cancelled request has nothing left to continue
    },
  );
  await page.goto(page.url().split('?')[0] + rangeUrl(range).slice('/opportunities'.length));
  await expect(page.getByText('Loading opportunities… 1,000 so far (1 page).')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Loading was cancelled. Nothing is shown, because the result would be incomplete.')).toBeVisible();
  await page.waitForTimeout(4000);
  expect(requests).toHaveLength(2);
  await expect(page.getByRole('region', { name: 'Summary' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Load again' }).click();
  expect(await shownFigures(page)).toEqual(expected);
});

/** What the chart's caption must say for a range, computed from the API's rows (local start dates as Concur gives them). */
function expectedCaption(items: readonly ApiOpportunity[], range: { from: number; to: number }): string {
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  const byDay = new Map<string, number>();
  for (const item of items) byDay.set(item.StartDateLocal.slice(0, 10), (byDay.get(item.StartDateLocal.slice(0, 10)) ?? 0) + 1);
  const days = [...byDay.keys(), utcDay(range.from), utcDay(range.to)].sort();
  const [busiest, count] = [...byDay.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  const label = (key: string) => day.format(Date.parse(`${key}T00:00:00Z`));
  return `${number(items.length)} opportunities by start day, ${label(days[0] ?? '')} to ${label(days.at(-1) ?? '')} (local dates). Busiest day: ${label(busiest)}, with ${number(count)}.`;
}

for (const timezoneId of ['Pacific/Kiritimati', 'America/Santiago']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('the same UTC range gives the same rows and days', async ({ page }) => {
      const range = lastMonthUtc();
      const items = await sandboxOpportunities(rangeQuery(range));
      await signIn(page, USERS.travel, rangeUrl(range));
      expect(await shownFigures(page)).toEqual(figuresOf(items));
      await expect(page.getByText(expectedCaption(items, range))).toBeVisible();
      const [fromYear, fromMonth, fromDay] = utcDay(range.from).split('-');
      await expect(page.locator('input[name="from"]')).toHaveValue(`${fromMonth}/${fromDay}/${fromYear}`);

      const first = [...items].sort((a, b) => (a.StartDateLocal < b.StartDateLocal ? -1 : a.StartDateLocal > b.StartDateLocal ? 1 : a.ID < b.ID ? -1 : 1))[0];
      const wall = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
      await expect(page.locator('[role="gridcell"][data-field="startLocal"]').first()).toHaveText(wall.format(Date.parse(`${first?.StartDateLocal ?? ''}Z`)));
    });

    test('Today is today in UTC, whatever the local date', async ({ page }) => {
      await signIn(page, USERS.travel, '/opportunities');
      await page.getByRole('button', { name: 'Today' }).click();
      await search(page);
      const today = startOfUtcDay(Date.now());
      const url = new URL(page.url());
      expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([`${utcDay(today)}T00:00:00Z`, `${utcDay(today)}T23:59:59Z`]);
      expect(await shownFigures(page)).toEqual(figuresOf(await sandboxOpportunities(rangeQuery(daysUtc(today, 1)))));
    });
  });
}
