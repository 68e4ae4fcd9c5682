import { expect, test, type Page, type Route } from '@playwright/test';
import { getType } from '../attendee-types/concur-api';
import { tablePage } from '../attendee-types/table-page';
import { storedReceipts, uniqueGoodsReceiptNumber } from '../po-receipts/concur';
import { fillReceipt, field, openReceipts, RECEIPTS_API } from '../po-receipts/page';
import { concurAs } from '../support/concur-direct';
import { gatewayUrl, USERS } from '../support/env';
import { sandbox } from '../support/sandbox';
import { signIn } from '../support/sign-in';
import { decideByKeyboard, decisionForm, expectInvoiceOpen, toast } from '../tax-invoices/review-page';
import { getInvoice, invoicePath, queuePage, type ListedInvoice } from '../tax-invoices/tax-invoice-api';
import { chaosWatch, expectWrites, writesTo } from './invariants';
import {
  alerts, attempts, ATTENDEE_TYPES_API, concurError, expectReceiptKept, firstPageIds, firstTypesPage, intercept, OWN_QUEUE_PAGE, ownAttendeeType, ownPoLine,
  TAX_INVOICES_API, type Hit, type OwnAttendeeType,
} from './requests-helpers';

/**
 * Request chaos (../shared/docs/security.md §5, C1-C13, C26, C28): what the console does when Concur's answers fail,
 * stall, lie about their shape or arrive twice. Faults on shared paths are Playwright routes (private to the test's
 * browser context); sandbox faults only name records these cases own: tax invoices of queue page 18, company attendee
 * types from the middle of the list (slots of `ownAttendeeType`) and one PO line of last year (`ownPoLine`).
 */

const TYPES_TABLE = '/attendee-types';
const STATUS_NAME: Record<string, string> = { VALID: 'Valid', WARNG: 'Valid with warnings', INVLD: 'Invalid' };

/**
 * Signs in on the PO receipts form (a screen that asks Concur for nothing until typed into), so that the watch and the
 * faults start with the case itself: the screen under test is then opened with a full page load, as a bookmark would.
 */
async function signInFirst(page: Page) {
  // finance.admin (all four areas): ap.clerk's tokens are revoked by the PO receipts journeys running beside this file.
  await signIn(page, USERS.finance, '/po-receipts');
  await openReceipts(page);
}

async function open(page: Page, path: string) {
  await page.goto(`${gatewayUrl()}${path}`);
}

/** Opens the attendee types from the navigation, as a click does (no full page load, so no first-page preload). */
async function openTypesFromNavigation(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Attendee types' }).click();
}

/** N5 for the table: page 1 on screen is page 1 in Concur. */
async function expectFirstPageAsInConcur(page: Page) {
  const table = tablePage(page);
  await table.waitForPage(1);
  await expect.poll(() => table.ids()).toEqual(await firstPageIds());
}

/** Puts back the fields these cases change on their own attendee types. */
async function restoreType(type: OwnAttendeeType) {
  const response = await concurAs(USERS.finance, `${ATTENDEE_TYPES_API}/${encodeURIComponent(type.ID)}`, {
    method: 'PUT',
    body: JSON.stringify({ Code: type.Code, AttendeeFormID: type.AttendeeFormID }),
  });
  if (!response.ok) throw new Error(`restore ${type.ID}: ${response.status} ${await response.text()}`);
}

/** Two attempts of a write, both sending the identical body (a retry of an idempotent PUT). */
function sameBodies(puts: readonly Hit[]): boolean {
  const [first, second, ...more] = attempts(puts).map((hit) => hit.request.postData());
  return more.length === 0 && first !== undefined && first !== null && first === second;
}

const typeEntity = (id: string) => `expense/attendeetypes/${id}`;
const invoiceEntity = (id: string) => `expense/digitaltaxinvoices/${id}`;
const isInvoice = (id: string, method: string) => (request: { method(): string }, url: URL) =>
  request.method() === method && decodeURIComponent(url.pathname) === `${TAX_INVOICES_API}/${id}`;
const isReceiptPut = (request: { method(): string }, url: URL) => request.method() === 'PUT' && url.pathname === RECEIPTS_API;

/** "Status in Concur" as the invoice pane shows it. */
const statusInConcur = (page: Page, receiptId: string) =>
  page.getByRole('article', { name: `Invoice ${receiptId}` }).locator('dt:text-is("Status in Concur") + dd');

let ownInvoices: { items: ListedInvoice[]; offset: string | undefined } | undefined;
async function ownInvoice(index: number) {
  ownInvoices ??= await queuePage(OWN_QUEUE_PAGE);
  const invoice = ownInvoices.items[index];
  if (!invoice) throw new Error(`queue page ${OWN_QUEUE_PAGE} has no invoice ${index}`);
  return { invoice, next: ownInvoices.items[index + 1] as ListedInvoice, path: invoicePath(invoice.ID, OWN_QUEUE_PAGE, ownInvoices.offset) };
}

test('C1: the list answers 500, 500, then 200: at most 3 attempts, the list renders, no error toast', async ({ page }) => {
  await signInFirst(page);
  const watch = chaosWatch(page);
  let failing = 2;
  const hits = await intercept(page, firstTypesPage, (route, n) =>
    failing > 0 ? ((failing -= 1), route.fulfill(concurError(500, 'Injected 500.', `C1-${n}`))) : route.fallback(),
  );
  await openTypesFromNavigation(page);

  await expectFirstPageAsInConcur(page);
  expect(attempts(hits)).toHaveLength(3);
  await expect(alerts(page)).toHaveCount(0);
  // Settled: no further attempt once the list is there.
  await page.waitForTimeout(1500);
  expect(attempts(hits)).toHaveLength(3);
  await expect(alerts(page)).toHaveCount(0);

  await test.step('when every answer is 500, the third attempt is the last', async () => {
    failing = Number.POSITIVE_INFINITY;
    await page.getByRole('button', { name: 'Refresh' }).click();
    const warning = alerts(page).filter({ hasText: 'The attendee types could not be refreshed' });
    await expect(warning).toContainText('Concur is having trouble right now.');
    await expect(warning.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.waitForTimeout(2500);
    expect(attempts(hits)).toHaveLength(6);
    // The rows already loaded stay on screen under the warning.
    expect(await tablePage(page).ids()).toEqual(await firstPageIds());
  });
  await watch.expectClean();
});

test('C2: a GET answered 503 with Retry-After: 2 is asked again no earlier than 2 s later, then succeeds', async ({ page }) => {
  await signInFirst(page);
  const watch = chaosWatch(page);
  const hits = await intercept(page, firstTypesPage, (route, n) =>
    n === 1 ? route.fulfill(concurError(503, 'Injected 503.', 'C2', { 'retry-after': '2' })) : route.fallback(),
  );
  await open(page, TYPES_TABLE);

  await expectFirstPageAsInConcur(page);
  expect(attempts(hits)).toHaveLength(2);
  const [first, second] = attempts(hits) as [Hit, Hit];
  expect(second.at - first.at).toBeGreaterThanOrEqual(2000);
  await expect(alerts(page)).toHaveCount(0);
  await watch.expectClean();
});

test('C3: 429 with Retry-After: 120 (over the cap): one request, "try again at …", no hammering', async ({ page }) => {
  await signInFirst(page);
  const watch = chaosWatch(page);
  let answeredAt = 0;
  const hits = await intercept(page, firstTypesPage, async (route) => {
    answeredAt = Date.now();
    await route.fulfill(concurError(429, 'Too many requests.', 'C3', { 'retry-after': '120' }));
  });
  await open(page, TYPES_TABLE);

  const failure = alerts(page).filter({ hasText: 'The attendee types could not be loaded' });
  await expect(failure).toContainText(/Concur is busy\. Try again at .+\./);
  // The time shown is the answer's time + 120 s, as the browser formats it (either side of a minute boundary).
  const times = await page.evaluate(
    (at) => [at + 119_000, at + 121_000].map((ms) => new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(ms)),
    answeredAt,
  );
  const text = (await failure.textContent()) ?? '';
  const shown = times.find((time) => text.includes(`Try again at ${time}.`));
  expect(shown, `${text} names one of ${times.join(', ')}`).toBeDefined();

  // Longer than any backoff the client would use before a retry: still the one request.
  await page.waitForTimeout(4000);
  expect(attempts(hits)).toHaveLength(1);
  // Retry before that time answers with the same message at once, without asking Concur again.
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(failure).toContainText(`Concur is busy. Try again at ${shown ?? ''}.`);
  await page.waitForTimeout(1000);
  expect(attempts(hits)).toHaveLength(1);
  await watch.expectClean();
});

test('C4: an invoice detail answered 404 is not retried, says not found, and the queue and app still navigate', async ({ page }) => {
  const { invoice, next, path } = await ownInvoice(0);
  await signInFirst(page);
  const watch = chaosWatch(page);
  const hits = await intercept(page, isInvoice(invoice.ID, 'GET'), (route) =>
    route.fulfill(concurError(404, `No digital tax invoice has the id "${invoice.ID}".`, 'C4')),
  );
  await open(page, path);

  const article = page.getByRole('article', { name: `Invoice ${invoice.ConcurReceiptID}` });
  await expect(article.getByRole('heading', { name: 'The invoice could not be loaded' })).toBeVisible();
  await expect(article).toContainText('Concur could not find what you asked for. It may have been removed.');
  await expect(article).toContainText('Reference: C4');
  // No retry: nothing more is asked once the answer is on screen (a retry would come 0.5-1 s later).
  const asked = attempts(hits).length;
  await page.waitForTimeout(2500);
  expect(attempts(hits)).toHaveLength(asked);

  await article.getByRole('button', { name: 'Next', exact: true }).click();
  await expectInvoiceOpen(page, next.ConcurReceiptID);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Attendee types' }).click();
  await expectFirstPageAsInConcur(page);
  expect(attempts(hits)).toHaveLength(asked);
  await watch.expectClean();
});

test('C4: an invoice detail answered 404 is asked for once only', async ({ page }) => {
  const { invoice, path } = await ownInvoice(1);
  await signInFirst(page);
  const hits = await intercept(page, isInvoice(invoice.ID, 'GET'), (route) => route.fulfill(concurError(404, 'Not found.', 'C4-once')));
  await open(page, path);
  await expect(page.getByRole('heading', { name: 'The invoice could not be loaded' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tax invoices on this page' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(attempts(hits)).toHaveLength(1);
});

test('C5: a decision answered 400 with Concur’s error body is shown, kept and not retried', async ({ page }) => {
  const { invoice, path } = await ownInvoice(2);
  const before = await getInvoice(invoice.ID);
  const writesBefore = await writesTo(invoiceEntity(invoice.ID));
  const message = 'Comment contains characters Concur does not accept.';
  await signInFirst(page);
  const watch = chaosWatch(page);
  const puts = await intercept(page, isInvoice(invoice.ID, 'PUT'), (route) => route.fulfill(concurError(400, message, 'CHAOS-C5')));
  const comment = 'C5: el RFC del emisor no coincide.';
  await open(page, path);
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await decideByKeyboard(page, '3', comment);

  const failed = toast(page, invoice.ConcurReceiptID, 'Invalid');
  await expect(failed).toContainText(`Not saved. Concur did not accept the request: ${message}`, { timeout: 15_000 });
  await expect(failed).toContainText('Reference: CHAOS-C5');
  await expect(failed.getByText(comment)).toBeVisible();
  await page.waitForTimeout(2000);
  expect(attempts(puts)).toHaveLength(1);

  // N1: the decision is still in the invoice's form.
  await failed.getByRole('button', { name: 'Open' }).click();
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await expect(decisionForm(page).getByRole('radio', { name: 'Invalid' })).toBeChecked();
  await expect(decisionForm(page).getByRole('textbox', { name: 'Comment (required)' })).toHaveValue(comment);
  // N2 + N5: nothing reached Concur, and the pane shows what Concur holds.
  await expectWrites(invoiceEntity(invoice.ID), writesBefore, 0);
  expect(await getInvoice(invoice.ID)).toEqual(before);
  await expect(statusInConcur(page, invoice.ConcurReceiptID)).toHaveText(before.Status ? (STATUS_NAME[before.Status] ?? '') : 'Not decided');
  expect(attempts(puts)).toHaveLength(1);
  await watch.expectClean();
});

test('C6: a PO receipt answered 200 Status FAILURE, ErrorCode 1003 marks the quantity and keeps the form', async ({ page }) => {
  const line = await ownPoLine();
  const values = { po: line.po, line: line.line, quantity: '12.5', grn: uniqueGoodsReceiptNumber('C6'), slip: 'DS-C6', date: '03/15/2026' };
  const writesBefore = await writesTo(`invoice/purchaseorderreceipts/${line.po}|${line.line}`);
  await signInFirst(page);
  const watch = chaosWatch(page);
  const puts = await intercept(page, isReceiptPut, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      headers: { 'concur-correlationid': 'CHAOS-C6' },
      body: JSON.stringify({
        Status: 'FAILURE',
        Message: 'ReceivedQuantity must be a decimal number.',
        ErrorCode: '1003',
        ErrorMessage: 'Invalid received quantity.',
        FieldCode: 'LineItem|ReceivedQuantity',
        PurchaseOrderNumber: line.po,
        LineItemExternalID: line.line,
      }),
    }),
  );
  await fillReceipt(page, { po: values.po, line: values.line, quantity: values.quantity, grn: values.grn, slip: values.slip, unit: 'EA', date: '03152026' });
  await page.getByRole('button', { name: 'Save receipt' }).click();

  await expect(page.getByRole('region', { name: 'Concur did not save the receipt' })).toContainText('(error 1003)');
  await expect(field(page, 'Received quantity')).toHaveAccessibleDescription('Concur did not accept this quantity as a number.');
  await expect(field(page, 'Received quantity')).toBeFocused();
  await expectReceiptKept(page, values);
  await expect(field(page, 'Unit of measure')).toHaveValue('EA');
  await expect(page.getByText('Receipt saved in Concur')).toHaveCount(0);
  expect(attempts(puts)).toHaveLength(1);
  await expectWrites(`invoice/purchaseorderreceipts/${line.po}|${line.line}`, writesBefore, 0);
  expect(await storedReceipts({ goodsReceiptNumber: values.grn })).toEqual([]);
  await watch.expectClean();
});

test('C7: a 200 with truncated JSON shows an inline error with Retry, and Retry loads the list', async ({ page }) => {
  await signInFirst(page);
  const watch = chaosWatch(page);
  let broken = true;
  const hits = await intercept(page, firstTypesPage, (route) =>
    broken
      ? route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', headers: { 'concur-correlationid': 'C7' }, body: '{"Items":[' })
      : route.fallback(),
  );
  await openTypesFromNavigation(page);

  const failure = alerts(page).filter({ hasText: 'The attendee types could not be loaded' });
  await expect(failure).toContainText('Concur sent an answer the console could not read. Try again later.');
  await expect(failure).toContainText('Reference: C7');
  // An unreadable answer is not retried by itself.
  await page.waitForTimeout(2000);
  expect(attempts(hits)).toHaveLength(1);

  broken = false;
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expectFirstPageAsInConcur(page);
  await expect(alerts(page)).toHaveCount(0);
  expect(attempts(hits)).toHaveLength(2);
  await watch.expectClean();
});

test('C8: a 200 HTML page, XML, or JSON of the wrong shape is an error with Retry, never a crash', async ({ page }) => {
  const answers = {
    html: { contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>window.__c8=1</script></body></html>' },
    xml: { contentType: 'application/xml; charset=utf-8', body: '<AttendeeTypes><Items><AttendeeType><Name>x</Name></AttendeeType></Items></AttendeeTypes>' },
    null: { contentType: 'application/json; charset=utf-8', body: '{"Items":null,"NextPage":null}' },
  } as const;
  await signInFirst(page);
  const watch = chaosWatch(page);
  let answer: keyof typeof answers | 'real' = 'html';
  const hits = await intercept(page, firstTypesPage, (route) =>
    answer === 'real' ? route.fallback() : route.fulfill({ status: 200, headers: { 'concur-correlationid': `C8-${answer}` }, ...answers[answer] }),
  );
  await openTypesFromNavigation(page);

  const failure = alerts(page).filter({ hasText: 'The attendee types could not be loaded' });
  await test.step('an HTML gateway page', async () => {
    await expect(failure).toContainText('Concur sent an answer the console could not read.');
    await expect(failure).toContainText('Reference: C8-html');
  });
  await test.step('XML', async () => {
    answer = 'xml';
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(failure).toContainText('Reference: C8-xml');
    await expect(failure).toContainText('Concur sent an answer the console could not read.');
  });
  await test.step('JSON with Items: null', async () => {
    answer = 'null';
    await failure.getByRole('button', { name: 'Retry' }).click();
    // Either a schema error or the empty state is fine (the console reads Items: null as "none"); a crash is not.
    await expect(page.getByText(/Reference: C8-null|There are no attendee types yet\./)).toBeVisible();
    await expect(tablePage(page).rows).toHaveCount(0);
  });
  expect(attempts(hits)).toHaveLength(3);
  expect(await page.evaluate(() => (window as { __c8?: number }).__c8)).toBeUndefined();

  // Concur answers properly again: the toolbar's Refresh (there is no error left to retry) shows page 1 as it holds it.
  answer = 'real';
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expectFirstPageAsInConcur(page);
  await watch.expectClean();
});

test('C9: a save that never gets an answer times out after 15 s with Retry, and the form is kept', async ({ page }) => {
  const line = await ownPoLine();
  const entity = `invoice/purchaseorderreceipts/${line.po}|${line.line}`;
  const values = { po: line.po, line: line.line, quantity: '4', grn: uniqueGoodsReceiptNumber('C9'), slip: 'DS-C9', date: '03/16/2026' };
  await signInFirst(page);
  const watch = chaosWatch(page);
  await page.clock.install();
  const hung: Route[] = [];
  const puts = await intercept(page, isReceiptPut, (route, n) => {
    if (n > 1) return route.fallback();
    hung.push(route); // never answered
    return undefined;
  });
  await fillReceipt(page, { po: values.po, line: values.line, quantity: values.quantity, grn: values.grn, slip: values.slip, date: '03162026' });
  const writesBefore = await writesTo(entity);
  await page.getByRole('button', { name: 'Save receipt' }).click();
  await expect.poll(() => attempts(puts).length).toBe(1);

  const sendError = page.getByRole('alert').filter({ hasText: 'The receipt was not confirmed as saved' });
  await page.clock.fastForward(14_000);
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await expect(sendError).toHaveCount(0);
  await page.clock.fastForward(1_500);
  await expect(sendError).toContainText('Concur took too long to answer. Try again.');
  await expect(sendError).not.toContainText(/offline|could not be reached/i);
  await expectReceiptKept(page, values);

  await sendError.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  expect(attempts(puts)).toHaveLength(2);
  expect(sameBodies(puts)).toBe(true);
  // N2 + N5: only the retry reached Concur, and the PO's list shows the one receipt Concur holds.
  await expectWrites(entity, writesBefore, 1);
  expect(await storedReceipts({ goodsReceiptNumber: values.grn })).toHaveLength(1);
  await expect(page.getByRole('table', { name: `Receipts of ${line.po}` }).getByRole('row').filter({ hasText: values.grn })).toHaveCount(1);
  await watch.expectClean();
});

test('C10: a save aborted with internetdisconnected keeps the form, and Retry sends the same body once', async ({ page }) => {
  const line = await ownPoLine();
  const entity = `invoice/purchaseorderreceipts/${line.po}|${line.line}`;
  const values = { po: line.po, line: line.line, quantity: '2.75', grn: uniqueGoodsReceiptNumber('C10'), slip: 'DS-C10', date: '03/17/2026' };
  await signInFirst(page);
  const watch = chaosWatch(page);
  const puts = await intercept(page, isReceiptPut, (route, n) => (n === 1 ? route.abort('internetdisconnected') : route.fallback()));
  await fillReceipt(page, { po: values.po, line: values.line, quantity: values.quantity, grn: values.grn, slip: values.slip, date: '03172026' });
  const writesBefore = await writesTo(entity);
  await page.getByRole('button', { name: 'Save receipt' }).click();

  const sendError = page.getByRole('alert').filter({ hasText: 'The receipt was not confirmed as saved' });
  await expect(sendError).toContainText('Concur Console could not be reached.');
  await expect(sendError).toContainText('Everything you typed is still here.');
  await expectReceiptKept(page, values);
  expect(attempts(puts)).toHaveLength(1);

  await sendError.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  await page.waitForTimeout(500);
  expect(attempts(puts)).toHaveLength(2);
  expect(sameBodies(puts)).toBe(true);
  await expectWrites(entity, writesBefore, 1);
  expect(await storedReceipts({ goodsReceiptNumber: values.grn })).toEqual([
    expect.objectContaining({ ReceivedQuantity: '2.75', ReceivedDate: '2026-03-17', DeliverySlipNumber: 'DS-C10' }),
  ]);
  await expect(page.getByRole('table', { name: `Receipts of ${line.po}` }).getByRole('row').filter({ hasText: values.grn })).toHaveCount(1);
  await watch.expectClean();
});

test('C12: Concur commits a decision, then the connection resets: Retry is idempotent, one record in Concur', async ({ page }) => {
  const { invoice, path } = await ownInvoice(4);
  const entity = invoiceEntity(invoice.ID);
  const writesBefore = await writesTo(entity);
  await sandbox.addFault({ method: 'PUT', path: `${TAX_INVOICES_API}/${invoice.ID}`, reset: 'after-commit', times: 1 });
  await signInFirst(page);
  const watch = chaosWatch(page);
  const puts = await intercept(page, isInvoice(invoice.ID, 'PUT'), (route) => route.fallback());
  const comment = 'C12: régimen fiscal por confirmar.';
  await open(page, path);
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await decideByKeyboard(page, '2', comment);

  const failed = toast(page, invoice.ConcurReceiptID, 'Valid with warnings');
  await expect(failed).toContainText('Not saved.', { timeout: 15_000 });
  // The write did happen: Concur holds the decision although the answer never arrived.
  await expectWrites(entity, writesBefore, 1);
  expect(await getInvoice(invoice.ID)).toMatchObject({ Status: 'WARNG', Comment: comment });

  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(failed).toHaveCount(0);
  await expectWrites(entity, writesBefore, 2);
  expect(attempts(puts)).toHaveLength(2);
  expect(sameBodies(puts)).toBe(true);
  expect(await getInvoice(invoice.ID)).toMatchObject({ Status: 'WARNG', Comment: comment });

  // N5: the invoice, read again, shows what Concur holds; no conflict was raised by the console's own write.
  await page.goto(`${gatewayUrl()}${path}`);
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  await expect(statusInConcur(page, invoice.ConcurReceiptID)).toHaveText('Valid with warnings');
  await expect(page.getByRole('dialog', { name: /changed in Concur/ })).toHaveCount(0);
  await watch.expectClean();
});

test('C12: a receipt committed before the connection reset is saved once by Retry: one record in Concur', async ({ page }) => {
  const line = await ownPoLine();
  const entity = `invoice/purchaseorderreceipts/${line.po}|${line.line}`;
  const values = { po: line.po, line: line.line, quantity: '6', grn: uniqueGoodsReceiptNumber('C12'), slip: 'DS-C12', date: '03/18/2026' };
  await signInFirst(page);
  const watch = chaosWatch(page);
  // Playwright lets the PUT reach Concur, then resets the connection before the answer reaches the page.
  const puts = await intercept(page, isReceiptPut, async (route, n) => {
    if (n > 1) return route.fallback();
    await route.fetch();
    return route.abort('connectionreset');
  });
  await fillReceipt(page, { po: values.po, line: values.line, quantity: values.quantity, grn: values.grn, slip: values.slip, date: '03182026' });
  const writesBefore = await writesTo(entity);
  await page.getByRole('button', { name: 'Save receipt' }).click();

  const sendError = page.getByRole('alert').filter({ hasText: 'The receipt was not confirmed as saved' });
  await expect(sendError.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectReceiptKept(page, values);
  await expectWrites(entity, writesBefore, 1);
  expect(await storedReceipts({ goodsReceiptNumber: values.grn })).toHaveLength(1);

  await sendError.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Receipt saved in Concur')).toBeVisible();
  expect(attempts(puts)).toHaveLength(2);
  expect(sameBodies(puts)).toBe(true);
  await expectWrites(entity, writesBefore, 2);
  expect(await storedReceipts({ goodsReceiptNumber: values.grn })).toEqual([expect.objectContaining({ ReceivedQuantity: '6', DeliverySlipNumber: 'DS-C12' })]);
  await expect(page.getByRole('table', { name: `Receipts of ${line.po}` }).getByRole('row').filter({ hasText: values.grn })).toHaveCount(1);
  await watch.expectClean();
});

test('C13: a double click on Save, Enter + click, and click + Enter each send exactly one write', async ({ page }) => {
  const type = await ownAttendeeType(0);
  const entity = typeEntity(type.ID);
  await signInFirst(page);
  const watch = chaosWatch(page);
  // Concur takes a moment, so the second press lands while the first save is on its way.
  const puts = await intercept(
    page,
    (request, url) => request.method() === 'PUT' && decodeURIComponent(url.pathname) === `${ATTENDEE_TYPES_API}/${type.ID}`,
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.fallback();
    },
  );
  try {
    await open(page, `${TYPES_TABLE}/${encodeURIComponent(type.ID)}`);
    const panel = page.getByRole('dialog', { name: type.Name });
    const formField = panel.getByRole('textbox', { name: 'Attendee form' });
    const saved = panel.getByRole('status').filter({ hasText: `“${type.Name}” was saved.` });
    const writesBefore = await writesTo(entity);

    await panel.getByRole('button', { name: 'Edit' }).click();
    await formField.fill('CHAOS-C13-A');
    await panel.getByRole('button', { name: 'Save' }).dblclick();
    await expect(saved).toBeVisible();
    expect(attempts(puts)).toHaveLength(1);

    await panel.getByRole('button', { name: 'Edit' }).click();
    await formField.fill('CHAOS-C13-B');
    await formField.press('Enter');
    await panel.getByRole('button', { name: /^(Save|Saving…)$/ }).click({ force: true });
    await expect(saved).toBeVisible();
    expect(attempts(puts)).toHaveLength(2);

    await panel.getByRole('button', { name: 'Edit' }).click();
    await formField.fill('CHAOS-C13-C');
    await panel.getByRole('button', { name: 'Save' }).click();
    await formField.press('Enter');
    await expect(saved).toBeVisible();
    await page.waitForTimeout(1000);
    expect(attempts(puts)).toHaveLength(3);
    await expectWrites(entity, writesBefore, 3);

    // N5: after a reload the panel shows what Concur holds.
    expect(await getType(type.ID)).toMatchObject({ AttendeeFormID: 'CHAOS-C13-C' });
    await page.reload();
    await expect(page.getByRole('dialog', { name: type.Name })).toContainText('CHAOS-C13-C');
    await watch.expectClean();
  } finally {
    await restoreType(type);
  }
});

test('C26: a 10 s slow answer is abandoned when the user navigates away: aborted, no toast, no stale update', async ({ page }) => {
  await signInFirst(page);
  const watch = chaosWatch(page);
  await open(page, TYPES_TABLE);
  const table = tablePage(page);
  await table.waitForPage(1);
  const [target] = await table.ids();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const hits = await intercept(
    page,
    (request, url) => request.method() === 'GET' && decodeURIComponent(url.pathname) === `${ATTENDEE_TYPES_API}/${target ?? ''}`,
    async (route) => {
      await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await route.fallback().catch(() => undefined);
    },
  );
  const aborted: string[] = [];
  page.on('requestfailed', (request) => {
    if (hits.some((hit) => hit.request === request)) aborted.push(request.failure()?.errorText ?? '');
  });

  await table.row(target ?? '').getByRole('link').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => hits.length).toBe(1);
  // The user gives up on the panel and goes to another area.
  await page.getByRole('dialog').getByRole('button', { name: 'Close details' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tax invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Tax invoices', level: 1 })).toBeVisible();

  await expect.poll(() => aborted).toEqual(['net::ERR_ABORTED']);
  release();
  await page.waitForTimeout(1000);
  await expect(alerts(page)).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/\/tax-invoices/);
  await watch.expectClean();
});

test('C28: markup typed into fields and saved stays inert text, with no CSP violation', async ({ page }) => {
  const type = await ownAttendeeType(1);
  const code = '<img src=x onerror=window.__xss=1>';
  const formId = '<script>window.__xss=2</script>';
  await signInFirst(page);
  const watch = chaosWatch(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
  try {
    await open(page, `${TYPES_TABLE}/${encodeURIComponent(type.ID)}`);
    const panel = page.getByRole('dialog', { name: type.Name });
    await panel.getByRole('button', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Code' }).fill(code);
    await panel.getByRole('textbox', { name: 'Attendee form' }).fill(formId);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status').filter({ hasText: `“${type.Name}” was saved.` })).toBeVisible();
    await expect(panel.getByText(code, { exact: true })).toBeVisible();
    await expect(panel.getByText(formId, { exact: true })).toBeVisible();
    expect(await getType(type.ID)).toMatchObject({ Code: code, AttendeeFormID: formId });

    // N5 after a reload, under the app's CSP: the stored text is shown as text.
    const reloaded = await page.reload();
    expect(reloaded?.headers()['content-security-policy'] ?? '').toContain("script-src 'self'");
    const again = page.getByRole('dialog', { name: type.Name });
    await expect(again.getByText(code, { exact: true })).toBeVisible();
    await expect(again.getByText(formId, { exact: true })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((script) => script.textContent?.includes('__xss')).length)).toBe(0);
    expect(dialogs).toEqual([]);
    await watch.expectClean();
  } finally {
    await restoreType(type);
  }
});
