import { expect, type Page } from '@playwright/test';

/** The invoice pane, once its detail and CFDI are on screen. */
export async function expectInvoiceOpen(page: Page, receiptId: string): Promise<void> {
  const article = page.getByRole('article', { name: `Invoice ${receiptId}` });
  await expect(article).toHaveAttribute('aria-busy', 'false');
}

export const decisionForm = (page: Page) => page.getByRole('form', { name: 'Decision' });

export const toast = (page: Page, receiptId: string, status: string) =>
  page.getByRole('region', { name: 'Decisions on their way to Concur' }).getByRole('group', { name: `Invoice ${receiptId}: ${status}` });

/** Every PUT the browser sends to a tax invoice, by id. */
export function recordPuts(page: Page): string[] {
  const puts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'PUT' && url.pathname.startsWith('/api/v3.0/expense/digitaltaxinvoices/')) {
      puts.push(decodeURIComponent(url.pathname.split('/').pop() ?? ''));
    }
  });
  return puts;
}

/** Decides the open invoice with the keyboard, as the review is built for: status key (1–3), `c`, the comment, Ctrl+Enter. */
export async function decideByKeyboard(page: Page, statusKey: '1' | '2' | '3', comment?: string): Promise<void> {
  await page.keyboard.press(statusKey);
  if (comment) {
    await page.keyboard.press('c');
    await page.keyboard.type(comment);
  }
  await page.keyboard.press('Control+Enter');
}
