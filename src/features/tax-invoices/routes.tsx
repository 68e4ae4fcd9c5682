import type { RouteObject } from 'react-router';

/** The review screen's code; the navigation starts loading it on intent (hover, focus). */
export const preloadTaxInvoicesScreen = () => import('./components/tax-invoices-page');

/**
 * The tax invoices area's routes, below its path: `/tax-invoices` and `/tax-invoices/:id` are one screen (queue and
 * detail side by side), so the page stays mounted while the admin moves between invoices. It loads only when opened;
 * opening it also starts asking Concur for the queue's page while the screen's code loads.
 */
export const taxInvoicesRoutes: RouteObject[] = [
  {
    path: ':id?',
    lazy: async () => {
      void import('./api/first-page-preload').then(({ preloadQueuePage }) => preloadQueuePage());
      return { Component: (await preloadTaxInvoicesScreen()).TaxInvoicesPage };
    },
  },
];
