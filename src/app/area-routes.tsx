import type { RouteObject } from 'react-router';
import { areas, type AreaId } from '../config/areas';
import { attendeeTypesRoutes } from '../features/attendee-types/routes';
import { opportunitiesRoutes } from '../features/opportunities/routes';
import { poReceiptsRoutes } from '../features/po-receipts/routes';
import { taxInvoicesRoutes } from '../features/tax-invoices/routes';
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
