import type { Opportunity } from '../api/opportunity-schema';
import { OPPORTUNITY_TYPES, type OpportunityType } from './opportunity-types';

export interface ResultSummary {
  total: number;
  active: number;
  trips: number;
  byType: Record<OpportunityType, number>;
}

export function summarize(rows: readonly Opportunity[]): ResultSummary {
  const byType = Object.fromEntries(OPPORTUNITY_TYPES.map((type) => [type, 0])) as Record<OpportunityType, number>;
  const trips = new Set<string>();
  let active = 0;
  for (const row of rows) {
    byType[row.type] += 1;
    trips.add(row.tripId);
    if (row.isActive) active += 1;
  }
  return { total: rows.length, active, trips: trips.size, byType };
}
