import type { RouteObject } from 'react-router';

/** Under the table with no detail open, the panel's outlet shows nothing. */
const NoDetail = () => null;

/** The table screen's code; the navigation starts loading it on intent (hover, focus). */
export const preloadAttendeeTypesScreen = () => import('./components/attendee-types-page');

/**
 * The attendee types area's routes, below its path; screens load only when opened. The detail (`:id`) is a child of
 * the table, so the table stays mounted under the detail panel. Opening the table also starts asking Concur for its
 * page while the screen's code loads.
 */
export const attendeeTypesRoutes: RouteObject[] = [
  {
    lazy: async () => {
      void import('./api/first-page-preload').then(({ preloadTablePage }) => preloadTablePage());
      return { Component: (await preloadAttendeeTypesScreen()).AttendeeTypesPage };
    },
    children: [
      { index: true, Component: NoDetail },
      { path: ':id', lazy: async () => ({ Component: (await import('./components/attendee-type-detail')).AttendeeTypeDetailRoute }) },
    ],
  },
];
