import { expect, test } from '@playwright/test';
import { listAllTypes, getType, type ApiAttendeeType } from '../attendee-types/concur-api';
import { tablePage } from '../attendee-types/table-page';
import { storedReceipts, uniqueGoodsReceiptNumber } from '../po-receipts/concur';
import { USERS, gatewayUrl, sandboxUrl } from '../support/env';
import { watchPage } from '../support/watch';
import { expectInvoiceOpen } from '../tax-invoices/review-page';
import { getInvoice, invoicePath, queuePage } from '../tax-invoices/tax-invoice-api';
import { expectFocusKept, expectVisibleFocus, ownPoLine, putBackCode, signInByKeyboard, tabTo } from './keyboard-helpers';

/**
 * Every workflow with the keyboard alone: no click, no fill; page.goto only for the first address. Records no other
 * journey touches: attendee types 31 and 34 of Concur's list (page 2 at 25 a page; the attendee-types journeys take the
 * last ones, the chaos cases the first page and 140+), tax-invoice queue page 15 (others use 2-12, 18, 21-24), a
 * quantity-based PO line of this year's 150th PO on (see ownPoLine). Everyone signs in as the finance
 * admin, whose tokens no journey revokes (docs/decisions/003).
 */

test('sign in, skip to the content, page, edit an attendee type and refuse a delete without losing focus', async ({ page }) => {
  const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
  const types = await listAllTypes();
  const edited = types[30] as ApiAttendeeType;
  const deleted = types[33] as ApiAttendeeType;
  const newCode = `${edited.Code.slice(0, 30)}_KB`;
  try {
    await signInByKeyboard(page, USERS.finance, '/attendee-types');
    const table = tablePage(page);
    await table.waitForPage(1);

    // The skip link is the first stop and leads into the main content.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    await expectVisibleFocus(page);

    // Next, then Previous, by Tab and Enter; focus stays on the button pressed (or moves somewhere visible).
    await tabTo(page, table.next);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await table.waitForPage(2);
    await expectVisibleFocus(page);
    await tabTo(page, table.previous, { backwards: true });
    await page.keyboard.press('Enter');
    await table.waitForPage(1);
    // Previous is unavailable on page 1 but keeps the focus it had.
    await expect(table.previous).toBeFocused();
    await expect(table.previous).toBeDisabled();
    await expectVisibleFocus(page);
    await tabTo(page, table.next);
    await page.keyboard.press('Enter');
    await table.waitForPage(2);
    await expect(table.row(edited.ID)).toBeVisible();

    // The shortcuts dialog opens from the keyboard and gives focus back to where it was when it closes.
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(shortcuts).toBeVisible();
    expect(await shortcuts.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(shortcuts).toHaveCount(0);
    await expect(table.next).toBeFocused();
    await expectVisibleFocus(page);

    // Into the grid, down to the row, Enter opens its panel.
    await tabTo(page, page.getByRole('grid'), { backwards: true });
    await expectVisibleFocus(page);
    for (let step = 0; step < 30; step += 1) {
      const rowId = await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('data-id'));
      if (rowId === edited.ID) break;
      await page.keyboard.press('ArrowDown');
    }
    await expectVisibleFocus(page);
    const nameCell = page.locator(`[role="row"][data-id="${edited.ID}"] [data-field="Name"]`);
    for (let step = 0; step < 10 && !(await nameCell.evaluate((cell) => cell.contains(document.activeElement))); step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: edited.Name });
    await expect(panel).toBeVisible();
    expect(await panel.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);

    await tabTo(page, panel.getByRole('button', { name: 'Edit' }));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    const code = panel.getByRole('textbox', { name: 'Code' });
    await tabTo(page, code);
    await expectVisibleFocus(page);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(newCode);
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('status').filter({ hasText: `“${edited.Name}” was saved.` })).toBeVisible();
    await expectVisibleFocus(page);
    expect((await getType(edited.ID)).Code).toBe(newCode);

    // Escape closes the panel; focus is back on the row it was opened from.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('data-id'))).toBe(edited.ID);
    await expectVisibleFocus(page);

    // A delete Concur refuses (Attendee type DELETE is not in Concur's API and a type cannot be created, so no row of the
    // test's own can really go): the row leaves at once, and while it is gone, and after it is back, focus is on the page.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route(`**/api/v3.0/expense/attendeetypes/${encodeURIComponent(deleted.ID)}`, async (route) => {
      if (route.request().method() !== 'DELETE') return route.fallback();
      await answered;
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ Message: 'Internal server error' }) });
    });
    const deleteButton = page.getByRole('button', { name: `Delete ${deleted.Name}`, exact: true });
    await tabTo(page, page.getByRole('grid'), { backwards: true });
    for (let step = 0; step < 60 && !(await deleteButton.evaluate((button) => button === document.activeElement)); step += 1) {
      const rowId = await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('data-id'));
      await page.keyboard.press(rowId === deleted.ID ? 'ArrowRight' : 'ArrowDown');
    }
    await expect(deleteButton).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Delete this attendee type?' });
    await expect(confirm).toBeVisible();
    await tabTo(page, confirm.getByRole('button', { name: 'Delete' }));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(confirm).toHaveCount(0);
    await expect(table.row(deleted.ID)).toHaveCount(0);
    await expectFocusKept(page);
    await expectVisibleFocus(page);
    answer();
    await expect(page.getByRole('alert').filter({ hasText: `“${deleted.Name}” could not be deleted and is back in the table.` })).toBeVisible();
    await expect(table.row(deleted.ID)).toBeVisible();
    await expectFocusKept(page);
    await expectVisibleFocus(page);
    expect(watch.pageErrors).toEqual([]);
  } finally {
    await putBackCode(edited);
  }
});

test('review five tax invoices with the keyboard', async ({ page }) => {
  const { items, offset } = await queuePage(15);
  const invoices = items.slice(0, 5);
  const first = invoices[0] as (typeof invoices)[number];
  await signInByKeyboard(page, USERS.finance, invoicePath(first.ID, 15, offset));
  const decisions = ['1', '2', '1', '3', '1'] as const;
  for (const [index, invoice] of invoices.entries()) {
    await expectInvoiceOpen(page, invoice.ConcurReceiptID);
    // After each decision the next invoice opens with the keyboard focus still on the page.
    if (index > 0) await expectFocusKept(page);
    const key = decisions[index] as (typeof decisions)[number];
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (key !== '1') {
      await page.keyboard.press('c');
      await expectVisibleFocus(page);
      await page.keyboard.type(`Keyboard review ${index + 1}`);
    }
    await page.keyboard.press('Control+Enter');
  }
  await expectInvoiceOpen(page, (items[5] as (typeof items)[number]).ConcurReceiptID);
  await expectFocusKept(page);
  for (const [index, invoice] of invoices.entries()) {
    const status = { 1: 'VALID', 2: 'WARNG', 3: 'INVLD' }[decisions[index] as '1' | '2' | '3'];
    await expect.poll(async () => (await getInvoice(invoice.ID)).Status, { timeout: 20_000 }).toBe(status);
  }
});

test('opportunities: a date range typed in the pickers, the query, a trip opened', async ({ page }) => {
  await signInByKeyboard(page, USERS.finance, '/opportunities');
  const from = page.getByRole('group', { name: 'From (UTC)' });
  await tabTo(page, from.getByRole('spinbutton', { name: 'Month' }));
  await expectVisibleFocus(page);
  const start = new Date(Date.now() - 60 * 86_400_000);
  const end = new Date(Date.now() - 30 * 86_400_000);
  const digits = (date: Date) => `${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}${date.getUTCFullYear()}`;
  await page.keyboard.type(digits(end));
  const to = page.getByRole('group', { name: 'To (UTC)' });
  await tabTo(page, to.getByRole('spinbutton', { name: 'Month' }));
  await page.keyboard.type(digits(start));
  await expect(page.getByRole('button', { name: 'Custom' })).toHaveAttribute('aria-pressed', 'true');
  const searchButton = page.getByRole('button', { name: 'Search', exact: true });
  await tabTo(page, searchButton);
  await expectVisibleFocus(page);
  // The end before the start: nothing is sent, and focus goes to the field in error.
  await page.keyboard.press('Enter');
  await expect(page.getByText('The end is before the start. Choose a later end date.')).toBeVisible();
  await expect.poll(() => to.evaluate((group) => group.contains(document.activeElement))).toBe(true);
  await expectVisibleFocus(page);

  // Both dates right, then Search.
  await tabTo(page, from.getByRole('spinbutton', { name: 'Month' }), { backwards: true });
  await page.keyboard.type(digits(start));
  await tabTo(page, to.getByRole('spinbutton', { name: 'Month' }));
  await page.keyboard.type(digits(end));
  await tabTo(page, searchButton);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible({ timeout: 30_000 });
  await expectFocusKept(page);

  const timeline = page.getByRole('region', { name: 'Trip timeline' });
  const tripLink = timeline.getByRole('link').first();
  const tripId = (await tripLink.textContent()) ?? '';
  await tabTo(page, tripLink, { max: 120 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Trip ID' })).toHaveValue(tripId);
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible({ timeout: 30_000 });
  await expectFocusKept(page);
});

test('PO receipts: one receipt, a form with errors, then a pasted batch', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const line = await ownPoLine();
  await signInByKeyboard(page, USERS.finance, '/po-receipts');
  await expect(page.getByRole('heading', { name: 'Record a receipt' })).toBeVisible();

  // Save with nothing typed: focus goes to the first field in error.
  const save = page.getByRole('button', { name: 'Save receipt' });
  await tabTo(page, save);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'PO number', exact: true })).toBeFocused();
  await expectVisibleFocus(page);

  const grn = uniqueGoodsReceiptNumber('KB');
  await page.keyboard.type(line.po);
  await tabTo(page, page.getByRole('textbox', { name: 'Line item external ID', exact: true }));
  await page.keyboard.type(line.line);
  await tabTo(page, page.getByRole('group', { name: 'Received date' }).getByRole('spinbutton', { name: 'Month' }));
  await expectVisibleFocus(page);
  await page.keyboard.type('03152026');
  await tabTo(page, page.getByRole('textbox', { name: 'Received quantity', exact: true }));
  await page.keyboard.type('1e3');
  await tabTo(page, page.getByRole('textbox', { name: 'Goods receipt number', exact: true }));
  await page.keyboard.type(grn);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Received quantity', exact: true })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  await expectFocusKept(page);
  expect(await storedReceipts({ goodsReceiptNumber: grn })).toEqual([expect.objectContaining({ ReceivedQuantity: '2', ReceivedDate: '2026-03-15' })]);

  // The batch tab: arrows between tabs, paste with Ctrl+V, submit.
  await tabTo(page, page.getByRole('tab', { name: 'One receipt' }), { backwards: true });
  await page.keyboard.press('ArrowRight');
  const batchTab = page.getByRole('tab', { name: 'Batch from a spreadsheet' });
  await expect(batchTab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(batchTab).toHaveAttribute('aria-selected', 'true');
  await expectVisibleFocus(page);
  const prefix = uniqueGoodsReceiptNumber('KBB');
  const tsv = ['PO number\tLine item external ID\tReceived date\tReceived quantity\tGoods receipt number', `${line.po}\t${line.line}\t2026-03-16\t1\t${prefix}-1`, `${line.po}\t${line.line}\t2026-03-17\t2\t${prefix}-2`].join('\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
  await tabTo(page, page.getByRole('textbox', { name: 'Paste rows here' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByText('2 rows added.')).toBeVisible();
  // The file upload is a stop on the way too.
  await tabTo(page, page.getByRole('button', { name: 'Upload CSV' }));
  await expectVisibleFocus(page);
  await tabTo(page, page.getByRole('button', { name: 'Submit all (2)' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved: 2 · need attention: 0 · not sent yet: 0.')).toBeVisible({ timeout: 30_000 });
  // Nothing is left to submit: the button is unavailable but keeps the focus it had.
  await expect(page.getByRole('button', { name: 'Submit all (0)' })).toBeFocused();
  await expectVisibleFocus(page);
  const stored = (await storedReceipts({ purchaseOrderNumber: line.po })).filter((receipt) => receipt.GoodsReceiptNumber.startsWith(`${prefix}-`));
  expect(stored).toHaveLength(2);
});
