import { describe, expect, it } from 'vitest';
import { anOpportunity } from '../testing/opportunity-fixtures';
import { filterRows, groupByTrip, isGroupRow, sortRows } from './table-rows';
import { tripsOf } from './trips';
import { summarize } from './summary';

const rows = [
  anOpportunity({ ID: 'c', TripId: 'T2', Type: 'Air', IsActive: false, StartDateLocal: '2026-01-06T09:00:00', EndDateLocal: '2026-01-06T11:00:00' }),
  anOpportunity({ ID: 'a', TripId: 'T1', Type: 'Hotel', StartDateLocal: '2026-01-05T15:00:00', EndDateLocal: '2026-01-08T11:00:00' }),
  anOpportunity({ ID: 'b', TripId: 'T1', Type: 'Taxi', StartDateLocal: '2026-01-05T09:00:00', EndDateLocal: '2026-01-05T09:40:00' }),
  anOpportunity({ ID: 'd', TripId: 'T2', Type: 'Hotel', StartDateLocal: '2026-01-12T15:00:00', EndDateLocal: '2026-01-13T11:00:00' }),
];

describe('table rows', () => {
  it('filters by type and by chart period', () => {
    expect(filterRows(rows, { type: 'Hotel', period: undefined, periodSize: 'day' }).map((row) => row.id)).toEqual(['a', 'd']);
    expect(filterRows(rows, { type: undefined, period: '2026-01-05', periodSize: 'day' }).map((row) => row.id)).toEqual(['a', 'b']);
    expect(filterRows(rows, { type: 'Hotel', period: '2026-01-05', periodSize: 'week' }).map((row) => row.id)).toEqual(['a']);
    expect(filterRows(rows, { type: undefined, period: '2026-01-07', periodSize: 'week' }).map((row) => row.id)).toEqual(['c', 'a', 'b']);
  });

  it('sorts by any column with a stable tie-break', () => {
    expect(sortRows(rows, { field: 'startLocal', direction: 'asc' }).map((row) => row.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(sortRows(rows, { field: 'type', direction: 'desc' }).map((row) => row.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortRows(rows, { field: 'isActive', direction: 'asc' }).map((row) => row.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('groups by trip in sort order and hides the rows of a collapsed trip', () => {
    const sorted = sortRows(rows, { field: 'startLocal', direction: 'asc' });
    const grouped = groupByTrip(sorted, new Set(['T2']));
    expect(grouped.map((row) => (isGroupRow(row) ? `[${row.tripId} ${row.count}/${row.active}${row.collapsed ? ' closed' : ''}]` : row.id))).toEqual([
      '[T1 2/2]',
      'b',
      'a',
      '[T2 2/1 closed]',
    ]);
  });

  it('summarises totals, active, trips and types, and spans trips over their rows', () => {
    expect(summarize(rows)).toEqual({ total: 4, active: 3, trips: 2, byType: { Hotel: 2, Car: 0, Air: 1, Rail: 0, Taxi: 1, Service: 0 } });
    const [first, second] = tripsOf(rows);
    expect(first?.tripId).toBe('T1');
    expect(first?.opportunities.map((row) => row.id)).toEqual(['b', 'a']);
    expect(second?.endWallMs).toBe(Date.parse('2026-01-13T11:00:00Z'));
  });
});
