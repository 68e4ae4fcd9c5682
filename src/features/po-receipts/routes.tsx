import type { RouteObject } from 'react-router';

/** The po receipts area's routes, below its path; screens load only when opened. */
export const poReceiptsRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./components/po-receipts-page')).PoReceiptsPage }) },
];
