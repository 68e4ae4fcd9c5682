/** Messages of the tax invoices area (English, the reference). */
export const taxInvoicesEn = {} as const;
