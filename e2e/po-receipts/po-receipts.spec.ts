import { expect, test, type Page } from '@playwright/test';
import { USERS, gatewayUrl, sandboxUrl } from '../support/env';
import { sandbox } from '../support/sandbox';
import { fillSandboxSignIn, signIn } from '../support/sign-in';
import { watchPage } from '../support/watch';
import { seededPoLines, storedReceipts, uniqueGoodsReceiptNumber, writesFor } from './concur';
import { RECEIPTS_API, dateGroup, field, fillReceipt, openReceipts, recordPuts, settleExistingReceipts } from './page';

// Every test here signs in as the AP clerk, and some expire and revoke the clerk's tokens: they share one worker, in order.

const FORM_DRAFT_KEY = /^concur-console:draft:[^:]+:po-receipts:form$/;

async function signInClerk(page: Page, path = '/po-receipts') {
  await signIn(page, USERS.clerk, path);
  await openReceipts(page, path.includes('mode=batch') ? 'Enter many receipts at once' : undefined);
}

/** Ends the clerk's session where it stands: the next API call fails and refreshing is refused (Concur 108). */
async function endClerkSession() {
  await sandbox.revokeRefresh(USERS.clerk);
  await sandbox.expireTokens(USERS.clerk);
}

test.describe('in a time zone far from UTC (UTC+14)', () => {
  test.use({ timezoneId: 'Pacific/Kiritimati' });

  test('a valid receipt is saved, confirmed, and readable through GET with the date and quantity as typed', async ({ page }) => {
    const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
    const { quantityBased } = await seededPoLines();
    const line = quantityBased[0] ?? { po: '', line: '' };
    const grn = uniqueGoodsReceiptNumber();
    await signInClerk(page);

    await fillReceipt(page, { po: line.po, line: line.line, date: '03152026', quantity: '1,234.5', unit: 'EA', grn, slip: 'DS-E2E' });
    await page.getByRole('button', { name: 'Save receipt' }).click();

    await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
    await expect(page.getByText(`PO ${line.po}, line ${line.line}, goods receipt ${grn}: 1,234.5 EA received on March 15, 2026.`)).toBeVisible();
    const [stored] = await storedReceipts({ goodsReceiptNumber: grn });
    expect(stored).toMatchObject({
      PurchaseOrderNumber: line.po,
      LineItemExternalID: line.line,
      ReceivedDate: '2026-03-15',
      ReceivedQuantity: '1234.5',
      UnitOfMeasureCode: 'EA',
      IsReceived: 'Y',
      DeliverySlipNumber: 'DS-E2E',
    });
    // The list of the PO's receipts shows it too, on the same calendar day.
    const table = page.getByRole('table', { name: `Receipts of ${line.po}` });
    await expect(table.getByRole('row').filter({ hasText: grn })).toContainText('Mar 15, 2026');
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes(':draft:')))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});

test('each error code the sandbox returns lands on its field, and every value is kept', async ({ page }) => {
  const { quantityBased } = await seededPoLines();
  const line = quantityBased[1] ?? { po: '', line: '' };
  const grn = uniqueGoodsReceiptNumber();
  await signInClerk(page);
  const valid = { po: line.po, line: line.line, date: '03152026', quantity: '12.5', unit: 'EA', grn, slip: 'DS-1' };
  await fillReceipt(page, valid);

  const save = page.getByRole('button', { name: 'Save receipt' });
  const summary = page.getByRole('region', { name: 'Concur did not save the receipt' });
  const expectKept = async () => {
    await expect(field(page, 'Received quantity')).toHaveValue(valid.quantity);
    await expect(field(page, 'Goods receipt number')).toHaveValue(grn);
    await expect(field(page, 'Delivery slip number')).toHaveValue('DS-1');
    await expect(page.locator('#receipt-receivedDate')).toHaveValue('03/15/2026');
  };

  // Errors a clerk can really get: an unknown PO, an unknown line, a quantity-based line without a quantity.
  const natural: [Partial<typeof valid>, string, string, string][] = [
    [{ po: 'PO-1999-999999' }, '1000', 'PO number', 'Concur does not know this PO number.'],
    [{ line: '9999' }, '1001', 'Line item external ID', 'This PO has no line with this external ID.'],
    [{ quantity: '' }, '1006', 'Received quantity', 'This line is quantity-based: enter the received quantity.'],
  ];
  for (const [change, code, label, message] of natural) {
    await fillReceipt(page, change);
    await save.click();
    await expect(summary).toContainText(`(error ${code})`);
    await expect(field(page, label)).toHaveAccessibleDescription(message);
    await expect(field(page, label)).toBeFocused();
    await fillReceipt(page, valid);
  }
  await expectKept();

  // The rest cannot come from this form (it refuses such values itself), so the body is changed on its way to the
  // sandbox: the answer, and what the console does with it, are the real ones.
  const tampered: [string, (body: Record<string, unknown>) => void, string, string | null, string][] = [
    ['1002', (body) => (body.IsReceived = 'X'), 'LineItem|IsReceived', 'Received', 'Concur needs Y or N here.'],
    ['1003', (body) => (body.ReceivedQuantity = '1e3'), 'LineItem|ReceivedQuantity', 'Received quantity', 'Concur did not accept this quantity as a number.'],
    ['1004', (body) => (body.ReceivedDate = '2024-02-30'), 'LineItem|ReceivedDate', 'Received date', 'Concur did not accept this date.'],
    ['1005', (body) => (body.UnitOfMeasureCode = 'TENCHARSXX'), 'LineItem|UnitOfMeasureCode', 'Unit of measure', 'Concur did not accept this unit of measure.'],
    ['1007', (body) => (body.Colour = 'red'), 'LineItem|Colour', null, 'Concur does not have this field on its receipt form.'],
    ['1008', (body) => (body.DeliverySlipNumber = 'D'.repeat(51)), 'LineItem|DeliverySlipNumber', 'Delivery slip number', 'Concur says this value is too long.'],
    ['1009', (body) => (body.ReceivedQuantity = 12.5), 'LineItem|ReceivedQuantity', 'Received quantity', 'Concur says this value has the wrong data type.'],
    ['1011', (body) => (body.Version = '3.0'), 'LineItem|Version', 'Version', 'Concur says this value is not valid for the field.'],
    ['10010', (body) => (body.GoodsReceiptNumber = ''), 'LineItem|GoodsReceiptNumber', 'Goods receipt number', 'Concur says a required field is missing.'],
  ];
  for (const [code, change, fieldCode, label, message] of tampered) {
    await page.route(`**${RECEIPTS_API}`, async (route) => {
      if (route.request().method() !== 'PUT') return route.fallback();
      const body = route.request().postDataJSON() as Record<string, unknown>;
      change(body);
      return route.continue({ postData: JSON.stringify(body) });
    }, { times: 1 });
    const answer = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(RECEIPTS_API));
    await save.click();
    expect(await (await answer).json()).toMatchObject({ Status: 'FAILURE', ErrorCode: code, FieldCode: fieldCode });
    await expect(summary).toContainText(`(error ${code})`);
    if (label === null) {
      await expect(summary).toContainText(message);
    } else if (label === 'Received date') {
      await expect(dateGroup(page)).toHaveAccessibleDescription(message);
    } else if (label === 'Received' || label === 'Version') {
      await expect(page.getByRole('combobox', { name: label, exact: true })).toHaveAccessibleDescription(message);
    } else {
      await expect(field(page, label)).toHaveAccessibleDescription(message);
    }
    await expectKept();
  }
});

test('bad quantities and dates are refused before anything is sent', async ({ page }) => {
  const { quantityBased } = await seededPoLines();
  const line = quantityBased[0] ?? { po: '', line: '' };
  await signInClerk(page);
  const puts = recordPuts(page);
  await fillReceipt(page, { po: line.po, line: line.line, grn: uniqueGoodsReceiptNumber(), date: '03152026' });

  const quantity = field(page, 'Received quantity');
  for (const [typed, message] of [
    ['1e3', 'Type a plain number'],
    ['NaN', 'Type a plain number'],
    ['Infinity', 'Type a plain number'],
    ['-5', 'cannot be negative'],
    ['1.23456', 'at most 4 decimals'],
    ['1,5', 'Use a point for decimals'],
  ] as const) {
    await quantity.fill(typed);
    await page.getByRole('button', { name: 'Save receipt' }).click();
    await expect(quantity).toHaveAccessibleDescription(new RegExp(message));
    await expect(quantity).toBeFocused();
  }
  await quantity.fill('5');

  // February 30th, then a date with its day cleared.
  await fillReceipt(page, { date: '02302026' });
  await page.getByRole('button', { name: 'Save receipt' }).click();
  await expect(dateGroup(page)).toHaveAccessibleDescription('Enter a complete, real date (month, day and year).');
  await dateGroup(page).getByRole('spinbutton', { name: 'Day' }).click();
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Save receipt' }).click();
  await expect(page.getByRole('link', { name: 'Received date: Enter a complete, real date (month, day and year).' })).toBeVisible();

  await page.waitForTimeout(300);
  expect(puts).toHaveLength(0);
});

test('the token expires mid-form: the clerk signs in again, finds the form as typed, and it is saved once', async ({ page }) => {
  const { quantityBased } = await seededPoLines();
  const line = quantityBased[2] ?? { po: '', line: '' };
  const grn = uniqueGoodsReceiptNumber();
  await signInClerk(page);
  await fillReceipt(page, { po: line.po, line: line.line, date: '04012026', quantity: '3', grn, slip: 'DS-EXPIRED' });
  const writesBefore = await writesFor(line);
  await settleExistingReceipts(page, line.po);

  await endClerkSession();
  await page.getByRole('button', { name: 'Save receipt' }).click();

  await expect(page.getByText('Your session ended. Sign in again to continue where you left off.')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/po-receipts');
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await fillSandboxSignIn(page, USERS.clerk);

  await expect(page.getByText('Restored, not sent')).toBeVisible();
  await expect(field(page, 'PO number')).toHaveValue(line.po);
  await expect(field(page, 'Line item external ID')).toHaveValue(line.line);
  await expect(field(page, 'Received quantity')).toHaveValue('3');
  await expect(field(page, 'Goods receipt number')).toHaveValue(grn);
  await expect(field(page, 'Delivery slip number')).toHaveValue('DS-EXPIRED');
  await expect(page.locator('#receipt-receivedDate')).toHaveValue('04/01/2026');
  // Restored, never sent by itself.
  await page.waitForTimeout(500);
  expect(await writesFor(line)).toBe(writesBefore);

  await page.getByRole('button', { name: 'Save receipt' }).click();
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  expect(await writesFor(line)).toBe(writesBefore + 1);
  expect(await storedReceipts({ goodsReceiptNumber: grn })).toEqual([expect.objectContaining({ ReceivedDate: '2026-04-01', DeliverySlipNumber: 'DS-EXPIRED' })]);
});

test('a reload restores the draft, marked and not sent', async ({ page }) => {
  const { quantityBased } = await seededPoLines();
  const line = quantityBased[0] ?? { po: '', line: '' };
  const grn = uniqueGoodsReceiptNumber();
  await signInClerk(page);
  const puts = recordPuts(page);
  await fillReceipt(page, { po: line.po, line: line.line, quantity: '9.25', grn });
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage))).toContainEqual(expect.stringMatching(FORM_DRAFT_KEY));

  // The unsaved-changes guard asks before the reload; the clerk goes ahead.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();

  await expect(page.getByText('Restored, not sent')).toBeVisible();
  await expect(field(page, 'Received quantity')).toHaveValue('9.25');
  await expect(field(page, 'Goods receipt number')).toHaveValue(grn);
  await page.waitForTimeout(500);
  expect(puts).toHaveLength(0);
});

test('a double click, or Enter and a click, sends one request', async ({ page }) => {
  const { quantityBased } = await seededPoLines();
  const line = quantityBased[1] ?? { po: '', line: '' };
  await signInClerk(page);
  const puts = recordPuts(page);
  // Concur takes a moment to answer, as it does on a busy day: the later presses land while the first is on its way.
  await page.route(`**${RECEIPTS_API}`, async (route) => {
    if (route.request().method() !== 'PUT') return route.fallback();
    await new Promise((resolve) => setTimeout(resolve, 800));
    return route.continue();
  });

  const writesBefore = await writesFor(line);
  await fillReceipt(page, { po: line.po, line: line.line, quantity: '1', grn: uniqueGoodsReceiptNumber() });
  await page.getByRole('button', { name: 'Save receipt' }).dblclick();
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  expect(puts).toHaveLength(1);

  await page.getByRole('button', { name: 'Record another line for this PO' }).click();
  await fillReceipt(page, { line: line.line, quantity: '2', grn: uniqueGoodsReceiptNumber() });
  await field(page, 'Delivery slip number').press('Enter');
  await page.getByRole('button', { name: /Save receipt|Saving/ }).click({ force: true });
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  expect(puts).toHaveLength(2);
  expect(await writesFor(line)).toBe(writesBefore + 2);
});

test('another user signing in on the tab does not see the clerk’s draft', async ({ page }) => {
  const { quantityBased } = await seededPoLines();
  const line = quantityBased[0] ?? { po: '', line: '' };
  await signInClerk(page);
  await fillReceipt(page, { po: line.po, line: line.line, quantity: '4', grn: 'CLERK-PRIVATE' });
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage))).toContainEqual(expect.stringMatching(FORM_DRAFT_KEY));
  await settleExistingReceipts(page, line.po);

  await endClerkSession();
  await page.getByRole('button', { name: 'Save receipt' }).click();
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await fillSandboxSignIn(page, USERS.finance);

  await openReceipts(page);
  expect(new URL(page.url()).pathname).toBe('/po-receipts');
  await expect(field(page, 'PO number')).toHaveValue('');
  await expect(field(page, 'Goods receipt number')).toHaveValue('');
  await expect(page.getByText('Restored, not sent')).toHaveCount(0);
  const stored = await page.evaluate(() => Object.entries(sessionStorage).filter(([key]) => key.includes(':draft:')));
  expect(JSON.stringify(stored)).not.toContain('CLERK-PRIVATE');
});

test('a batch of 100 pasted rows with 5 bad ones reports exactly those 5, and Retry failed sends only them', async ({ page }) => {
  test.setTimeout(180_000);
  const { quantityBased } = await seededPoLines();
  const line = quantityBased[0] ?? { po: '', line: '' };
  const prefix = uniqueGoodsReceiptNumber('B');
  await signInClerk(page, '/po-receipts?mode=batch');
  const puts = recordPuts(page);

  const rows = Array.from({ length: 100 }, (_, index) => [line.po, line.line, '2026-03-15', `1,${String(index + 1).padStart(3, '0')}.5`, `${prefix}-${index + 1}`]);
  const bad = new Map<number, { column: string; fixed: string; change: (row: string[]) => void; result: RegExp }>([
    [7, { column: 'Received quantity', fixed: '7', change: (row) => (row[3] = '1e3'), result: /Not sent: fix the marked cells/ }],
    [23, { column: 'Received date', fixed: '2026-02-28', change: (row) => (row[2] = '2026-02-30'), result: /Not sent: fix the marked cells/ }],
    [42, { column: 'Line item external ID', fixed: line.line, change: (row) => (row[1] = '9999'), result: /Concur error 1001/ }],
    [64, { column: 'PO number', fixed: line.po, change: (row) => (row[0] = 'PO-1999-999999'), result: /Concur error 1000/ }],
    [88, { column: 'Received quantity', fixed: '8', change: (row) => (row[3] = ''), result: /Concur error 1006/ }],
  ]);
  for (const [rowNumber, { change }] of bad) change(rows[rowNumber - 1] as string[]);
  const tsv = ['PO number\tLine item external ID\tReceived date\tReceived quantity\tGoods receipt number', ...rows.map((cells) => cells.join('\t'))].join('\n');

  await page.getByRole('textbox', { name: 'Paste rows here' }).fill(tsv);
  await page.getByRole('button', { name: 'Add pasted rows' }).click();
  await expect(page.getByText('100 rows added.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit all (100)' }).click();

  await expect(page.getByText('Saved: 95 · need attention: 5 · not sent yet: 0.')).toBeVisible({ timeout: 60_000 });
  expect(puts).toHaveLength(98);
  const tableRow = (rowNumber: number) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(rowNumber), exact: true }) });
  for (const [rowNumber, { column, result }] of bad) {
    await expect(tableRow(rowNumber)).toContainText(result);
    await expect(page.getByRole('textbox', { name: `${column}, row ${rowNumber}`, exact: true })).toHaveAttribute('aria-invalid', 'true');
  }
  await page.getByLabel('Show only rows that need attention').check();
  await expect(page.getByRole('table', { name: 'Receipts to submit' }).getByRole('rowheader')).toHaveText([...bad.keys()].map(String));

  for (const [rowNumber, { column, fixed }] of bad) await page.getByRole('textbox', { name: `${column}, row ${rowNumber}`, exact: true }).fill(fixed);
  await page.getByRole('button', { name: 'Retry failed (5)' }).click();
  await expect(page.getByText('Saved: 100 · need attention: 0 · not sent yet: 0.')).toBeVisible();
  expect(puts).toHaveLength(103);
  expect(puts.slice(98).map((request) => (request.postDataJSON() as { GoodsReceiptNumber: string }).GoodsReceiptNumber).sort()).toEqual(
    [...bad.keys()].map((rowNumber) => `${prefix}-${rowNumber}`).sort(),
  );
  const stored = (await storedReceipts({ purchaseOrderNumber: line.po })).filter((receipt) => receipt.GoodsReceiptNumber.startsWith(`${prefix}-`));
  expect(stored).toHaveLength(100);
});
