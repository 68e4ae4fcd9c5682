import type { RouteObject } from 'react-router';

/** The tax invoices area's routes, below its path; screens load only when opened. */
export const taxInvoicesRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./components/tax-invoices-page')).TaxInvoicesPage }) },
];
