import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { areas, type AreaId } from '../config/areas';
import { RequireArea } from './require-area';

type LazyPage = () => Promise<{ Component: ComponentType }>;

/** Each area's code loads only when the user opens it. */
const areaPages: Record<AreaId, LazyPage> = {
  attendeeTypes: async () => ({ Component: (await import('../features/attendee-types/components/attendee-types-page')).AttendeeTypesPage }),
  taxInvoices: async () => ({ Component: (await import('../features/tax-invoices/components/tax-invoices-page')).TaxInvoicesPage }),
  opportunities: async () => ({ Component: (await import('../features/opportunities/components/opportunities-page')).OpportunitiesPage }),
  poReceipts: async () => ({ Component: (await import('../features/po-receipts/components/po-receipts-page')).PoReceiptsPage }),
};

export const areaRoutes: RouteObject[] = areas.map((area) => ({
  path: area.path,
  element: <RequireArea areaId={area.id} />,
  children: [{ index: true, lazy: areaPages[area.id] }],
}));
