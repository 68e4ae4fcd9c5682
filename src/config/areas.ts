import { routePaths } from './route-paths';

export type AreaId = 'attendeeTypes' | 'taxInvoices' | 'opportunities' | 'poReceipts';

export interface Area {
  id: AreaId;
  path: string;
  /** The user may open the area when their token carries any one of these scopes. */
  anyOfScopes: readonly string[];
}

/** The console's areas in navigation order; the first one the user may open is their home page. */
export const areas: readonly Area[] = [
  { id: 'attendeeTypes', path: routePaths.attendeeTypes, anyOfScopes: ['attendee.admin.read', 'ATTEND'] },
  { id: 'taxInvoices', path: routePaths.taxInvoices, anyOfScopes: ['TAXINV'] },
  { id: 'opportunities', path: routePaths.opportunities, anyOfScopes: ['INSGHT'] },
  { id: 'poReceipts', path: routePaths.poReceipts, anyOfScopes: ['INVPO'] },
];

export function canOpenArea(area: Area, grantedScopes: readonly string[]): boolean {
  return area.anyOfScopes.some((scope) => grantedScopes.includes(scope));
}

export function allowedAreas(grantedScopes: readonly string[]): Area[] {
  return areas.filter((area) => canOpenArea(area, grantedScopes));
}

export function findArea(id: AreaId): Area {
  const area = areas.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}
