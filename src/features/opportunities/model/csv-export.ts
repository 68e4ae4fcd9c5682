import { toCsv } from '../../../lib/csv/to-csv';
import type { Opportunity } from '../api/opportunity-schema';

export interface CsvHeaders {
  id: string;
  trip: string;
  type: string;
  active: string;
  start: string;
  end: string;
  from: string;
  fromPostal: string;
  to: string;
  toPostal: string;
}

/** The rows shown, in their order; values as Concur gives them (type codes, true/false, local date-times). */
export function opportunitiesCsv(rows: readonly Opportunity[], headers: CsvHeaders): string {
  return toCsv(
    [headers.id, headers.trip, headers.type, headers.active, headers.start, headers.end, headers.from, headers.fromPostal, headers.to, headers.toPostal],
    rows.map((row) => [row.id, row.tripId, row.type, row.isActive, row.startLocal, row.endLocal, row.startCity, row.startPostal, row.endCity, row.endPostal]),
  );
}
