import type { Page } from '@playwright/test';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '../sandbox/config';
import type { BenchContext, BenchRow } from './context';
import { alternateColdLoads, floorPage, pageFigures, timeClick } from './route-floor';
import { median, ms, spread } from './stats';

const CLERK = 'ap.clerk@sandbox.test';
const SAVES = 9;
const BATCHES = 3;
const BATCH_ROWS = 100;

/** A quantity-based PO line of the seed, found through its receipts with a password-grant token (never through the app). */
async function seededLine(sandboxUrl: string): Promise<{ po: string; line: string }> {
  const tokenResponse = await fetch(`${sandboxUrl}/oauth2/v0/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', credtype: 'password', client_id: DEFAULT_CLIENT_ID, client_secret: DEFAULT_CLIENT_SECRET, username: CLERK, password: 'sandbox' }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const year = new Date().getFullYear();
  for (const poYear of [year, year - 1]) {
    for (let sequence = 1; sequence <= 40; sequence += 1) {
      const po = `PO-${poYear}-${String(sequence).padStart(6, '0')}`;
      const response = await fetch(`${sandboxUrl}/api/v3.0/invoice/purchaseorderreceipts?purchaseOrderNumber=${po}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
      const { Items } = (await response.json()) as { Items: { LineItemExternalID: string; ReceivedQuantity: string }[] };
      const received = Items.find((item) => item.ReceivedQuantity !== '');
      if (received) return { po, line: received.LineItemExternalID };
    }
  }
  throw new Error('no quantity-based PO line in the seed');
}

/** Milliseconds from a click on the button named `buttonName` to `text` being on the page, measured in the page. */
async function timeInPage(page: Page, buttonName: string | RegExp, text: string): Promise<number> {
  await page.evaluate(
    ({ button, source, flags, expected }) => {
      const name = source ? new RegExp(source, flags) : null;
      const target = [...document.querySelectorAll('button')].find((candidate) => (name ? name.test(candidate.textContent ?? '') : candidate.textContent?.trim() === button));
      (window as { benchTimer?: Promise<number> }).benchTimer = new Promise<number>((resolve) => {
        target?.addEventListener(
          'click',
          () => {
            const clicked = performance.now();
            const observer = new MutationObserver(() => {
              if (!document.body.textContent?.includes(expected)) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - clicked));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          },
          { once: true, capture: true },
        );
      });
    },
    { button: typeof buttonName === 'string' ? buttonName : '', source: typeof buttonName === 'string' ? '' : buttonName.source, flags: typeof buttonName === 'string' ? '' : buttonName.flags, expected: text },
  );
  await page.getByRole('button', { name: buttonName }).click();
  // Bounded, so a run that goes wrong fails instead of holding the shared e2e lock.
  await page.getByText(text).first().waitFor({ timeout: 120_000 });
  return page.evaluate(() => (window as { benchTimer?: Promise<number> }).benchTimer as Promise<number>);
}

/** PO receipts: Save → confirmation for one receipt, and Submit all → every row answered for a 100-row batch. */
export async function poReceiptsSuite(context: BenchContext): Promise<BenchRow[]> {
  const line = await seededLine(context.sandboxUrl);
  const floorUrl = floorPage(context, 'po-receipts', { po: line.po, line: line.line });
  const cold = await alternateColdLoads(context, {
    cookies: await context.signIn(CLERK),
    consoleUrl: `${context.gatewayUrl}/po-receipts`,
    consoleReady: (page) => page.getByRole('heading', { name: 'Record a receipt' }).waitFor(),
    floorUrl,
    floorReady: (page) => page.locator('#save').waitFor(),
  });
  const browserContext = await context.browser.newContext();
  await browserContext.addCookies(cold.cookies);
  const page = await browserContext.newPage();
  const run = Date.now().toString(36).toUpperCase();

  await page.goto(`${context.gatewayUrl}/po-receipts`);
  await page.getByRole('heading', { name: 'Record a receipt' }).waitFor();
  const saves: number[] = [];
  for (let index = 0; index < SAVES; index += 1) {
    await page.getByRole('textbox', { name: 'PO number', exact: true }).fill(line.po);
    await page.getByRole('textbox', { name: 'Line item external ID', exact: true }).fill(line.line);
    await page.getByRole('textbox', { name: 'Received quantity', exact: true }).fill('1,234.5');
    await page.getByRole('textbox', { name: 'Goods receipt number', exact: true }).fill(`BENCH-${run}-S${index}`);
    saves.push(await timeInPage(page, 'Save receipt', 'Receipt saved in Concur'));
    await page.getByRole('button', { name: 'Start a new receipt' }).click();
  }

  await page.getByRole('tab', { name: 'Batch from a spreadsheet' }).click();
  const batches: number[] = [];
  for (let batch = 0; batch < BATCHES; batch += 1) {
    const rows = Array.from({ length: BATCH_ROWS }, (_, index) => [line.po, line.line, '2026-03-15', `${index + 1}.5`, `BENCH-${run}-B${batch}-${index}`].join('\t'));
    const header = ['PurchaseOrderNumber', 'LineItemExternalID', 'ReceivedDate', 'ReceivedQuantity', 'GoodsReceiptNumber'].join('\t');
    await page.getByRole('textbox', { name: 'Paste rows here' }).fill([header, ...rows].join('\n'));
    await page.getByRole('button', { name: 'Add pasted rows' }).click();
    batches.push(await timeInPage(page, /^Submit all/, `Saved: ${BATCH_ROWS} · need attention: 0`));
    await page.getByRole('button', { name: 'Remove all rows' }).click();
  }
  const cookies = await browserContext.cookies();
  await browserContext.close();

  const floorContext = await context.browser.newContext();
  await floorContext.addCookies(cookies);
  const floor = await floorContext.newPage();
  await floor.goto(floorUrl);
  const floorSaves: number[] = [];
  for (let index = 0; index < SAVES; index += 1) {
    const grn = `FLOOR-${run}-S${index}`;
    await floor.locator('#grn').fill(grn);
    floorSaves.push(await timeClick(floor, '#save', `() => document.querySelector('[role="status"]')?.textContent === ${JSON.stringify(`Receipt saved: ${grn}`)}`));
  }
  await floorContext.close();
  context.summarize({
    route: 'PO receipts',
    loadMeans: 'receipt form usable (no list to load)',
    nextMeans: 'no paging: Save → confirmation, one receipt',
    console: pageFigures(cold.console, saves),
    floor: pageFigures(cold.floor, floorSaves),
  });

  const saveRange = spread(saves);
  const batchRange = spread(batches);
  return [
    {
      figure: `PO receipts: Save to confirmation, one receipt (median of ${SAVES}, min–max)`,
      value: `${ms(median(saves))} (${ms(saveRange.min)}–${ms(saveRange.max)})`,
      raw: median(saves),
    },
    {
      figure: `PO receipts: Submit all to every row answered, ${BATCH_ROWS}-row batch, 4 at a time (median of ${BATCHES}, min–max)`,
      value: `${ms(median(batches))} (${ms(batchRange.min)}–${ms(batchRange.max)})`,
      raw: median(batches),
    },
  ];
}
