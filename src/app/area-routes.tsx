import type { RouteObject } from 'react-router';
import { areas, type AreaId } from '../config/areas';
import { attendeeTypesRoutes, preloadAttendeeTypesScreen } from '../features/attendee-types/routes';
import { opportunitiesRoutes, preloadOpportunitiesScreen } from '../features/opportunities/routes';
import { poReceiptsRoutes, preloadPoReceiptsScreen } from '../features/po-receipts/routes';
import { preloadTaxInvoicesScreen, taxInvoicesRoutes } from '../features/tax-invoices/routes';
import { RequireArea } from './require-area';

/** Each feature owns the routes below its area's path; their screens load only when opened. */
const areaChildren: Record<AreaId, RouteObject[]> = {
  attendeeTypes: attendeeTypesRoutes,
  taxInvoices: taxInvoicesRoutes,
  opportunities: opportunitiesRoutes,
  poReceipts: poReceiptsRoutes,
};

export const areaRoutes: RouteObject[] = areas.map((area) => ({
  path: area.path,
  element: <RequireArea areaId={area.id} />,
  children: areaChildren[area.id],
}));

/** Starts loading the code of the screen at each area's path (the same import its route makes), without opening it. */
export const areaScreenPreloads: Record<AreaId, () => Promise<unknown>> = {
  attendeeTypes: preloadAttendeeTypesScreen,
  taxInvoices: preloadTaxInvoicesScreen,
  opportunities: preloadOpportunitiesScreen,
  poReceipts: preloadPoReceiptsScreen,
};
