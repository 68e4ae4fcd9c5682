import { expect, test } from '@playwright/test';
import { gatewayUrl, sandboxUrl, USERS } from '../support/env';
import { signIn } from '../support/sign-in';
import { watchPage } from '../support/watch';
import { decideByKeyboard, decisionForm, expectInvoiceOpen, recordPuts, toast } from './review-page';
import { failNextPut, getInvoice, invoicePath, putInvoice, queuePage, writesTo } from './tax-invoice-api';

// Each test works on its own pages of the queue (25 per page), so tests never touch each other's invoices:
// pages 2-3 keyboard review · 5 validation and undo · 6 three decisions · 7 a 500 · 8 conflict.
const UNDO_WINDOW_MS = 5000;

test('keyboard-only review of 10 invoices, auto-advancing across a page boundary; each decision is in Concur afterwards', async ({ page }) => {
  test.setTimeout(150_000);
  const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
  const page2 = await queuePage(2);
  const page3 = await queuePage(3);
  const invoices = [...page2.items.slice(20), ...page3.items.slice(0, 5)];
  const start = invoices[0] as (typeof invoices)[number];
  await signIn(page, USERS.finance, invoicePath(start.ID, 2, page2.offset));

  const keys = ['1', '2', '3'] as const;
  const expected = invoices.map((invoice, index) => {
    const key = keys[index % 3] as (typeof keys)[number];
    return { ...invoice, key, Status: { 1: 'VALID', 2: 'WARNG', 3: 'INVLD' }[key], Comment: key === '1' ? '' : `E2E keyboard review ${index + 1}: ${key === '2' ? 'revisar régimen' : 'UUID no encontrado'}` };
  });
  for (const invoice of expected) {
    await expectInvoiceOpen(page, invoice.ConcurReceiptID);
    await page.keyboard.press(invoice.key);
    if (invoice.Comment) {
      await page.keyboard.press('c');
      await page.keyboard.type(invoice.Comment);
    }
    await page.keyboard.press('Control+Enter');
  }
  // After the tenth decision the eleventh invoice (page 3, row 6) is open, and the address holds page 3's cursor.
  await expectInvoiceOpen(page, (page3.items[5] as { ConcurReceiptID: string }).ConcurReceiptID);
  expect(new URL(page.url()).searchParams.get('page')).toBe('3');

  for (const invoice of expected) {
    await expect
      .poll(async () => {
        const stored = await getInvoice(invoice.ID);
        return { Status: stored.Status, Comment: stored.Comment };
      }, { timeout: 20_000 })
      .toEqual({ Status: invoice.Status, Comment: invoice.Comment });
  }
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('a missing comment for Invalid and a comment over 2000 characters are stopped with a message; nothing is sent', async ({ page }) => {
  const { items, offset } = await queuePage(5);
  const invoice = items[0] as (typeof items)[number];
  const puts = recordPuts(page);
  await signIn(page, USERS.finance, invoicePath(invoice.ID, 5, offset));
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  const form = decisionForm(page);

  await page.keyboard.press('3');
  await page.keyboard.press('Control+Enter');
  await expect(form.getByText('Write a comment: it is required for “Valid with warnings” and “Invalid”.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Comment (required)' }).fill('ñ'.repeat(2001));
  await expect(form.getByText('The comment has 2,001 characters; Concur accepts 2,000 at most.')).toBeVisible();
  await form.getByRole('button', { name: 'Save decision' }).click();
  await page.waitForTimeout(UNDO_WINDOW_MS + 1000);
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  expect(puts).toEqual([]);
  expect(await writesTo(invoice.ID)).toBe(0);
});

test('Undo within the window sends nothing', async ({ page }) => {
  const { items, offset } = await queuePage(5);
  const invoice = items[4] as (typeof items)[number];
  const before = await getInvoice(invoice.ID);
  await signIn(page, USERS.finance, invoicePath(invoice.ID, 5, offset));
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await page.keyboard.press('1');
  await page.keyboard.press('Control+Enter');
  await toast(page, invoice.ConcurReceiptID, 'Valid').getByRole('button', { name: 'Undo' }).click();
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await expect(decisionForm(page).getByRole('radio', { name: 'Valid', exact: true })).toBeChecked();

  await page.waitForTimeout(UNDO_WINDOW_MS + 1500);
  expect(await writesTo(invoice.ID)).toBe(0);
  expect(await getInvoice(invoice.ID)).toEqual(before);
});

test('three fast decisions, then Undo on the second, send exactly the first and the third', async ({ page }) => {
  const { items, offset } = await queuePage(6);
  const [first, second, third] = items as [(typeof items)[number], (typeof items)[number], (typeof items)[number]];
  const puts = recordPuts(page);
  await signIn(page, USERS.finance, invoicePath(first.ID, 6, offset));
  for (const invoice of [first, second, third]) {
    await expectInvoiceOpen(page, invoice.ConcurReceiptID);
    await page.keyboard.press('1');
    await page.keyboard.press('Control+Enter');
  }
  await toast(page, second.ConcurReceiptID, 'Valid').getByRole('button', { name: 'Undo' }).click();

  await expect.poll(() => puts.length, { timeout: UNDO_WINDOW_MS + 5000 }).toBe(2);
  await page.waitForTimeout(1500);
  expect(puts.sort()).toEqual([first.ID, third.ID].sort());
  expect([await writesTo(first.ID), await writesTo(second.ID), await writesTo(third.ID)]).toEqual([1, 0, 1]);
  expect((await getInvoice(first.ID)).Status).toBe('VALID');
  expect((await getInvoice(third.ID)).Status).toBe('VALID');
});

test('a 500 on save keeps the decision and the comment on screen with Retry, which then saves it', async ({ page }) => {
  test.setTimeout(90_000);
  const { items, offset } = await queuePage(7);
  const invoice = items[0] as (typeof items)[number];
  await failNextPut(invoice.ID);
  await signIn(page, USERS.finance, invoicePath(invoice.ID, 7, offset));
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await decideByKeyboard(page, '3', 'El RFC del receptor no es el de la empresa.');

  const failed = toast(page, invoice.ConcurReceiptID, 'Invalid');
  await expect(failed.getByText(/Not saved\. Concur is having trouble right now/)).toBeVisible({ timeout: UNDO_WINDOW_MS + 5000 });
  await expect(failed.getByText(/Reference: /)).toBeVisible();
  await expect(failed.getByText('El RFC del receptor no es el de la empresa.')).toBeVisible();
  // The injected 500 answered before the sandbox handled the PUT: nothing was written.
  expect(await writesTo(invoice.ID)).toBe(0);

  await failed.getByRole('button', { name: 'Open' }).click();
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  const form = decisionForm(page);
  await expect(form.getByRole('radio', { name: 'Invalid' })).toBeChecked();
  await expect(form.getByRole('textbox', { name: 'Comment (required)' })).toHaveValue('El RFC del receptor no es el de la empresa.');
  await form.getByRole('button', { name: 'Retry' }).click();
  await expect(form.getByText('Sent to Concur: Invalid.')).toBeVisible();
  expect(await getInvoice(invoice.ID)).toMatchObject({ Status: 'INVLD', Comment: 'El RFC del receptor no es el de la empresa.' });
  expect(await writesTo(invoice.ID)).toBe(1);
});

test('the conflict check fires when the invoice changed in Concur after it was opened', async ({ page }) => {
  test.setTimeout(90_000);
  const { items, offset } = await queuePage(8);
  const invoice = items[0] as (typeof items)[number];
  await signIn(page, USERS.finance, invoicePath(invoice.ID, 8, offset));
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);

  await putInvoice(invoice.ID, { Status: 'WARNG', Comment: 'Changed by another validator' });
  await page.keyboard.press('1');
  await page.keyboard.press('Control+Enter');
  // The next invoice opens at once; the check runs meanwhile and asks before anything is sent.
  const dialog = page.getByRole('dialog', { name: `Invoice ${invoice.ConcurReceiptID} changed in Concur` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Status .* WARNG$/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Comment .*Changed by another validator$/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Don’t send' }).click();
  await page.waitForTimeout(UNDO_WINDOW_MS + 1000);
  expect(await writesTo(invoice.ID)).toBe(1);

  // Back on it: Concur's new state is shown and the decision is still in the form.
  await page.keyboard.press('k');
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await expect(page.getByRole('article', { name: `Invoice ${invoice.ConcurReceiptID}` }).getByText('Changed by another validator')).toBeVisible();
  await expect(decisionForm(page).getByRole('radio', { name: 'Valid', exact: true })).toBeChecked();

  // Changed again; this time the admin sends anyway.
  await putInvoice(invoice.ID, { Status: 'INVLD', Comment: 'Changed once more' });
  await decisionForm(page).getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('dialog', { name: `Invoice ${invoice.ConcurReceiptID} changed in Concur` }).getByRole('button', { name: 'Send my decision anyway' }).click();
  await expect.poll(async () => (await getInvoice(invoice.ID)).Status, { timeout: UNDO_WINDOW_MS + 5000 }).toBe('VALID');
  expect(await writesTo(invoice.ID)).toBe(3);
});
