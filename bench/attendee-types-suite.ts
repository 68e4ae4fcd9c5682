import type { Cookie, Page } from '@playwright/test';
import type { BenchContext, BenchRow } from './context';
import { alternateColdLoads, COLD_LOADS as LOADS, floorPage, pageFigures } from './route-floor';
import { median, ms, spread } from './stats';

const CLICKS = 7;
const LOGIN = 'finance.admin@sandbox.test';
/** What "the rows" are on each page, and its Next button. */
const CONSOLE = { rows: '[role="row"][data-id]', next: 'nav[aria-label="Pages"] button:last-of-type', status: 'nav[aria-label="Pages"] [role="status"]' };
const FLOOR = { rows: 'tbody tr[data-id]', next: '#next', status: '' };
type Target = typeof CONSOLE;

const waitForRows = (page: Page, target: Target, count: number) =>
  page.waitForFunction((wanted) => document.querySelectorAll(wanted.selector).length >= wanted.count, { selector: target.rows, count });

/**
 * Next → new rows on screen, timed inside the page (click to the frame after the first row changed), so both pages
 * pay the same measuring overhead. A string, because tsx would add helpers the page does not have to a function.
 */
const TIME_NEXT = `async ({ rows, next }) => {
  const before = document.querySelector(rows)?.getAttribute('data-id');
  const button = document.querySelector(next);
  if (!button || button.disabled) throw new Error('Next is not available');
  const started = performance.now();
  button.click();
  await new Promise((resolve) => {
    function check() {
      const now = document.querySelector(rows)?.getAttribute('data-id');
      if (now && now !== before) resolve();
      else requestAnimationFrame(check);
    }
    check();
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - started;
}`;

function timeNext(page: Page, target: Target): Promise<number> {
  return page.evaluate(`(${TIME_NEXT})(${JSON.stringify({ rows: target.rows, next: target.next })})`) as Promise<number>;
}

async function usedHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/** Opens the page warm, times CLICKS Next clicks, then pages to the end and weighs the JS heap. */
async function pagingFigures(context: BenchContext, url: string, cookies: Cookie[], target: Target) {
  const browserContext = await context.browser.newContext();
  await browserContext.addCookies(cookies);
  const page = await browserContext.newPage();
  await page.goto(url);
  await waitForRows(page, target, 25);
  const clicks: number[] = [];
  for (let i = 0; i < CLICKS; i += 1) {
    // A moment to read the page, as a user would (and for the console to prefetch the next one).
    await page.waitForTimeout(400);
    clicks.push(await timeNext(page, target));
  }
  let pages = 1 + CLICKS;
  while (await page.$eval(target.next, (button) => !(button as HTMLButtonElement).disabled)) {
    await page.waitForTimeout(100);
    await timeNext(page, target);
    pages += 1;
  }
  const heap = await usedHeapBytes(page);
  const next = await browserContext.cookies();
  await browserContext.close();
  return { clicks, heap, pages, cookies: next };
}

const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}× floor`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Attendee types against a floor: a plain React page with an HTML table that fetches the same endpoint through a
 * gateway of its own. Loads alternate between the two so machine noise hits both alike.
 */
export async function attendeeTypesSuite(context: BenchContext): Promise<BenchRow[]> {
  const floorUrl = floorPage(context, 'attendee-types');
  const cold = await alternateColdLoads(context, {
    cookies: await context.signIn(LOGIN),
    consoleUrl: `${context.gatewayUrl}/attendee-types`,
    consoleReady: (page) => waitForRows(page, CONSOLE, 25).then(() => undefined),
    floorUrl,
    floorReady: (page) => waitForRows(page, FLOOR, 25).then(() => undefined),
  });
  const consoleLoads = cold.console.map((load) => load.ms);
  const floorLoads = cold.floor.map((load) => load.ms);
  const consolePaging = await pagingFigures(context, `${context.gatewayUrl}/attendee-types`, cold.cookies, CONSOLE);
  const floorPaging = await pagingFigures(context, floorUrl, consolePaging.cookies, FLOOR);
  context.summarize({
    route: 'Attendee types',
    loadMeans: 'first 25 rows',
    nextMeans: 'Next click → next 25 rows',
    console: pageFigures(cold.console, consolePaging.clicks),
    floor: pageFigures(cold.floor, floorPaging.clicks),
  });

  const load = { console: median(consoleLoads), floor: median(floorLoads) };
  const next = { console: median(consolePaging.clicks), floor: median(floorPaging.clicks) };
  const loadRange = spread(consoleLoads);
  const nextRange = spread(consolePaging.clicks);
  return [
    {
      figure: `Attendee types: cold load to first 25 rows (median of ${LOADS}, min–max)`,
      value: `${ms(load.console)} (${ms(loadRange.min)}–${ms(loadRange.max)}) · ${ratio(load.console, load.floor)} (target ≤ 2×)`,
      raw: load.console,
    },
    { figure: 'Attendee types floor: cold load to first 25 rows (median)', value: ms(load.floor), raw: load.floor },
    {
      figure: `Attendee types: Next click to new rows (median of ${CLICKS}, min–max)`,
      value: `${ms(next.console)} (${ms(nextRange.min)}–${ms(nextRange.max)}) · ${ratio(next.console, next.floor)} (target ≤ 1.5×)`,
      raw: next.console,
    },
    { figure: 'Attendee types floor: Next click to new rows (median)', value: ms(next.floor), raw: next.floor },
    {
      figure: `Attendee types: JS heap after paging all ${consolePaging.pages} pages (after GC)`,
      value: `${mb(consolePaging.heap)} · ${ratio(consolePaging.heap, floorPaging.heap)}`,
      raw: consolePaging.heap,
    },
    { figure: `Attendee types floor: JS heap after paging all ${floorPaging.pages} pages (after GC)`, value: mb(floorPaging.heap), raw: floorPaging.heap },
  ];
}
