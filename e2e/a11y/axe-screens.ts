import { expect, type Locator, type Page } from '@playwright/test';
import type { Translate } from '../../src/i18n/translate';
import type { AxeAudit } from './axe-helpers';

/** What each area's audit needs: the signed-in page, the audit collecting violations, and the page's language. */
export interface Screens {
  page: Page;
  audit: AxeAudit;
  t: Translate;
}

const openArea = async ({ page, t }: Screens, area: 'attendeeTypes' | 'taxInvoices' | 'opportunities' | 'poReceipts') => {
  await page.getByRole('navigation', { name: t('shell.navigation') }).getByRole('link', { name: t(`area.${area}.title`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: t(`area.${area}.title`) })).toBeVisible();
};

/** Opens a dialog or menu with `open`, audits it, and closes it with Escape (nothing in it is sent). */
async function auditPopup(screens: Screens, name: string, open: () => Promise<void>, popup: Locator) {
  await open();
  await expect(popup).toBeVisible();
  await screens.audit.check(name, popup);
  await screens.page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
}

/** The table, its tools, a type's detail, its edit form (with an unsaved change) and every confirm it asks. */
export async function auditAttendeeTypes(screens: Screens): Promise<void> {
  const { page, audit, t } = screens;
  await expect(page.getByRole('heading', { level: 1, name: t('area.attendeeTypes.title') })).toBeVisible();
  await expect(page.getByRole('navigation', { name: t('attendeeTypes.paging.label') }).getByRole('status')).toHaveText(
    t('attendeeTypes.paging.moreAvailable', { page: 1 }),
  );
  const size = page.getByRole('combobox', { name: t('attendeeTypes.paging.size') });
  await size.click();
  const sizes = page.getByRole('listbox');
  await audit.check('attendee types: rows per page', sizes);
  // Ten rows check the same cells as a hundred, faster.
  await sizes.getByRole('option', { name: t('attendeeTypes.paging.perPage', { size: 10 }) }).click();
  await expect(page.locator('[role="row"][data-id]')).toHaveCount(10);
  await audit.check('attendee types table');
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const dialog = (name: string) => page.getByRole('dialog', { name });
  await auditPopup(screens, 'attendee types: keyboard shortcuts', () => button(t('attendeeTypes.shortcuts.show')).click(), dialog(t('shortcuts.title')));
  await auditPopup(screens, 'attendee types: export', () => button(t('attendeeTypes.export.open')).click(), dialog(t('attendeeTypes.export.title')));
  await auditPopup(screens, 'attendee types: density menu', () => button(t('attendeeTypes.toolbar.density')).click(), page.getByRole('menu'));
  await auditPopup(screens, 'attendee types: columns panel', () => button(t('attendeeTypes.toolbar.columns')).click(), page.getByRole('dialog'));

  const first = page.locator('[role="row"][data-id]').first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  const detail = page.getByRole('dialog', { name, exact: true });
  await expect(detail.getByRole('heading', { name, exact: true })).toBeVisible();
  await audit.check('attendee type detail', detail);
  await auditPopup(screens, 'attendee type: delete confirm', () => button(t('attendeeTypes.detail.delete')).click(), dialog(t('attendeeTypes.delete.title')));
  await button(t('attendeeTypes.detail.edit')).click();
  const form = page.getByRole('form', { name: t('attendeeTypes.edit.formLabel', { name }) });
  await form.getByRole('textbox', { name: t('attendeeTypes.field.name') }).fill('');
  await form.getByRole('button', { name: t('attendeeTypes.edit.save') }).click();
  await expect(form.getByText(t('attendeeTypes.form.required'))).toBeVisible();
  await audit.check('attendee type edit form with an error', detail);
  await form.getByRole('button', { name: t('attendeeTypes.edit.cancel') }).click();
  const discard = dialog(t('attendeeTypes.edit.discardTitle'));
  await expect(discard).toBeVisible();
  await audit.check('attendee type: discard changes confirm', discard);
  await page.getByRole('button', { name: t('attendeeTypes.edit.discard') }).click();
  await expect(button(t('attendeeTypes.detail.edit'))).toBeVisible();
  await button(t('attendeeTypes.detail.close')).click();
  await expect(detail).toBeHidden();
}

/** The queue, an invoice with its decision form, the shortcuts, the session log and the bulk decision dialog. */
export async function auditTaxInvoices(screens: Screens): Promise<void> {
  const { page, audit, t } = screens;
  await openArea(screens, 'taxInvoices');
  const queue = page.getByRole('table', { name: t('taxInvoices.queue.label') });
  const firstLink = queue.getByRole('row').nth(1).getByRole('link');
  const receipt = (await firstLink.textContent()) ?? '';
  await firstLink.click();
  await expect(page.getByRole('article', { name: t('taxInvoices.detail.title', { receipt }) })).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('form', { name: t('taxInvoices.decision.label') })).toBeVisible();
  await audit.check('tax invoices queue, an invoice and its decision form');
  const dialog = (name: string) => page.getByRole('dialog', { name });
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  await auditPopup(screens, 'tax invoices: shortcuts', () => button(t('taxInvoices.shortcuts.open')).click(), dialog(t('shortcuts.title')));
  await auditPopup(screens, 'tax invoices: session log', () => button(t('taxInvoices.log.open', { count: 0 })).click(), dialog(t('taxInvoices.log.title')));
  const select = queue.getByRole('checkbox', { name: t('taxInvoices.queue.select', { receipt }) });
  await select.check();
  await auditPopup(screens, 'tax invoices: bulk decision', () => button(t('taxInvoices.bulk.open', { count: 1 })).click(), dialog(t('taxInvoices.bulk.title', { count: 1 })));
  await select.uncheck();
}

/** The query bar, its date picker, and the last 7 days' result: summary, chart, its data table, the grid and a trip. */
export async function auditOpportunities(screens: Screens): Promise<void> {
  const { page, audit, t } = screens;
  await openArea(screens, 'opportunities');
  const from = page.getByRole('group', { name: t('opportunities.from.label') });
  await auditPopup(screens, 'opportunities: date picker', () => from.getByRole('button').click(), page.getByRole('dialog'));
  await expect(page.getByRole('button', { name: t('opportunities.presets.last7') })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: t('opportunities.search'), exact: true }).click();
  await expect(page.getByRole('grid')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: t('opportunities.chart.showData') }).click();
  await audit.check('opportunities query bar and result: summary, chart, its data table, grid');
}

/** The single receipt form with its errors shown, the shortcuts, and the batch tab with pasted rows. */
export async function auditPoReceipts(screens: Screens): Promise<void> {
  const { page, audit, t } = screens;
  await openArea(screens, 'poReceipts');
  await page.getByRole('button', { name: t('poReceipts.form.save') }).click();
  const poNumber = page.getByRole('textbox', { name: t('poReceipts.field.purchaseOrderNumber'), exact: true });
  await expect(poNumber).toHaveAttribute('aria-invalid', 'true');
  await audit.check('PO receipt form with errors');
  // Shortcuts do not fire while typing in a field (focus went to the first error): the key is pressed outside them.
  await page.getByRole('heading', { level: 1, name: t('area.poReceipts.title') }).click();
  await auditPopup(screens, 'PO receipts: shortcuts', () => page.keyboard.press('?'), page.getByRole('dialog', { name: t('shortcuts.title') }));

  await page.getByRole('tab', { name: t('poReceipts.tabs.batch') }).click();
  const rows = ['PO-AXE-1\t1\t2026-03-15\t2\tEA\tYes\tGR-AXE-1', 'PO-AXE-2\t\t2026-02-30\tabc'];
  await page.getByRole('textbox', { name: t('poReceipts.batch.pasteLabel') }).fill(rows.join('\n'));
  await page.getByRole('button', { name: t('poReceipts.batch.addPasted') }).click();
  await expect(page.getByRole('table', { name: t('poReceipts.batch.table') })).toBeVisible();
  await audit.check('PO receipts batch with pasted rows');
  await page.getByRole('button', { name: t('poReceipts.batch.clear') }).click();
  const confirm = page.getByRole('dialog', { name: t('poReceipts.batch.clearConfirm.title') });
  await expect(confirm).toBeVisible();
  await audit.check('PO receipts batch: remove all confirm', confirm);
  await page.getByRole('button', { name: t('poReceipts.batch.clearConfirm.confirm') }).click();
}
