import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { gatewayUrl, sandboxUrl, USERS } from '../support/env';
import { sandbox } from '../support/sandbox';
import { signIn } from '../support/sign-in';
import { watchPage } from '../support/watch';
import { listAllTypes, renameType, type ApiAttendeeType } from './concur-api';
import { parseCsv, tablePage } from './table-page';

/**
 * Journeys through the attendee types table against the real gateway and sandbox. Tests in this file run one after
 * another; the records they change are near the end of Concur's list (company types no other area reads), and names
 * are put back afterwards.
 */
const TABLE = '/attendee-types';

let types: ApiAttendeeType[];
test.beforeAll(async () => {
  types = await listAllTypes();
  expect(types.length).toBeGreaterThan(300);
});
/** The n-th type from the end of the list (1 = the last). */
const fromEnd = (n: number) => types[types.length - n] as ApiAttendeeType;
const lastPageOf100 = () => Math.ceil(types.length / 100);

async function openTable(page: Page, path = TABLE) {
  await signIn(page, USERS.finance, path);
  const table = tablePage(page);
  await table.waitForPage(Number(new URL(page.url()).searchParams.get('page') ?? 1));
  return table;
}

/** Size 100, then Next until the page holding `type` (Concur order: page = floor(index / 100) + 1). */
async function goToPageOf(page: Page, type: ApiAttendeeType) {
  const table = await openTable(page, `${TABLE}?size=100`);
  const target = Math.floor(types.findIndex((candidate) => candidate.ID === type.ID) / 100) + 1;
  for (let n = 2; n <= target; n += 1) {
    await table.next.click();
    await table.waitForPage(n);
  }
  await expect(table.row(type.ID)).toBeVisible();
  return table;
}

test('pages through every page forward and back, landing on the same rows, each type exactly once', async ({ page }) => {
  const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
  const table = await openTable(page);
  const forward: string[][] = [];
  for (let n = 1; ; n += 1) {
    await table.waitForPage(n);
    forward.push(await table.ids());
    if ((await table.status.textContent())?.endsWith('last page')) break;
    await expect(table.next).toBeEnabled();
    await table.next.click();
  }
  await expect(table.next).toBeDisabled();
  expect(forward.flat()).toEqual(types.map((type) => type.ID));

  for (let n = forward.length - 1; n >= 1; n -= 1) {
    await table.previous.click();
    await table.waitForPage(n);
    expect(await table.ids()).toEqual(forward[n - 1]);
  }
  await expect(table.previous).toBeDisabled();
  expect(new URL(page.url()).search).toBe('');
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('Back, Forward and reload restore page, size and search', async ({ page }) => {
  const table = await openTable(page);
  await table.next.click();
  await table.waitForPage(2);
  const pageTwo = await table.ids();
  await table.next.click();
  await table.waitForPage(3);
  const pageThree = await table.ids();

  await page.getByRole('combobox', { name: 'Rows per page' }).click();
  await page.getByRole('option', { name: '50 per page' }).click();
  await table.waitForPage(1);
  await expect(table.rows).toHaveCount(50);
  const sizeFifty = await table.ids();

  await table.search.fill('guest');
  await expect(page).toHaveURL(/[?&]q=guest/);
  await expect.poll(async () => (await table.ids()).length).toBeLessThan(50);
  const matches = await table.ids();
  expect(matches.length).toBeGreaterThan(0);

  await page.goBack();
  await expect(table.search).toHaveValue('');
  await expect(table.rows).toHaveCount(50);
  expect(await table.ids()).toEqual(sizeFifty);
  await page.goBack();
  await table.waitForPage(3);
  expect(await table.ids()).toEqual(pageThree);
  await page.reload();
  await table.waitForPage(3);
  expect(await table.ids()).toEqual(pageThree);

  await page.goForward();
  await expect(table.rows).toHaveCount(50);
  await page.goForward();
  await expect(table.search).toHaveValue('guest');
  await expect.poll(() => table.ids()).toEqual(matches);
  await page.reload();
  await expect(table.search).toHaveValue('guest');
  await table.waitForPage(1);
  await expect.poll(() => table.ids()).toEqual(matches);
  await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveText('50 per page');

  // Previous from a reloaded page 3 needs the cursor of page 2, which the tab still knows.
  await page.goBack();
  await page.goBack();
  await table.waitForPage(3);
  await page.reload();
  await table.waitForPage(3);
  await table.previous.click();
  await table.waitForPage(2);
  expect(await table.ids()).toEqual(pageTwo);
});

test('an edit shows after a reload, with the table still on the same page', async ({ page }) => {
  const target = fromEnd(3);
  const newName = `E2E renamed ${Date.now() % 100_000}`;
  try {
    const table = await goToPageOf(page, target);
    const pageUrl = page.url();
    await page.getByRole('link', { name: target.Name, exact: true }).click();
    await expect(page.getByRole('dialog', { name: target.Name })).toBeVisible();
    // The panel is named after the type, so once renamed it is found as the one dialog open.
    const panel = page.getByRole('dialog');
    await expect(page).toHaveURL(new RegExp(`/attendee-types/${encodeURIComponent(target.ID).replace(/\$/g, '\\$')}\\?`));
    await panel.getByRole('button', { name: 'Edit' }).click();
    await panel.getByRole('textbox', { name: 'Name' }).fill(newName);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `“${newName}” was saved.` })).toBeVisible();
    await panel.getByRole('button', { name: 'Close details' }).click();

    await expect(page).toHaveURL(pageUrl);
    await expect(table.row(target.ID)).toContainText(newName);
    await page.reload();
    await table.waitForPage(lastPageOf100());
    await expect(table.row(target.ID)).toContainText(newName);
    expect(page.url()).toBe(pageUrl);
  } finally {
    await renameType(target.ID, target.Name);
  }
});

test('a refused edit keeps what was typed and says why, at the field', async ({ page }) => {
  const target = fromEnd(5);
  const taken = fromEnd(6);
  await openTable(page);
  // A deep link to the detail, as a bookmark would open it.
  await page.goto(`${gatewayUrl()}${TABLE}/${encodeURIComponent(target.ID)}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(taken.Name);
  await page.getByRole('textbox', { name: 'Code' }).fill(`${target.Code}_X`);
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText(`Concur did not accept this: Another attendee type is already named "${taken.Name}". Names must be unique.`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(taken.Name);
  await expect(page.getByRole('textbox', { name: 'Code' })).toHaveValue(`${target.Code}_X`);
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();

  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
});

test('a delete the server refuses puts the row back and says so', async ({ page }) => {
  const target = fromEnd(2);
  await sandbox.addFault({ method: 'DELETE', path: `/api/v3.0/expense/attendeetypes/${target.ID}`, status: 500, times: 1 });
  const table = await goToPageOf(page, target);
  // The row must leave at once (optimistic), even though it comes back a moment later.
  await table.row(target.ID).evaluate((row) => {
    const grid = row.closest('[role="grid"]') ?? document.body;
    const observer = new MutationObserver(() => {
      if (!grid.querySelector(`[data-id="${CSS.escape(row.getAttribute('data-id') ?? '')}"]`)) {
        document.body.dataset.rowLeft = 'yes';
        observer.disconnect();
      }
    });
    observer.observe(grid, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: `Delete ${target.Name}`, exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this attendee type?' });
  await expect(confirm).toContainText(`“${target.Name}”`);
  await confirm.getByRole('button', { name: 'Delete' }).click();

  await expect(page.getByRole('alert').filter({ hasText: `“${target.Name}” could not be deleted and is back in the table.` })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Reference:');
  await expect(table.row(target.ID)).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.rowLeft)).toBe('yes');
});

test('a standard type cannot be deleted: Concur’s reason is shown and the row stays', async ({ page }) => {
  const employee = types.find((type) => type.Code === 'EMPLOYEE') as ApiAttendeeType;
  const table = await openTable(page);
  await page.getByRole('button', { name: `Delete ${employee.Name}`, exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete this attendee type?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'is a standard Concur attendee type and cannot be deleted' })).toBeVisible();
  await expect(table.row(employee.ID)).toBeVisible();
});

test('a delete keeps the user on the same page of the same view', async ({ page }) => {
  const target = fromEnd(1);
  const table = await goToPageOf(page, target);
  const pageUrl = page.url();
  await page.getByRole('button', { name: `Delete ${target.Name}`, exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete this attendee type?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `“${target.Name}” was deleted.` })).toBeVisible();
  await expect(table.row(target.ID)).toHaveCount(0);
  expect(page.url()).toBe(pageUrl);
  await table.waitForPage(lastPageOf100());
  types = types.filter((type) => type.ID !== target.ID);
});

test('export “all” reads every page with a progress bar and writes every type exactly once', async ({ page }) => {
  types = await listAllTypes();
  await openTable(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'ID', exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'ID' })).toBeVisible();

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export attendee types as CSV' });
  await dialog.getByRole('radio', { name: /^All attendee types/ }).check();
  // Slow Concur's list down a little so the walk can be watched.
  await sandbox.addFault({ method: 'GET', path: '/api/v3.0/expense/attendeetypes', latencyMs: 400, times: 4 });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Reading attendee types from Concur' })).toBeVisible();
  await expect(dialog.getByText(/^Read \d+ pages? so far · types found: \d+…$/)).toBeVisible();

  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^attendee-types_all_\d{4}-\d\d-\d\dT\d\d-\d\dZ\.csv$/);
  const [header, ...rows] = parseCsv(await readFile(await file.path(), 'utf8'));
  expect(header).toEqual(['Name', 'Code', 'Attendee form', 'Connector', 'Duplicate-search fields', 'Manual entry allowed', 'Count editing allowed', 'ID']);
  const ids = rows.map((row) => row[7]);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(types.map((type) => type.ID).sort());
  expect(rows.map((row) => row[0])).toEqual(types.map((type) => type.Name));
});

test('keyboard only: open a type, edit it and save', async ({ page }) => {
  const target = fromEnd(4);
  const newName = `E2E keyboard ${Date.now() % 100_000}`;
  const table = await openTable(page, `${TABLE}?size=100`);
  const tabUntil = async (check: () => Promise<boolean>) => {
    for (let step = 0; step < 40 && !(await check()); step += 1) await page.keyboard.press('Tab');
    expect(await check()).toBe(true);
  };
  try {
    for (let n = 2; n <= lastPageOf100(); n += 1) {
      await page.keyboard.press('n');
      await table.waitForPage(n);
    }
    await page.keyboard.press('/');
    await expect(table.search).toBeFocused();
    await page.keyboard.type(target.Code);
    await expect(table.rows).toHaveCount(1);
    await tabUntil(() => page.evaluate(() => document.activeElement?.closest('[role="grid"]') !== null));
    await page.keyboard.press('ArrowDown');
    await tabUntil(async () => (await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('data-id'))) !== null);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('dialog', { name: target.Name })).toBeVisible();
    const panel = page.getByRole('dialog');
    await tabUntil(() => panel.getByRole('button', { name: 'Edit' }).evaluate((button) => button === document.activeElement));
    await page.keyboard.press('Enter');
    const name = panel.getByRole('textbox', { name: 'Name' });
    await tabUntil(() => name.evaluate((input) => input === document.activeElement));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(newName);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `“${newName}” was saved.` })).toBeVisible();
    await expect(panel.getByRole('heading', { name: newName })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(table.row(target.ID)).toContainText(newName);
    expect(await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('data-id'))).toBe(target.ID);
  } finally {
    await renameType(target.ID, target.Name);
  }
});
