import type { RouteObject } from 'react-router';

/** The explorer screen's code; the navigation starts loading it on intent (hover, focus). */
export const preloadOpportunitiesScreen = () => import('./components/opportunities-page');

/** The opportunities area's routes, below its path; screens load only when opened. */
export const opportunitiesRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await preloadOpportunitiesScreen()).OpportunitiesPage }) },
];
