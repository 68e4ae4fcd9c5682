import type { Opportunity } from '../api/opportunity-schema';
import { periodStart, type BucketSize } from './chart-buckets';
import type { OpportunityType } from './opportunity-types';
import type { SortOrder } from './search-params';

/** The header row of one trip when the table is grouped by trip. */
export interface TripGroupRow {
  id: string;
  group: true;
  tripId: string;
  count: number;
  active: number;
  collapsed: boolean;
}

export type TableRow = Opportunity | TripGroupRow;

export function isGroupRow(row: TableRow): row is TripGroupRow {
  return 'group' in row;
}

export interface TableFilter {
  type: OpportunityType | undefined;
  period: string | undefined;
  periodSize: BucketSize;
}

export function filterRows(rows: readonly Opportunity[], filter: TableFilter): readonly Opportunity[] {
  if (!filter.type && !filter.period) return rows;
  // A hand-edited link may name any day of a week: it means that day's week.
  const period = filter.period && periodStart(filter.period, filter.periodSize);
  return rows.filter((row) => (!filter.type || row.type === filter.type) && (!period || periodStart(row.startDay, filter.periodSize) === period));
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareBy(field: SortOrder['field']): (a: Opportunity, b: Opportunity) => number {
  switch (field) {
    case 'tripId':
    case 'type':
    case 'id':
      return (a, b) => text(a[field], b[field]);
    case 'isActive':
      return (a, b) => Number(a.isActive) - Number(b.isActive);
    case 'startLocal':
      return (a, b) => a.startWallMs - b.startWallMs;
    case 'endLocal':
      return (a, b) => a.endWallMs - b.endWallMs;
    case 'from':
      return (a, b) => text(a.startCity, b.startCity) || text(a.startPostal, b.startPostal);
    case 'to':
      return (a, b) => text(a.endCity, b.endCity) || text(a.endPostal, b.endPostal);
  }
}

/** A sorted copy; ties go by start time, then id, so the order is the same on every render and in the CSV. */
export function sortRows(rows: readonly Opportunity[], sort: SortOrder): Opportunity[] {
  const compare = compareBy(sort.field);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || a.startWallMs - b.startWallMs || text(a.id, b.id));
}

/** Trips in the order their first row comes in `sorted`, each as a header row followed by its rows unless collapsed. */
export function groupByTrip(sorted: readonly Opportunity[], collapsed: ReadonlySet<string>): TableRow[] {
  const groups = new Map<string, Opportunity[]>();
  for (const row of sorted) {
    const group = groups.get(row.tripId);
    if (group) group.push(row);
    else groups.set(row.tripId, [row]);
  }
  const result: TableRow[] = [];
  for (const [tripId, rows] of groups) {
    const isCollapsed = collapsed.has(tripId);
    result.push({ id: `trip-group:${tripId}`, group: true, tripId, count: rows.length, active: rows.filter((row) => row.isActive).length, collapsed: isCollapsed });
    if (!isCollapsed) result.push(...rows);
  }
  return result;
}
