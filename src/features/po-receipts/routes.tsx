import type { RouteObject } from 'react-router';

/** The receipts screen's code; the navigation starts loading it on intent (hover, focus). */
export const preloadPoReceiptsScreen = () => import('./components/po-receipts-page');

/** The po receipts area's routes, below its path; screens load only when opened. */
export const poReceiptsRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await preloadPoReceiptsScreen()).PoReceiptsPage }) },
];
