import { expect, type Page, type Request } from '@playwright/test';

export const RECEIPTS_API = '/api/v3.0/invoice/purchaseorderreceipts';

export const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
export const dateGroup = (page: Page) => page.getByRole('group', { name: 'Received date' });

export interface ReceiptInput {
  po?: string;
  line?: string;
  quantity?: string;
  unit?: string;
  grn?: string;
  slip?: string;
  /** Digits typed into the picker, month first (en), e.g. 03152026. */
  date?: string;
}

export async function fillReceipt(page: Page, input: ReceiptInput): Promise<void> {
  const labels: [keyof ReceiptInput, string][] = [
    ['po', 'PO number'],
    ['line', 'Line item external ID'],
    ['quantity', 'Received quantity'],
    ['unit', 'Unit of measure'],
    ['grn', 'Goods receipt number'],
    ['slip', 'Delivery slip number'],
  ];
  for (const [key, label] of labels) {
    const value = input[key];
    if (value !== undefined) await field(page, label).fill(value);
  }
  if (input.date !== undefined) {
    await dateGroup(page).getByRole('spinbutton', { name: 'Month' }).click();
    await page.keyboard.type(input.date);
  }
}

/** Every PUT of a receipt the page sends, as it leaves the browser. */
export function recordPuts(page: Page): Request[] {
  const puts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && new URL(request.url()).pathname === RECEIPTS_API) puts.push(request);
  });
  return puts;
}

export async function openReceipts(page: Page, heading = 'Record a receipt'): Promise<void> {
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
}

/**
 * Waits until the "receipts already recorded" panel has loaded for the typed PO, so no request of the page is still on its
 * way. A test that ends the session next then knows which action of the clerk's discovers it.
 */
export async function settleExistingReceipts(page: Page, purchaseOrderNumber: string): Promise<void> {
  await expect(page.getByRole('heading', { name: `Receipts already recorded for ${purchaseOrderNumber}` })).toBeVisible();
  await expect(page.getByText(`Loading the receipts of ${purchaseOrderNumber}…`)).toHaveCount(0);
}
