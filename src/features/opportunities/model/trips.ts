import type { Opportunity } from '../api/opportunity-schema';

export interface TripSpan {
  tripId: string;
  startWallMs: number;
  endWallMs: number;
  opportunities: Opportunity[];
}

/** One entry per trip, earliest first, with its opportunities by start: the rows of the trip timeline. */
export function tripsOf(rows: readonly Opportunity[]): TripSpan[] {
  const byTrip = new Map<string, TripSpan>();
  for (const row of rows) {
    const trip = byTrip.get(row.tripId);
    if (!trip) {
      byTrip.set(row.tripId, { tripId: row.tripId, startWallMs: row.startWallMs, endWallMs: row.endWallMs, opportunities: [row] });
      continue;
    }
    trip.opportunities.push(row);
    trip.startWallMs = Math.min(trip.startWallMs, row.startWallMs);
    trip.endWallMs = Math.max(trip.endWallMs, row.endWallMs);
  }
  const trips = [...byTrip.values()];
  for (const trip of trips) trip.opportunities.sort((a, b) => a.startWallMs - b.startWallMs);
  return trips.sort((a, b) => a.startWallMs - b.startWallMs || a.tripId.localeCompare(b.tripId));
}
