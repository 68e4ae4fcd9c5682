import type { taxInvoicesEn } from './tax-invoices.en';

/** Messages of the tax invoices area (Español (México)); the type keeps the keys equal to English. */
export const taxInvoicesEsMx: Record<keyof typeof taxInvoicesEn, string> = {};
