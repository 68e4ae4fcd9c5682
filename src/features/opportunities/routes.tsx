import type { RouteObject } from 'react-router';

/** The opportunities area's routes, below its path; screens load only when opened. */
export const opportunitiesRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./components/opportunities-page')).OpportunitiesPage }) },
];
