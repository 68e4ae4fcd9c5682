import { expect, test, type Page } from '@playwright/test';
import { tablePage } from '../attendee-types/table-page';
import { USERS } from '../support/env';
import { signIn } from '../support/sign-in';
import { expectInvoiceOpen } from '../tax-invoices/review-page';
import { lastMonthUtc, utcDay } from '../opportunities/sandbox-api';
import { expectFits, expectStacked, motionOf } from './layout-checks';

/**
 * Every signed-in screen on a phone (360 px wide) and at 200% zoom, read-only: the finance admin sees every area, and
 * nothing here writes to Concur (the batch rows are pasted, never sent).
 *
 * 200% zoom of a 1280×800 window: Chromium's page zoom halves the CSS viewport and draws each CSS pixel with two device
 * pixels. Playwright cannot set the browser's zoom level, but a 640×400 CSS viewport with deviceScaleFactor 2 is the same
 * thing to the page: the same media queries and breakpoints match, rem and px lay out the same, text renders as crisp.
 */
const VIEWPORTS = [
  { name: '360 px wide', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

const lastMonthUrl = () => {
  const range = lastMonthUtc();
  return `/opportunities?mode=range&from=${utcDay(range.from)}T00:00:00Z&to=${utcDay(range.to)}T23:59:59Z`;
};

async function attendeeTypes(page: Page, where: string) {
  const table = tablePage(page);
  await table.waitForPage(1);
  await expectFits(page, `attendee types table at ${where}`);
  await table.rows.first().getByRole('link').click();
  // On a narrow screen the detail replaces the table: a page of its own, not a panel beside it.
  const heading = page.locator('#attendee-type-detail-title');
  await expect(heading).toBeVisible();
  await expect(table.rows).toHaveCount(0);
  await expectFits(page, `attendee type detail at ${where}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeVisible();
  await expectFits(page, `attendee type form at ${where}`);
}

async function taxInvoices(page: Page, where: string) {
  await page.goto(new URL('/tax-invoices', page.url()).toString());
  const queue = page.getByRole('region', { name: 'Queue' });
  const first = queue.getByRole('link').first();
  await expect(first).toBeVisible();
  await expectFits(page, `tax invoice queue at ${where}`);
  const receiptId = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expectInvoiceOpen(page, receiptId);
  await expect(queue).toHaveCount(0);
  await expectFits(page, `tax invoice detail at ${where}`);
}

async function opportunities(page: Page, where: string) {
  await page.goto(new URL(lastMonthUrl(), page.url()).toString());
  await expect(page.getByText(/^Showing [\d,]+ of [\d,]+ opportunities/)).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Trip timeline' });
  const table = page.getByRole('grid', { name: 'Opportunities' });
  await expect(table).toBeVisible();
  await expectStacked(timeline, table, `opportunities at ${where}`);
  await expectFits(page, `opportunities at ${where}`);
  const tripLink = timeline.getByRole('link').first();
  const tripId = (await tripLink.textContent()) ?? '';
  await tripLink.click();
  await expect(page.getByRole('textbox', { name: 'Trip ID' })).toHaveValue(tripId);
  await expect(page.getByText(/^Showing [\d,]+ of [\d,]+ opportunities/)).toBeVisible();
  await expectFits(page, `a trip's opportunities at ${where}`);
}

/** The same screens in Mexican Spanish, whose labels run longer; the choice is put back to English afterwards. */
async function inSpanish(page: Page, where: string) {
  const screens = [
    ['/attendee-types', '[role="row"][data-id]'],
    ['/tax-invoices', 'main section table a[href]'],
    [lastMonthUrl(), 'main [role="grid"]'],
    ['/po-receipts', '#receipt-purchaseOrderNumber'],
    ['/po-receipts?mode=batch', '#po-receipts-panel-batch textarea'],
  ] as const;
  await page.evaluate(() => localStorage.setItem('concur-console:locale', 'es-MX'));
  for (const [path, ready] of screens) {
    await page.goto(new URL(path, page.url()).toString());
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
    await expect(page.locator(ready).first()).toBeVisible();
    await expectFits(page, `${path} in Spanish at ${where}`);
  }
  await page.evaluate(() => localStorage.setItem('concur-console:locale', 'en'));
}

async function poReceipts(page: Page, where: string) {
  await page.goto(new URL('/po-receipts', page.url()).toString());
  await expect(page.getByRole('heading', { name: 'Record a receipt' })).toBeVisible();
  await expectFits(page, `PO receipt form at ${where}`);
  await page.getByRole('tab', { name: 'Batch from a spreadsheet' }).click();
  await page.getByRole('textbox', { name: 'Paste rows here (tab- or comma-separated)' }).fill('PO-2026-000001,1,2026-03-15,3,EA,GRN-LAYOUT-1,DS-1\nPO-2026-000002,1,2026-03-16,4,EA,GRN-LAYOUT-2,DS-2');
  await page.getByRole('button', { name: 'Add pasted rows' }).click();
  const rows = page.getByRole('table', { name: 'Receipts to submit' });
  await expect(rows.getByRole('row')).toHaveCount(3);
  await expectFits(page, `PO receipt batch at ${where}`);
}

for (const { name, viewport, deviceScaleFactor } of VIEWPORTS) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor });

    test(`every screen fits at ${name}: no sideways page scroll, nothing cut off, list and detail in one column`, async ({ page }) => {
      test.setTimeout(90_000);
      await signIn(page, USERS.finance, '/attendee-types');
      await attendeeTypes(page, name);
      await taxInvoices(page, name);
      await opportunities(page, name);
      await inSpanish(page, name);
      await poReceipts(page, name);
    });
  });
}

test.describe('reduced motion', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('with prefers-reduced-motion: reduce, drawers, dialogs and loading placeholders do not move', async ({ page }) => {
    await signIn(page, USERS.finance, '/attendee-types');
    await tablePage(page).waitForPage(1);
    const openNavigation = page.getByRole('button', { name: 'Open navigation' });
    const drawer = '.MuiDrawer-paper';
    const backdrop = '.MuiBackdrop-root';

    // Without the preference, the navigation slides in: the check below would catch a theme that never moves either.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openNavigation.click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    expect((await motionOf(page, drawer)).transition).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openNavigation.click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    expect(await motionOf(page, drawer)).toEqual({ transition: 0, animation: 0 });
    expect(await motionOf(page, backdrop)).toEqual({ transition: 0, animation: 0 });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();

    // A loading placeholder holds still: the detail's skeleton, while its answer is held back.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v3.0/expense/attendeetypes/*', async (route) => {
      await held;
      await route.continue();
    });
    await tablePage(page).rows.first().getByRole('link').click();
    const skeleton = page.locator('.MuiSkeleton-root').first();
    await expect(skeleton).toBeVisible();
    expect(await motionOf(page, '.MuiSkeleton-root')).toEqual({ transition: 0, animation: 0 });
    release();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
  });
});
