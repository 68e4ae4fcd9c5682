import type { Page } from '@playwright/test';
import type { BenchContext, BenchRow } from './context';
import { alternateColdLoads, COLD_LOADS as LOADS, floorPage, pageFigures, timeClick } from './route-floor';
import { median, ms, spread } from './stats';

const DECISIONS = 15;
/** An admin reads an invoice before deciding; in that time the next one's detail is prefetched. */
const READING_MS = 400;

const queueRows = (page: Page) => page.getByRole('table', { name: 'Tax invoices on this page' }).getByRole('link');

/** From the click on Save decision to the next invoice's pane holding its loaded CFDI, measured in the page (plus one frame). */
async function timeOneDecision(page: Page): Promise<number> {
  const current = page.locator('article[data-invoice-id][aria-busy="false"]');
  await current.waitFor();
  await page.waitForTimeout(READING_MS);
  await page.evaluate(() => {
    const startId = document.querySelector<HTMLElement>('article[data-invoice-id]')?.dataset.invoiceId;
    const save = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Save decision');
    (window as { benchDecision?: Promise<number> }).benchDecision = new Promise<number>((resolve) => {
      save?.addEventListener(
        'click',
        () => {
          const clicked = performance.now();
          const observer = new MutationObserver(() => {
            const article = document.querySelector<HTMLElement>('article[data-invoice-id]');
            if (!article || article.dataset.invoiceId === startId || article.getAttribute('aria-busy') !== 'false') return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - clicked));
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        },
        { once: true, capture: true },
      );
    });
  });
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Save decision' }).click();
  return page.evaluate(() => (window as { benchDecision?: Promise<number> }).benchDecision as Promise<number>);
}

/** Time from navigation start to `count` links in `rows` on screen, measured in the page; then waits for the network to settle. */
async function rowsShown(page: Page, rows: string): Promise<number> {
  const shownAt = await page.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length >= count && performance.now(),
    { selector: rows, count: 25 },
    { polling: 'raf' },
  );
  const shown = (await shownAt.jsonValue()) as number;
  // The details of the rows on screen finish loading before the context closes (closing with requests in flight makes
  // cold-load's size accounting throw).
  await page.waitForLoadState('networkidle');
  return shown;
}

/** The floor's decision: Save decision (PUT) → the next invoice's detail fetched and shown, timed in the page. */
async function floorDecisions(page: Page, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.locator('article[data-invoice-id][aria-busy="false"]').waitFor();
    await page.waitForTimeout(READING_MS);
    const id = await page.locator('article[data-invoice-id]').getAttribute('data-invoice-id');
    const done = `() => { const a = document.querySelector('article[data-invoice-id]'); return a && a.dataset.invoiceId !== ${JSON.stringify(id)} && a.getAttribute('aria-busy') === 'false'; }`;
    times.push(await timeClick(page, '#decide', done));
  }
  return times;
}

/** Cold load of the review queue, and the flow the review is built for: decide, and the next invoice is there. */
export async function taxInvoicesSuite(context: BenchContext): Promise<BenchRow[]> {
  const floorUrl = floorPage(context, 'tax-invoices');
  const cold = await alternateColdLoads(context, {
    cookies: await context.signIn('finance.admin@sandbox.test'),
    consoleUrl: `${context.gatewayUrl}/tax-invoices`,
    consoleReady: (page) => rowsShown(page, 'table[aria-label="Tax invoices on this page"] tbody a'),
    floorUrl,
    floorReady: (page) => rowsShown(page, 'tbody tr[data-id] a'),
  });
  const loads = cold.console.map((load) => load.ms);

  const browserContext = await context.browser.newContext();
  await browserContext.addCookies(cold.cookies);
  const page = await browserContext.newPage();
  await page.goto(`${context.gatewayUrl}/tax-invoices`);
  await queueRows(page).first().waitFor();
  await page.keyboard.press('j');
  const decisions: number[] = [];
  for (let i = 0; i < DECISIONS; i += 1) decisions.push(await timeOneDecision(page));
  const cookies = await browserContext.cookies();
  await browserContext.close();

  const floorContext = await context.browser.newContext();
  await floorContext.addCookies(cookies);
  const floor = await floorContext.newPage();
  await floor.goto(floorUrl);
  const floorTimes = await floorDecisions(floor, DECISIONS);
  await floorContext.close();

  context.summarize({
    route: 'Tax invoices',
    loadMeans: 'first 25 queue rows',
    nextMeans: 'Save decision → next invoice shown with its detail',
    console: pageFigures(cold.console, decisions),
    floor: pageFigures(cold.floor, floorTimes),
  });

  const loadRange = spread(loads);
  const decisionRange = spread(decisions);
  return [
    {
      figure: `Tax invoices: cold load to the first 25 queue rows (median of ${LOADS}, min–max)`,
      value: `${ms(median(loads))} (${ms(loadRange.min)}–${ms(loadRange.max)})`,
      raw: median(loads),
    },
    {
      figure: `Tax invoices: Save decision → next invoice fully shown (median of ${DECISIONS}, min–max)`,
      value: `${ms(median(decisions))} (${ms(decisionRange.min)}–${ms(decisionRange.max)})`,
      raw: median(decisions),
    },
  ];
}
