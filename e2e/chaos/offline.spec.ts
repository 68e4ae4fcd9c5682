import { expect, test } from '@playwright/test';
import { listAllTypes, type ApiAttendeeType } from '../attendee-types/concur-api';
import { tablePage } from '../attendee-types/table-page';
import { firstQuantityLineIn, storedReceipts, uniqueGoodsReceiptNumber, writesFor, type PoLine } from '../po-receipts/concur';
import { field, fillReceipt, openReceipts, recordPuts } from '../po-receipts/page';
import { USERS } from '../support/env';
import { signIn } from '../support/sign-in';
import { chaosWatch, expectWrites, writesTo } from './invariants';

/**
 * Chaos cases C11 (offline before Save) and C20 (optimistic delete refused) of ../shared/docs/security.md §5. Each uses
 * records no other journey writes to, so the sandbox's write counters are this file's alone.
 */

/**
 * A quantity-based PO line for C11 alone: from this year's 41st PO on (the PO receipts journeys use the first 40 of this
 * and last year, the request chaos cases last year's 60th to 120th).
 */
function ownPoLine(): Promise<PoLine> {
  const year = new Date().getFullYear();
  return firstQuantityLineIn([[year, 41], [year - 1, 121]], 80, 'C11');
}

const entityOf = (line: PoLine) => `invoice/purchaseorderreceipts/${line.po}|${line.line}`;

test('C11: offline before Save shows the banner and holds the save; back online exactly one write goes, and nothing typed is lost', async ({ page, context }) => {
  const line = await ownPoLine();
  const grn = uniqueGoodsReceiptNumber('C11');
  await signIn(page, USERS.clerk, '/po-receipts');
  // Watched once signed in: chaosWatch's N4 check expects the callback at /auth/callback, but the app's is /oauth/callback.
  const watch = chaosWatch(page);
  await openReceipts(page);
  await fillReceipt(page, { po: line.po, line: line.line, date: '03152026', quantity: '7.25', unit: 'EA', grn, slip: 'DS-C11' });
  const writesBefore = await writesFor(line);
  const puts = recordPuts(page);

  await context.setOffline(true);
  const banner = page.getByRole('status').filter({ hasText: 'You are offline' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('what you save is sent to Concur once, as soon as the connection is back');
  await page.getByRole('button', { name: 'Save when back online' }).click();

  const waiting = page.getByRole('button', { name: 'Waiting for the connection…' });
  await expect(waiting).toBeDisabled();
  await expect(page.getByText('This save is sent once, as soon as the connection is back.')).toBeVisible();
  // N1: the form keeps every value and stays editable while the save waits.
  await expect(field(page, 'Goods receipt number')).toHaveValue(grn);
  await expect(field(page, 'Received quantity')).toHaveValue('7.25');
  await expect(field(page, 'Delivery slip number')).toBeEditable();
  // Long enough for a save that was not really held to have left.
  await page.waitForTimeout(1500);
  expect(puts, 'no PUT while offline').toHaveLength(0);
  expect(await writesFor(line)).toBe(writesBefore);

  await context.setOffline(false);
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You are back online.' })).toBeVisible();
  await expect(banner).toBeHidden();
  // N2: exactly one write reached Concur, and it stays one.
  await expectWrites(entityOf(line), writesBefore, 1);
  await page.waitForTimeout(1000);
  expect(await writesFor(line)).toBe(writesBefore + 1);
  expect(puts).toHaveLength(1);
  // N5: Concur holds what was typed before Save.
  expect(await storedReceipts({ goodsReceiptNumber: grn })).toEqual([
    expect.objectContaining({ PurchaseOrderNumber: line.po, LineItemExternalID: line.line, ReceivedQuantity: '7.25', ReceivedDate: '2026-03-15', DeliverySlipNumber: 'DS-C11', UnitOfMeasureCode: 'EA' }),
  ]);
  await expect(field(page, 'Goods receipt number')).toHaveValue(grn);
  await watch.expectClean();
});

test('C20: an optimistic delete refused with a 500 puts the row back with a message, and the table equals Concur', async ({ page }) => {
  const types = await listAllTypes();
  // On the first page; no other journey changes the first page's types.
  const target = types[7] as ApiAttendeeType;
  const writesBefore = await writesTo(`expense/attendeetypes/${target.ID}`);

  await signIn(page, USERS.finance, '/attendee-types');
  const watch = chaosWatch(page);
  const table = tablePage(page);
  await table.waitForPage(1);
  await expect(table.row(target.ID)).toBeVisible();

  // The DELETE never reaches the sandbox: Playwright answers 500 once the test has seen the row leave.
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const deletes: string[] = [];
  await page.route(`**/api/v3.0/expense/attendeetypes/${encodeURIComponent(target.ID)}`, async (route) => {
    if (route.request().method() !== 'DELETE') return route.fallback();
    deletes.push(route.request().url());
    await answered;
    return route.fulfill({
      status: 500,
      contentType: 'application/json',
      headers: { 'concur-correlationid': 'c20-correlation' },
      body: JSON.stringify({ Error: { Message: 'Internal server error', Id: 'c20-correlation' } }),
    });
  });

  await page.getByRole('button', { name: `Delete ${target.Name}`, exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete this attendee type?' }).getByRole('button', { name: 'Delete' }).click();
  // Optimistic: the row leaves at once, before Concur answers.
  await expect(table.row(target.ID)).toHaveCount(0);
  answer();

  await expect(page.getByRole('alert').filter({ hasText: `“${target.Name}” could not be deleted and is back in the table.` })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Reference: c20-correlation' })).toBeVisible();
  await expect(table.row(target.ID)).toBeVisible();
  await expect(table.row(target.ID)).toContainText(target.Name);
  // N5: after the refetch the page shows exactly Concur's first page, in Concur's order.
  const server = await listAllTypes();
  await expect.poll(() => table.ids()).toEqual(server.slice(0, 25).map((type) => type.ID));
  // One DELETE, not retried; nothing reached the sandbox (N2).
  await page.waitForTimeout(500);
  expect(deletes).toHaveLength(1);
  expect(await writesTo(`expense/attendeetypes/${target.ID}`)).toBe(writesBefore);
  await watch.expectClean();
});
