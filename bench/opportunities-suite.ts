import type { Browser, Cookie, Page } from '@playwright/test';
import { coldLoad } from './cold-load';
import type { BenchContext, BenchRow } from './context';
import { alternateColdLoads, COLD_LOADS, floorPage, pageFigures, timeClick } from './route-floor';
import { kb, median, ms, spread } from './stats';
import { sandboxPasswordToken } from '../scripts/sandbox-password-grant';

const RUNS = 5;
const DAY_MS = 86_400_000;
const LOGIN = 'travel.manager@sandbox.test';
const PATH = '/api/v3.0/insights/opportunities';
const SMALL_TARGET_ROWS = 25;
const SCROLL_STEP_PX = 120;

interface Range {
  from: number;
  to: number;
  rows: number;
}

const utcDay = (value: number) => new Date(value).toISOString().slice(0, 10);
const concurUtc = (value: number) => new Date(value).toISOString().slice(0, 19);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How many opportunities the sandbox holds for a range (walking NextPage), with a password-grant token. */
async function countRows(sandboxUrl: string, token: string, from: number, to: number): Promise<number> {
  let url: string | null = `${sandboxUrl}${PATH}?fromUtc=${concurUtc(from)}&toUtc=${concurUtc(to)}`;
  let rows = 0;
  while (url) {
    const response: Response = await fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
    const page = (await response.json()) as { Items: unknown[]; NextPage: string | null };
    rows += page.Items.length;
    url = page.NextPage;
  }
  return rows;
}

async function typeDate(page: Page, field: string, value: number): Promise<void> {
  const [year, month, day] = utcDay(value).split('-');
  await page.getByRole('group', { name: field }).getByRole('spinbutton', { name: 'Month' }).click();
  await page.keyboard.type(`${month}${day}${year}`);
}

/** From the Search click to the frame where the chart's bars and the table's rows for the whole answer are in the DOM. */
async function searchToShown(page: Page, gatewayUrl: string, range: Range): Promise<number> {
  await page.goto(`${gatewayUrl}/opportunities`);
  await page.getByRole('button', { name: 'Search', exact: true }).waitFor();
  await typeDate(page, 'From (UTC)', range.from);
  await typeDate(page, 'To (UTC)', range.to);
  const done = `Showing ${range.rows.toLocaleString('en-US')} of ${range.rows.toLocaleString('en-US')} opportunities`;
  await page.evaluate(() => {
    const marks = { start: 0, end: 0 };
    Object.assign(window, { benchMarks: marks });
    document.addEventListener('click', () => (marks.start = performance.now()), { capture: true, once: true });
  });
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForFunction(
    (text) => {
      const marks = (window as unknown as { benchMarks: { start: number; end: number } }).benchMarks;
      const shown = document.querySelector('g[data-series] rect') !== null && document.querySelector('.MuiDataGrid-row') !== null && document.body.innerText.includes(text);
      if (shown && marks.end === 0) marks.end = performance.now();
      return shown;
    },
    done,
    { polling: 'raf', timeout: 60_000 },
  );
  return page.evaluate(() => {
    const marks = (window as unknown as { benchMarks: { start: number; end: number } }).benchMarks;
    return marks.end - marks.start;
  });
}

/** Scrolls the grid's viewport down in steps, one frame each, until the last row is reached. */
async function scrollTableToBottom(page: Page): Promise<{ ms: number; steps: number }> {
  return page.evaluate(async (step) => {
    const scroller = document.querySelector('.MuiDataGrid-virtualScroller');
    if (!(scroller instanceof HTMLElement)) throw new Error('No grid scroller');
    scroller.scrollTop = 0;
    await new Promise(requestAnimationFrame);
    const started = performance.now();
    let steps = 0;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
      scroller.scrollTop += step;
      steps += 1;
      await new Promise(requestAnimationFrame);
    }
    return { ms: performance.now() - started, steps };
  }, SCROLL_STEP_PX);
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function signedInPage(browser: Browser, cookies: Cookie[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addCookies(cookies);
  return context.newPage();
}

/** Ranges of about 25 rows (three UTC days in the past), the ones nearest the target, different per run so none is cached. */
async function smallRanges(sandboxUrl: string, token: string): Promise<Range[]> {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const candidates: Range[] = [];
  for (let start = today - 40 * DAY_MS; start < today - 3 * DAY_MS; start += 3 * DAY_MS) {
    const range = { from: start, to: start + 3 * DAY_MS - 1000, rows: 0 };
    range.rows = await countRows(sandboxUrl, token, range.from, range.to);
    candidates.push(range);
  }
  return candidates.sort((a, b) => Math.abs(a.rows - SMALL_TARGET_ROWS) - Math.abs(b.rows - SMALL_TARGET_ROWS)).slice(0, RUNS);
}

/** The floor's Search on the same ~25-row ranges: click → every row in its HTML table, timed in the page (one warm-up). */
async function floorSearches(context: BenchContext, cookies: Cookie[], ranges: Range[]): Promise<number[]> {
  const page = await signedInPage(context.browser, cookies);
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const range = ranges[Math.max(0, run - 1) % ranges.length] as Range;
    await page.goto(floorPage(context, 'opportunities', { from: concurUtc(range.from), to: concurUtc(range.to) }));
    await page.locator('#search').waitFor();
    const done = `() => document.querySelector('[role="status"]')?.textContent === ${JSON.stringify(`Showing ${range.rows} of ${range.rows} opportunities`)}`;
    const time = await timeClick(page, '#search', done);
    if (run > 0) times.push(time);
  }
  await page.context().close();
  return times;
}

/** The opportunities explorer: cold load, Search → chart + table for 12 months and for ~25 rows, heap, table scroll. */
export async function opportunitiesSuite(context: BenchContext): Promise<BenchRow[]> {
  const cold = await alternateColdLoads(context, {
    cookies: await context.signIn(LOGIN),
    consoleUrl: `${context.gatewayUrl}/opportunities`,
    consoleReady: (page) => page.getByRole('button', { name: 'Search', exact: true }).waitFor(),
    floorUrl: floorPage(context, 'opportunities'),
    floorReady: (page) => page.locator('#search').waitFor(),
  });
  const loads = cold.console;
  let cookies = cold.cookies;

  // Bytes from a load that also waits for the charts-and-grid chunk the page prefetches: a figure that does not race it.
  const whole = await coldLoad(context.browser, `${context.gatewayUrl}/opportunities`, cookies, async (page) => {
    await page.getByRole('button', { name: 'Search', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
  });
  cookies = whole.cookies;

  const token = await sandboxPasswordToken(context.sandboxUrl, LOGIN);
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const yearRanges: Range[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Twelve months ending a few days apart: every run is a new query, as a user's would be.
    const to = today - run * DAY_MS + DAY_MS - 1000;
    const from = to + 1000 - 365 * DAY_MS;
    yearRanges.push({ from, to, rows: await countRows(context.sandboxUrl, token, from, to) });
  }
  const small = await smallRanges(context.sandboxUrl, token);

  const page = await signedInPage(context.browser, cookies);
  const smallTimes: number[] = [];
  const yearTimes: number[] = [];
  // Alternate so that warming up (JIT, HTTP cache) favours neither size.
  await searchToShown(page, context.gatewayUrl, small[0] as Range);
  for (let run = 0; run < RUNS; run += 1) {
    smallTimes.push(await searchToShown(page, context.gatewayUrl, small[run % small.length] as Range));
    yearTimes.push(await searchToShown(page, context.gatewayUrl, yearRanges[run] as Range));
  }
  const heap = await heapAfterGc(page);
  const scrolls: { ms: number; steps: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) scrolls.push(await scrollTableToBottom(page));
  cookies = await page.context().cookies();
  await page.context().close();
  const floorTimes = await floorSearches(context, cookies, small);
  context.summarize({
    route: 'Opportunities',
    loadMeans: 'query bar usable (no data before Search)',
    nextMeans: `Search → chart + table, ~${SMALL_TARGET_ROWS} rows (floor: Search → HTML table)`,
    console: pageFigures(cold.console, smallTimes),
    floor: pageFigures(cold.floor, floorTimes),
  });

  const loadTimes = loads.map((load) => load.ms);
  const yearRows = yearRanges.map((range) => range.rows);
  const smallRows = small.map((range) => range.rows);
  const ratio = median(yearTimes) / median(smallTimes);
  const scrollTimes = scrolls.map((scroll) => scroll.ms);
  return [
    {
      figure: 'Opportunities: JS + CSS of the whole screen, query bar then prefetched charts and grid (transferred)',
      value: `${kb(whole.load.jsGzip)} + ${kb(whole.load.cssGzip)}`,
      raw: whole.load.jsGzip + whole.load.cssGzip,
    },
    { figure: `Opportunities: cold load to query bar (median of ${COLD_LOADS}, min–max)`, value: `${ms(median(loadTimes))} (${ms(spread(loadTimes).min)}–${ms(spread(loadTimes).max)})`, raw: median(loadTimes) },
    {
      figure: `Opportunities: Search → chart + table, 12 months, all types (${Math.min(...yearRows)}–${Math.max(...yearRows)} rows, median of ${RUNS})`,
      value: `${ms(median(yearTimes))} (${ms(spread(yearTimes).min)}–${ms(spread(yearTimes).max)})`,
      raw: median(yearTimes),
    },
    {
      figure: `Opportunities: Search → chart + table, ~${SMALL_TARGET_ROWS} rows (${Math.min(...smallRows)}–${Math.max(...smallRows)} rows, median of ${RUNS})`,
      value: `${ms(median(smallTimes))} (${ms(spread(smallTimes).min)}–${ms(spread(smallTimes).max)})`,
      raw: median(smallTimes),
    },
    { figure: 'Opportunities: 12-month time ÷ ~25-row time (target ≤ 1.5×)', value: `${ratio.toFixed(2)}×`, raw: ratio },
    { figure: 'Opportunities: JS heap after the 12-month result (after GC; target < 60 MB)', value: mb(heap), raw: heap },
    {
      figure: `Opportunities: scroll the table top to bottom (one 100-row page, ${scrolls[0]?.steps ?? 0} frames, median of ${RUNS})`,
      value: `${ms(median(scrollTimes))} (${ms(spread(scrollTimes).min)}–${ms(spread(scrollTimes).max)})`,
      raw: median(scrollTimes),
    },
  ];
}
