import type { Page } from '@playwright/test';
import { coldLoad } from './cold-load';
import type { BenchContext, BenchRow } from './context';
import { median, ms, spread } from './stats';

const LOADS = 7;
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

/** Cold load of the review queue, and the flow the review is built for: decide, and the next invoice is there. */
export async function taxInvoicesSuite(context: BenchContext): Promise<BenchRow[]> {
  let cookies = await context.signIn('finance.admin@sandbox.test');
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const result = await coldLoad(context.browser, `${context.gatewayUrl}/tax-invoices`, cookies, async (page) => {
      // Timed in the page from navigation start; then the details of the rows on screen finish loading before the
      // context closes (closing with requests in flight makes cold-load's size accounting throw).
      const shownAt = await page.waitForFunction(
        (count) => document.querySelectorAll('table[aria-label="Tax invoices on this page"] tbody a').length >= count && performance.now(),
        25,
        { polling: 'raf' },
      );
      loads.push((await shownAt.jsonValue()) as number);
      await page.waitForLoadState('networkidle');
    });
    cookies = result.cookies;
  }

  const browserContext = await context.browser.newContext();
  await browserContext.addCookies(cookies);
  const page = await browserContext.newPage();
  await page.goto(`${context.gatewayUrl}/tax-invoices`);
  await queueRows(page).first().waitFor();
  await page.keyboard.press('j');
  const decisions: number[] = [];
  for (let i = 0; i < DECISIONS; i += 1) decisions.push(await timeOneDecision(page));
  await browserContext.close();

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
