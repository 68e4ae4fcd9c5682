import type { RouteObject } from 'react-router';

/** The attendee types area's routes, below its path; screens load only when opened. */
export const attendeeTypesRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./components/attendee-types-page')).AttendeeTypesPage }) },
];
