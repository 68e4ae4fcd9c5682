import { expect, test, type Page, type Route } from '@playwright/test';
import { listAllTypes } from '../attendee-types/concur-api';
import { tablePage } from '../attendee-types/table-page';
import { fillReceipt, openReceipts } from '../po-receipts/page';
import { concurJsonAs } from '../support/concur-direct';
import { gatewayUrl, USERS } from '../support/env';
import { sandbox } from '../support/sandbox';
import { fillSandboxSignIn, signIn } from '../support/sign-in';
import { decisionForm, expectInvoiceOpen, toast } from '../tax-invoices/review-page';
import { getInvoice, invoicePath, queuePage } from '../tax-invoices/tax-invoice-api';
import { expectWrites, writesTo } from './invariants';
import {
  appStorage,
  type AttendeeTypeRecord,
  beginSignIn,
  CALLBACK_PATH,
  draftKeys,
  heapHolds,
  interceptCallbackRedirect,
  latestBearer,
  recordApiCalls,
  recordAuthCalls,
  replayCodeAtSandbox,
  restoreAttendeeType,
  sandboxAccepts,
  sessionWatch,
  submitSandboxSignIn,
} from './sessions-helpers';
import { HOSTILE_RETURN_TO } from '../support/hostile-return-to';

/**
 * Session chaos cases C14-C27 of ../shared/docs/security.md §5 (the ones e2e/sign-in.spec.ts, e2e/security.spec.ts,
 * e2e/attendee-types/session-refresh.spec.ts and e2e/po-receipts/po-receipts.spec.ts do not already cover). This file runs
 * alone, in its own project, before the feature journeys (playwright.config.ts, decision 003): it expires and revokes the
 * demo users' tokens and signs out. Records it touches: attendee types 40th and 41st from the end of Concur's list (names
 * and codes put back), tax invoices on queue pages 21, 22 and 24 (C19 leaves one decision on page 22); page 1 only read.
 */

const UNDO_WINDOW_MS = 5000;
const FINANCE_HOME = '/attendee-types';
const attendeeEntity = (id: string) => `expense/attendeetypes/${id}`;
const invoiceEntity = (id: string) => `expense/digitaltaxinvoices/${id}`;
const attendeePath = (id: string) => `${FINANCE_HOME}/${encodeURIComponent(id)}`;
const uniqueSuffix = () => `${Date.now().toString(36).slice(-6)}${Math.floor(Math.random() * 36).toString(36)}`.toUpperCase();

async function attendeeTypeFromEnd(n: number): Promise<AttendeeTypeRecord> {
  const types = await listAllTypes();
  const type = types[types.length - n];
  if (!type) throw new Error(`Concur has fewer than ${n} attendee types`);
  return type;
}

const storedAttendeeType = (id: string) =>
  concurJsonAs<AttendeeTypeRecord>(USERS.finance, `/api/v3.0/expense/attendeetypes/${encodeURIComponent(id)}`);

/** The session ends where it stands: the next call is refused (403 invalid_token) and so is the refresh (Concur 108). */
async function endSession(login: string): Promise<void> {
  await sandbox.revokeRefresh(login);
  await sandbox.expireTokens(login);
}

async function expectInApp(page: Page, pathname: string): Promise<void> {
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).pathname).toBe(pathname);
  expect(new URL(page.url()).origin).toBe(gatewayUrl());
}

test('C14: the access token expires mid-form: one refresh, one replay, the save succeeds with the values as typed', async ({ page }) => {
  const target = await attendeeTypeFromEnd(40);
  const suffix = uniqueSuffix();
  const typed = { Name: `C14 ${suffix}`, Code: `C14_${suffix}` };
  const watch = sessionWatch(page);
  const auth = recordAuthCalls(page);
  const api = recordApiCalls(page);
  try {
    await signIn(page, USERS.finance, FINANCE_HOME);
    watch.arm();
    // A deep link to the type, as a bookmark opens it (the panel is modal: the app bar is out of reach meanwhile).
    await page.goto(`${gatewayUrl()}${attendeePath(target.ID)}`);
    const panel = page.getByRole('dialog');
    await expect(panel.getByRole('heading', { name: target.Name })).toBeVisible();
    await panel.getByRole('button', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Name' }).fill(typed.Name);
    await panel.getByRole('textbox', { name: 'Code' }).fill(typed.Code);
    const writesBefore = await writesTo(attendeeEntity(target.ID));
    const refreshesBefore = auth.refresh.length;

    await sandbox.expireTokens(USERS.finance);
    await panel.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByRole('status').filter({ hasText: `“${typed.Name}” was saved.` })).toBeVisible();
    const puts = api.filter((call) => call.request.method() === 'PUT');
    await expect.poll(() => puts.map((call) => call.response?.status())).toEqual([403, 200]);
    const [refused, replayed] = puts as [(typeof puts)[number], (typeof puts)[number]];
    expect(replayed.request.postDataJSON(), 'the replay sends the same body').toEqual(refused.request.postDataJSON());
    expect(refused.request.postDataJSON()).toEqual(typed);
    expect(replayed.authorization).not.toBe(refused.authorization);
    expect(auth.refresh.length - refreshesBefore, 'one refresh').toBe(1);
    expect(await auth.refresh.at(-1)?.response().then((response) => response?.status())).toBe(200);
    await expectWrites(attendeeEntity(target.ID), writesBefore, 1);

    // N1 + N5: the panel shows what was typed, Concur holds it, and a reload shows the same.
    expect(await storedAttendeeType(target.ID)).toMatchObject(typed);
    await expect(panel.getByRole('heading', { name: typed.Name })).toBeVisible();
    await expect(panel.getByText(typed.Code, { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('dialog').getByRole('heading', { name: typed.Name })).toBeVisible();
    await expect(page.getByRole('dialog').getByText(typed.Code, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in with Concur' })).toHaveCount(0);
    expect(auth.refresh.length - refreshesBefore).toBe(1);
    await watch.expectClean();
  } finally {
    await restoreAttendeeType(target, USERS.finance);
  }
});

test('C15: three parallel queries refused with 401 share exactly one refresh, and each is replayed once', async ({ context, page }) => {
  const watch = sessionWatch(page);
  const auth = recordAuthCalls(page);
  const api = recordApiCalls(page);
  await signIn(page, USERS.finance, FINANCE_HOME);
  watch.arm();
  await tablePage(page).waitForPage(1);
  const stale = latestBearer(api);
  const refreshesBefore = auth.refresh.length;

  // The token dies right after the queue's list answered: every invoice detail asked with it gets 401 invalid_token.
  // The first three are held until all three are in flight, so they are refused in parallel.
  const detailPath = /^\/api\/v3\.0\/expense\/digitaltaxinvoices\/[^/]+$/;
  const refused: string[] = [];
  const held: Route[] = [];
  let released = false;
  const refuse = (route: Route) =>
    route.fulfill({
      status: 401,
      headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer error="invalid_token"', 'access-control-expose-headers': 'www-authenticate' },
      body: JSON.stringify({ Error: { Message: 'Unauthorized. The access token has expired.', 'Server-Time': new Date().toISOString(), Id: 'C15' } }),
    });
  const release = async () => {
    if (released) return;
    released = true;
    await Promise.all(held.splice(0).map(refuse));
  };
  await context.route(
    (url) => url.origin === gatewayUrl() && detailPath.test(url.pathname),
    async (route) => {
      if (route.request().headers()['authorization'] !== stale) return route.fallback();
      refused.push(route.request().url());
      if (released) return refuse(route);
      held.push(route);
      if (held.length === 1) setTimeout(() => void release(), 5000);
      if (held.length >= 3) await release();
    },
  );

  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Tax invoices' }).click();
  const queue = page.getByRole('table', { name: 'Tax invoices on this page' });
  await expect(queue).toBeVisible();
  await expect.poll(() => refused.length, { message: 'details refused with the dead token' }).toBeGreaterThanOrEqual(3);
  // Every refused detail is asked again, once, with the new token, and answered.
  const replaysOf = (url: string) => api.filter((call) => call.request.url() === url && call.authorization !== stale);
  await expect.poll(() => refused.filter((url) => replaysOf(url).some((call) => call.response?.status() === 200)).length, { timeout: 15_000 }).toBe(refused.length);
  await page.waitForTimeout(1000);
  expect(auth.refresh.length - refreshesBefore, 'exactly one refresh for all refused queries').toBe(1);
  for (const url of new Set(refused)) expect(replaysOf(url), `replays of ${url}`).toHaveLength(refused.filter((candidate) => candidate === url).length);
  await expect(page.getByText('Details could not be loaded')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await watch.expectClean();
});

test('C16: the refresh is refused (Concur 108) with a dirty form: the draft survives re-sign-in, is never sent by itself, and is deleted on discard and on save', async ({ page }) => {
  test.setTimeout(120_000);
  const target = await attendeeTypeFromEnd(41);
  const watch = sessionWatch(page);
  const auth = recordAuthCalls(page);
  const api = recordApiCalls(page);
  const puts = () => api.filter((call) => call.request.method() === 'PUT');
  const entity = attendeeEntity(target.ID);
  const draftOfTarget = async () => (await draftKeys(page)).filter((key) => key.endsWith(`:attendee-type:${target.ID}`));
  const writesBefore = await writesTo(entity);

  /** Types into the form, lets the session end, presses Save, and signs in again from the sign-in screen. */
  const typeThenLoseTheSession = async (typed: { Name: string; Code: string }) => {
    const panel = page.getByRole('dialog');
    await panel.getByRole('button', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Name' }).fill(typed.Name);
    await panel.getByRole('textbox', { name: 'Code' }).fill(typed.Code);
    await expect.poll(draftOfTarget, { message: 'the draft is kept while typing' }).toHaveLength(1);
    const putsBefore = puts().length;
    const refreshesBefore = auth.refresh.length;

    await endSession(USERS.finance);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Your session ended. Sign in again to continue where you left off.')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('returnTo')).toMatch(/^\/attendee-types\/./);
    // One refused PUT, one refused refresh (Concur 108), no replay.
    expect(puts().length - putsBefore).toBe(1);
    expect(auth.refresh.length - refreshesBefore).toBe(1);
    const refreshAnswer = await auth.refresh.at(-1)?.response();
    expect(refreshAnswer?.status()).toBe(401);
    expect(await refreshAnswer?.json()).toMatchObject({ error: 'session_expired', concurCode: 108 });
    expect(await draftOfTarget(), 'an ended session keeps the draft').toHaveLength(1);

    await page.getByRole('button', { name: 'Sign in with Concur' }).click();
    await fillSandboxSignIn(page, USERS.finance);
    // Restored, marked, as typed (N1)…
    const restored = page.getByRole('dialog');
    await expect(restored.getByText(/^Your unsaved changes from .+ \(local time\) were restored\.$/)).toBeVisible();
    await expect(restored.getByRole('textbox', { name: 'Name' })).toHaveValue(typed.Name);
    await expect(restored.getByRole('textbox', { name: 'Code' })).toHaveValue(typed.Code);
    // …and never sent by itself.
    await page.waitForTimeout(1500);
    expect(puts().length - putsBefore, 'no PUT after the restore').toBe(1);
    return restored;
  };

  try {
    await signIn(page, USERS.finance, FINANCE_HOME);
    await page.goto(`${gatewayUrl()}${attendeePath(target.ID)}`);

    // Round 1: restored, then discarded: the draft is gone and Concur unchanged.
    const first = { Name: `C16 discard ${uniqueSuffix()}`, Code: `C16D_${uniqueSuffix()}` };
    const restoredFirst = await typeThenLoseTheSession(first);
    await restoredFirst.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('heading', { name: target.Name })).toBeVisible();
    expect(await draftOfTarget(), 'discarded draft deleted').toEqual([]);
    expect(await storedAttendeeType(target.ID)).toMatchObject({ Name: target.Name, Code: target.Code });
    await expectWrites(entity, writesBefore, 0);

    // Round 2: restored, then saved: exactly one write, the draft is gone, Concur holds what was typed.
    const second = { Name: `C16 save ${uniqueSuffix()}`, Code: `C16S_${uniqueSuffix()}` };
    const restoredSecond = await typeThenLoseTheSession(second);
    await restoredSecond.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `“${second.Name}” was saved.` })).toBeVisible();
    await expectWrites(entity, writesBefore, 1);
    expect(await draftOfTarget(), 'saved draft deleted').toEqual([]);
    expect(await storedAttendeeType(target.ID)).toMatchObject(second);
    watch.arm();
    // N5: after a reload the screen equals Concur, and no draft comes back.
    await page.reload();
    await expect(page.getByRole('dialog').getByRole('heading', { name: second.Name })).toBeVisible();
    await expect(page.getByRole('dialog').getByText(second.Code, { exact: true })).toBeVisible();
    await expect(page.getByText(/were restored\.$/)).toHaveCount(0);
    await expectWrites(entity, writesBefore, 1);
    await watch.expectClean();
  } finally {
    await restoreAttendeeType(target, USERS.finance);
  }
});

test('C18: signing out in tab A signs tab B out within a second; B sends nothing more, not even its pending decision', async ({ context, page }) => {
  const { items, offset } = await queuePage(21);
  const invoice = items[2] as (typeof items)[number];
  const entity = invoiceEntity(invoice.ID);
  const writesBefore = await writesTo(entity);
  const watchA = sessionWatch(page);
  const auth = recordAuthCalls(page);
  await signIn(page, USERS.finance, FINANCE_HOME);
  watchA.arm();

  const tabB = await context.newPage();
  const watchB = sessionWatch(tabB);
  watchB.arm();
  const apiB = recordApiCalls(tabB);
  await tabB.goto(`${gatewayUrl()}${invoicePath(invoice.ID, 21, offset)}`);
  await expectInvoiceOpen(tabB, invoice.ConcurReceiptID);
  const bearerB = latestBearer(apiB);
  // B decides; the decision waits out its undo window before it is sent.
  await decisionForm(tabB).getByRole('radio', { name: 'Valid', exact: true }).check();
  await decisionForm(tabB).getByRole('button', { name: 'Save decision' }).click();
  await expect(toast(tabB, invoice.ConcurReceiptID, 'Valid')).toBeVisible();
  await tabB.waitForTimeout(500);

  const signedOutAt = Date.now();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(tabB.getByRole('button', { name: 'Sign in with Concur' }), 'tab B signed out within 1 s').toBeVisible({ timeout: 1000 });
  await expect(page.getByText('You signed out.')).toBeVisible();
  expect(auth.logout).toHaveLength(1);

  // Past the undo window: B sent no call at all after the sign-out (its decision neither), and kept nothing.
  await tabB.waitForTimeout(UNDO_WINDOW_MS + 2000);
  expect(apiB.filter((call) => call.at >= signedOutAt).map((call) => `${call.request.method()} ${call.request.url()}`)).toEqual([]);
  await expectWrites(entity, writesBefore, 0);
  expect(await appStorage(tabB), "tab B's sessionStorage").toEqual({});
  expect(await sandboxAccepts(bearerB), "B's old token is revoked at Concur").toBe(false);
  await tabB.reload();
  await expect(tabB.getByRole('button', { name: 'Sign in with Concur' })).toBeVisible();
  expect(apiB.filter((call) => call.at >= signedOutAt)).toEqual([]);
  await watchA.expectClean();
  await watchB.expectClean();
});

test('C19: two tabs decide the same tax invoice: the second gets the conflict prompt, not a silent overwrite', async ({ context, page }) => {
  test.setTimeout(90_000);
  const { items, offset } = await queuePage(22);
  const invoice = items[3] as (typeof items)[number];
  const entity = invoiceEntity(invoice.ID);
  const writesBefore = await writesTo(entity);
  // Two decisions that both differ from what Concur holds now (the seed has decided invoices too).
  const current = (await getInvoice(invoice.ID)).Status;
  const [statusA, statusB] = current === 'WARNG' ? (['INVLD', 'WARNG'] as const) : (['WARNG', 'INVLD'] as const);
  const label = { WARNG: 'Valid with warnings', INVLD: 'Invalid' } as const;
  const fromA = { status: statusA, comment: `C19 tab A ${uniqueSuffix()}` };
  const fromB = `C19 tab B ${uniqueSuffix()}`;
  const path = invoicePath(invoice.ID, 22, offset);

  const watchA = sessionWatch(page);
  await signIn(page, USERS.finance, path);
  watchA.arm();
  await expectInvoiceOpen(page, invoice.ConcurReceiptID);
  const tabB = await context.newPage();
  const watchB = sessionWatch(tabB);
  watchB.arm();
  await tabB.goto(`${gatewayUrl()}${path}`);
  await expectInvoiceOpen(tabB, invoice.ConcurReceiptID);

  // Tab A decides first; its decision reaches Concur after the undo window.
  const formA = decisionForm(page);
  await formA.getByRole('radio', { name: label[statusA] }).check();
  await formA.getByRole('textbox', { name: 'Comment (required)' }).fill(fromA.comment);
  await formA.getByRole('button', { name: 'Save decision' }).click();
  await expect
    .poll(async () => {
      const stored = await getInvoice(invoice.ID);
      return { status: stored.Status, comment: stored.Comment };
    }, { timeout: UNDO_WINDOW_MS + 10_000 })
    .toEqual(fromA);
  await expectWrites(entity, writesBefore, 1);

  // Tab B, still showing the invoice as it was, decides otherwise: it is asked, and chooses not to send.
  const formB = decisionForm(tabB);
  await formB.getByRole('radio', { name: label[statusB] }).check();
  await formB.getByRole('textbox', { name: 'Comment (required)' }).fill(fromB);
  await formB.getByRole('button', { name: 'Save decision' }).click();
  const dialog = tabB.getByRole('dialog', { name: `Invoice ${invoice.ConcurReceiptID} changed in Concur` });
  await expect(dialog).toBeVisible({ timeout: UNDO_WINDOW_MS + 5000 });
  await expect(dialog.getByRole('row', { name: new RegExp(`^Status .* ${statusA}$`) })).toBeVisible();
  await expect(dialog.getByRole('row', { name: new RegExp(`^Comment .*${fromA.comment}$`) })).toBeVisible();
  await dialog.getByRole('button', { name: 'Don’t send' }).click();
  await tabB.waitForTimeout(UNDO_WINDOW_MS + 1000);
  await expectWrites(entity, writesBefore, 1);
  expect(await getInvoice(invoice.ID)).toMatchObject({ Status: fromA.status, Comment: fromA.comment });

  // N1: B's decision is still in its form; N5: B shows what Concur holds now, also after a reload.
  await tabB.keyboard.press('k');
  await expectInvoiceOpen(tabB, invoice.ConcurReceiptID);
  const article = tabB.getByRole('article', { name: `Invoice ${invoice.ConcurReceiptID}` });
  await expect(article.getByText(fromA.comment)).toBeVisible();
  await expect(formB.getByRole('radio', { name: label[statusB] })).toBeChecked();
  await expect(formB.getByRole('textbox', { name: 'Comment (required)' })).toHaveValue(fromB);
  await tabB.reload();
  await expectInvoiceOpen(tabB, invoice.ConcurReceiptID);
  await expect(article.getByText(fromA.comment)).toBeVisible();
  await expect(formB.getByRole('textbox', { name: 'Comment (required)' })).toHaveValue(fromB);
  await tabB.waitForTimeout(1000);
  await expectWrites(entity, writesBefore, 1);
  await watchA.expectClean();
  await watchB.expectClean();
});

async function expectRefusedLink(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'This sign-in link is not valid or has expired' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname).toBe(CALLBACK_PATH);
  expect(url.search, 'callback parameters stripped').toBe('');
}

test('C21: a callback whose state expired, or was issued to another browser, is refused with no token request', async ({ browser, page }) => {
  const watch = sessionWatch(page);
  const auth = recordAuthCalls(page);

  // Expired: the user spends 11 minutes on Concur's sign-in form (the console keeps a state for 10).
  const state = await beginSignIn(page);
  await page.clock.install({ time: Date.now() + 11 * 60_000 });
  const callback = await submitSandboxSignIn(page, USERS.finance);
  expect(callback.searchParams.get('state')).toBe(state);
  expect(callback.searchParams.get('code')).toBeTruthy();
  await expectRefusedLink(page);
  expect(auth.token).toHaveLength(0);
  expect(Object.keys(await appStorage(page)), 'the expired state is deleted on use').not.toContainEqual(expect.stringContaining(state));

  // Login CSRF: another browser's genuine code and well-formed state, opened in this tab while it waits for its own.
  const attacker = await browser.newContext();
  let forged: URL;
  try {
    const attackerPage = await attacker.newPage();
    const issued = await interceptCallbackRedirect(attackerPage, () => 'keep');
    await beginSignIn(attackerPage);
    await fillSandboxSignIn(attackerPage, USERS.travel);
    await expect(attackerPage.getByText('Link kept.')).toBeVisible();
    expect(issued).toHaveLength(1);
    forged = issued[0] as URL;
  } finally {
    await attacker.close();
  }
  await beginSignIn(page);
  await page.goto(forged.toString());
  await expectRefusedLink(page);
  expect(auth.token).toHaveLength(0);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  watch.arm();
  await watch.expectClean();
});

test('C22: Back and reload after a sign-in never exchange a code twice; Concur refuses the used code', async ({ page }) => {
  const watch = sessionWatch(page);
  const auth = recordAuthCalls(page);
  const state = await beginSignIn(page, FINANCE_HOME);
  const callback = await submitSandboxSignIn(page, USERS.finance);
  await expectInApp(page, FINANCE_HOME);
  expect(auth.token).toHaveLength(1);

  // The used callback URL is not in the history: Back leads to Concur's form, not to the callback.
  await page.goBack();
  await expect(page.getByLabel('Email or Login ID')).toBeVisible();
  // Signing in there again brings a fresh code with the state already used: refused, no second exchange.
  const again = await submitSandboxSignIn(page, USERS.finance);
  expect(again.searchParams.get('state')).toBe(state);
  expect(again.searchParams.get('code')).not.toBe(callback.searchParams.get('code'));
  await expectRefusedLink(page);
  expect(auth.token).toHaveLength(1);
  // Still signed in: "Sign in again" leads straight back into the console; a reload keeps the session.
  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expectInApp(page, FINANCE_HOME);
  await page.reload();
  await expectInApp(page, FINANCE_HOME);
  expect(auth.token).toHaveLength(1);

  // Concur refuses the used code (and revokes what it produced, RFC 6749 §4.1.2)…
  const replay = await replayCodeAtSandbox(callback);
  expect(replay.status).toBe(400);
  expect(replay.body).toMatchObject({ error: 'invalid_grant', code: 103, error_description: 'The authorization code has already been used.' });
  // …and the console, finding its session revoked, asks to sign in again rather than showing an error.
  await page.reload();
  await expect(page.getByText('Your session ended. Sign in again to continue where you left off.')).toBeVisible();
  expect(auth.token).toHaveLength(1);
  watch.arm();
  await watch.expectClean();
});

const HOSTILE_REFUSALS = [
  { param: 'error', description: '<img src=x onerror="window.__c23=1;alert(1)">' },
  { param: 'error_code', description: '<script>window.__c23=2</script><b>C23 bold</b><a href="javascript:alert(2)">C23 link</a>' },
] as const;

test('C23: a refusal whose description is markup shows it as text; no script runs and nothing redirects', async ({ page }) => {
  const watch = sessionWatch(page);
  const auth = recordAuthCalls(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const authorizeRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/oauth2/v0/authorize') authorizeRequests.push(request.url());
  });

  for (const hostile of HOSTILE_REFUSALS) {
    const state = await beginSignIn(page);
    const authorizeBefore = authorizeRequests.length;
    const query = new URLSearchParams({ [hostile.param]: 'access_denied', error_description: hostile.description, state });
    await page.goto(`${gatewayUrl()}${CALLBACK_PATH}?${query.toString()}`);
    await expect(page.getByRole('heading', { name: 'Concur did not grant access' })).toBeVisible();
    await expect(page.getByText(hostile.description, { exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'C23 bold' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'C23 link' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as { __c23?: number }).__c23), 'the markup never ran').toBeUndefined();
    expect(authorizeRequests.length, 'no redirect back to Concur by itself').toBe(authorizeBefore);
    const url = new URL(page.url());
    expect([url.origin, url.pathname, url.search]).toEqual([gatewayUrl(), CALLBACK_PATH, '']);
  }
  expect(auth.token).toHaveLength(0);
  expect(dialogs).toEqual([]);
  expect(watch.requests.filter((request) => /\/x$/.test(new URL(request.url()).pathname))).toEqual([]);
  watch.arm();
  await watch.expectClean();
});

test('C24: a callback naming a Concur host off the allowlist aborts the sign-in; nothing is sent to that host', async ({ page }) => {
  const watch = sessionWatch(page);
  const auth = recordAuthCalls(page);
  const toEvil: string[] = [];
  page.on('request', (request) => {
    const host = new URL(request.url()).host;
    if (host.endsWith('evil.example') || host === '127.0.0.1:9') toEvil.push(request.url());
  });
  // Concur's redirect arrives with another geolocation, as a tampered link would carry it.
  let geolocation = '';
  await interceptCallbackRedirect(page, (callback) => {
    const tampered = new URL(callback);
    tampered.searchParams.set('geolocation', geolocation);
    return tampered;
  });

  // Refused by the console itself: no token request.
  for (const evil of ['https://evil.example', 'https://www.concursolutions.com.evil.example', 'https://evil.example/.api.concursolutions.com']) {
    geolocation = evil;
    await beginSignIn(page);
    const callback = await submitSandboxSignIn(page, USERS.finance);
    expect(callback.searchParams.get('geolocation')).toBe(evil);
    await expect(page.getByRole('heading', { name: 'Sign-in could not be completed' })).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    expect(auth.token, `no token request for ${evil}`).toHaveLength(0);
  }
  // A loopback host the console lets through (it trusts loopback for the sandbox) is refused by the gateway's allowlist.
  geolocation = 'http://127.0.0.1:9';
  await beginSignIn(page);
  await submitSandboxSignIn(page, USERS.finance);
  await expect(page.getByRole('heading', { name: 'Sign-in could not be completed' })).toBeVisible();
  expect(auth.token).toHaveLength(1);
  const answer = await auth.token[0]?.response();
  expect(answer?.status()).toBe(400);
  expect(await answer?.json()).toMatchObject({ error: 'geolocation_not_allowed' });

  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  expect(Object.keys(await appStorage(page))).not.toContain('concur-console:session');
  expect(toEvil).toEqual([]);
  watch.arm();
  await watch.expectClean();
});

const ALL_HOSTILE_RETURN_TO = [
  ...HOSTILE_RETURN_TO,
  // and more of the same family
  '/%2e%2e//evil.example',
  '/%5Cevil.example',
  '\\\\evil.example',
  ' //evil.example',
  '/sign-in?returnTo=%2F%2Fevil.example',
  `${CALLBACK_PATH}?code=x&state=y`,
];

test('C25: every hostile returnTo lands on an in-app page, also from a deep link and through a whole sign-in', async ({ page }) => {
  test.setTimeout(90_000);
  const watch = sessionWatch(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // A deep link whose path is itself an off-site address, signed out: the guard turns it into a returnTo.
  await page.goto(`${gatewayUrl()}//evil.example`);
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await fillSandboxSignIn(page, USERS.finance);
  await expectInApp(page, FINANCE_HOME);
  watch.arm();

  // The same check on every vector, through the sign-in page of a signed-in tab (which sends the user on at once).
  for (const returnTo of ALL_HOSTILE_RETURN_TO) {
    await page.goto(`${gatewayUrl()}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    await expectInApp(page, FINANCE_HOME);
  }
  // Control: a real in-app returnTo is honoured, query included.
  await page.goto(`${gatewayUrl()}/sign-in?returnTo=${encodeURIComponent('/po-receipts?mode=batch')}`);
  await expectInApp(page, '/po-receipts');
  expect(new URL(page.url()).searchParams.get('mode')).toBe('batch');
  expect(dialogs).toEqual([]);
  await watch.expectClean();
});

test('C27: after sign-out the tab keeps no token, draft or cached data, and Back shows the sign-in screen', async ({ page }) => {
  test.setTimeout(90_000);
  const { items, offset } = await queuePage(24);
  const opened = items[0] as (typeof items)[number];
  // A row on screen that is never opened: its receipt id lives only in the queue's cached answer and on screen.
  const marker = (items[6] as (typeof items)[number]).ConcurReceiptID;
  const entity = invoiceEntity(opened.ID);
  const writesBefore = await writesTo(entity);
  const watch = sessionWatch(page);
  const api = recordApiCalls(page);
  await signIn(page, USERS.finance, invoicePath(opened.ID, 24, offset));
  watch.arm();
  await expectInvoiceOpen(page, opened.ConcurReceiptID);
  await expect(page.getByRole('table', { name: 'Tax invoices on this page' }).getByText(marker)).toBeVisible();

  // Unsent input in two areas: a decision with a comment, and a PO receipt.
  const form = decisionForm(page);
  await form.getByRole('radio', { name: 'Invalid' }).check();
  await form.getByRole('textbox', { name: 'Comment (required)' }).fill('C27 unsent comment');
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'PO receipts' }).click();
  await openReceipts(page);
  await fillReceipt(page, { po: 'PO-C27-UNSENT', grn: 'C27-PRIVATE' });
  const shortNames = async () => (await draftKeys(page)).map((key) => key.replace(/^concur-console:draft:[^:]+:/, ''));
  await expect.poll(shortNames).toEqual(expect.arrayContaining(['po-receipts:form', `tax-invoices:decision:${opened.ID}`]));
  expect(await heapHolds(page, [marker]), 'control: the cached queue is in memory before sign-out').toEqual([marker]);
  const apiAnswer = api.find((call) => call.response)?.response;
  expect(apiAnswer?.headers()['cache-control'], 'API answers are not cached (Back shows nothing)').toContain('no-store');

  const signedOutAt = Date.now();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You signed out.')).toBeVisible();
  // Past the drafts' autosave delay: nothing was written back after the wipe.
  await page.waitForTimeout(1000);
  expect(await appStorage(page), 'no token, draft or pending sign-in left').toEqual({});
  const storage = await page.evaluate(() => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }));
  expect(storage).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
  expect(storage).not.toContain('C27');
  expect(await heapHolds(page, [marker]), 'the query cache was emptied').toEqual([]);

  // Back: the page that showed data comes back as the sign-in screen, and no data is drawn meanwhile.
  await page.evaluate((text) => {
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes(text)) document.body.dataset.c27Shown = 'yes';
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, marker);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Sign in with Concur' })).toBeVisible();
  await expect(page.getByText(marker)).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(await page.evaluate(() => document.body.dataset.c27Shown)).toBeUndefined();
  expect(api.filter((call) => call.at >= signedOutAt).map((call) => call.request.url()), 'no API call after sign-out').toEqual([]);
  await expectWrites(entity, writesBefore, 0);
  await watch.expectClean();
});
