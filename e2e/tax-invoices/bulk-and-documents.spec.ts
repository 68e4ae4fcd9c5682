import { expect, test, type Page } from '@playwright/test';
import { gatewayUrl, sandboxUrl, USERS } from '../support/env';
import { signIn } from '../support/sign-in';
import { watchPage } from '../support/watch';
import { expectInvoiceOpen } from './review-page';
import { failNextPut, getInvoice, invoicePath, queuePage, writesTo } from './tax-invoice-api';

// Pages of the queue used here: 10 for bulk, 12 for hostile documents (see review.spec.ts for the others).

test('bulk of 20 with 3 injected failures reports exactly those 3, and Retry failed fixes them', async ({ page }) => {
  test.setTimeout(120_000);
  const { items, offset } = await queuePage(10);
  const chosen = items.slice(0, 20);
  const failing = [chosen[2], chosen[8], chosen[15]] as (typeof chosen)[number][];
  for (const invoice of failing) await failNextPut(invoice.ID);
  await signIn(page, USERS.finance, `/tax-invoices?${new URLSearchParams({ offset: offset ?? '', page: '10' }).toString()}`);
  const queue = page.getByRole('table', { name: 'Tax invoices on this page' });
  for (const invoice of chosen) await queue.getByRole('checkbox', { name: `Select invoice ${invoice.ConcurReceiptID}` }).check();

  await page.getByRole('button', { name: 'Decide selected (20)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decide 20 invoices' });
  await dialog.getByRole('radio', { name: 'Valid with warnings' }).check();
  await dialog.getByRole('button', { name: 'Cash payment over $2,000.00: not deductible.' }).click();
  await dialog.getByRole('button', { name: 'Send to 20 invoices' }).click();

  await expect(dialog.getByText('20 of 20 done · 17 saved · 3 failed')).toBeVisible({ timeout: 30_000 });
  const results = dialog.getByRole('list', { name: 'Result per invoice' }).getByRole('listitem');
  const failedReceipts = await results.filter({ hasText: 'Failed.' }).evaluateAll((rows) => rows.map((row) => row.firstChild?.firstChild?.textContent));
  expect(failedReceipts.sort()).toEqual(failing.map((invoice) => invoice.ConcurReceiptID).sort());

  await dialog.getByRole('button', { name: 'Retry failed (3)' }).click();
  await expect(dialog.getByText('20 of 20 done · 20 saved · 0 failed')).toBeVisible({ timeout: 30_000 });
  for (const invoice of chosen) {
    expect(await getInvoice(invoice.ID)).toMatchObject({ Status: 'WARNG', Comment: 'Cash payment over $2,000.00: not deductible.' });
    expect(await writesTo(invoice.ID)).toBe(1);
  }
});

const HOSTILE: Record<string, { document: () => string; message: RegExp; rawStartsWith: string }> = {
  'not well-formed': {
    document: () => '<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Total="10.00"><cfdi:Emisor Rfc="AAA010101AAA"></cfdi:Comprobante>',
    message: /not well-formed XML/,
    rawStartsWith: '<cfdi:Comprobante',
  },
  'a DOCTYPE with entities (billion laughs)': {
    document: () =>
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Total="&lol3;"/>',
    message: /declares a DOCTYPE or entities/,
    rawStartsWith: '<?xml version="1.0"?><!DOCTYPE lolz',
  },
  'a 5 MB document': {
    document: () => `<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Total="1.00"><Addenda>${'A'.repeat(5 * 1024 * 1024)}</Addenda></cfdi:Comprobante>`,
    message: /over the 1,000,000 a CFDI can reasonably have/,
    rawStartsWith: '<cfdi:Comprobante',
  },
};

/** Serves the invoice's detail with another ReceiptData (as a hostile partner or a broken upstream could). */
async function serveDocument(page: Page, id: string, document: string): Promise<void> {
  await page.route(
    (url) => decodeURIComponent(url.pathname) === `/api/v3.0/expense/digitaltaxinvoices/${id}`,
    async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const response = await route.fetch();
      const json = (await response.json()) as Record<string, unknown>;
      return route.fulfill({ response, json: { ...json, ReceiptData: document } });
    },
  );
}

Object.entries(HOSTILE).forEach(([name, hostile], index) => {
  test(`${name}: a clear message and the raw text; nothing freezes`, async ({ page }) => {
    const { items, offset } = await queuePage(12);
    const invoice = items[index] as (typeof items)[number];
    const next = items[index + 1] as (typeof items)[number];
    const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
    await serveDocument(page, invoice.ID, hostile.document());
    await signIn(page, USERS.finance, invoicePath(invoice.ID, 12, offset));
    await expectInvoiceOpen(page, invoice.ConcurReceiptID);
    const article = page.getByRole('article', { name: `Invoice ${invoice.ConcurReceiptID}` });
    await expect(article.getByText(hostile.message)).toBeVisible();
    await expect(article.locator('pre')).toContainText(hostile.rawStartsWith);

    // Still responsive: the next invoice opens at once with j.
    const started = Date.now();
    await page.keyboard.press('j');
    await expectInvoiceOpen(page, next.ConcurReceiptID);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(watch.pageErrors).toEqual([]);
  });
});

test('script in text nodes is shown as text and never runs', async ({ page }) => {
  const { items, offset } = await queuePage(12);
  const invoice = items[5] as (typeof items)[number];
  const original = await getInvoice(invoice.ID);
  const hostile = original.ReceiptData.replace(/Nombre="[^"]*"/, 'Nombre="&lt;script&gt;window.__hacked=1&lt;/script&gt;"').replace(
    /<\/cfdi:Comprobante>\s*$/,
    '<Addenda><script>window.__hacked=2</script><img src="x" onerror="window.__hacked=3"/></Addenda></cfdi:Comprobante>',
  );
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
  const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
  await serveDocument(page, invoice.ID, hostile);
  await signIn(page, USERS.finance, invoicePath(invoice.ID, 12, offset));
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  const article = page.getByRole('article', { name: `Invoice ${invoice.ConcurReceiptID}` });
  await expect(article.getByText('<script>window.__hacked=1</script>')).toBeVisible();
  await article.getByRole('button', { name: 'Raw XML' }).click();
  await expect(article.locator('pre')).toContainText('<script>window.__hacked=2</script>');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
  expect(await article.locator('script, img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});
