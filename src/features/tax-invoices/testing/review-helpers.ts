import { configure, screen, waitFor, within } from '@testing-library/react';
import { expect, vi } from 'vitest';

// These journeys render the whole app and wait out undo windows; on a loaded machine the defaults are too short.
configure({ asyncUtilTimeout: 4000 });
vi.setConfig({ testTimeout: 45_000 });

/** The invoice pane, once its detail has loaded and its CFDI is on screen. */
export async function findInvoice(receiptId: string) {
  const article = await screen.findByRole('article', { name: `Invoice ${receiptId}` }, { timeout: 5000 });
  await waitFor(() => expect(article).toHaveAttribute('aria-busy', 'false'));
  return article;
}

export const decisionForm = (article: HTMLElement) => within(within(article).getByRole('form', { name: 'Decision' }));

export const invoiceUrl = (id: string, query = '') => `/tax-invoices/${encodeURIComponent(id)}${query}`;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const toasts = () => within(screen.getByRole('region', { name: 'Decisions on their way to Concur' }));
