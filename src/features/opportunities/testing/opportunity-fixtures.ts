import type { Opportunity } from '../api/opportunity-schema';
import { toOpportunity } from '../api/opportunity-schema';
import type { OpportunityType } from '../model/opportunity-types';

export interface WireOpportunity {
  ID: string;
  URI: string;
  TripId: string;
  Type: OpportunityType;
  IsActive: boolean;
  StartCityCode: string;
  EndCityCode: string;
  StartPostalCode: string;
  EndPostalCode: string;
  StartDateLocal: string;
  EndDateLocal: string;
}

let sequence = 0;

/** An item as Concur sends it (ids with `$`, zone-less local date-times). */
export function aWireOpportunity(overrides: Partial<WireOpportunity> = {}): WireOpportunity {
  sequence += 1;
  const id = `gWop$${String(sequence).padStart(6, '0')}`;
  return {
    ID: id,
    URI: `https://www.concursolutions.com/api/v3.0/insights/opportunities/${encodeURIComponent(id)}`,
    TripId: 'gWtrip$AAA',
    Type: 'Hotel',
    IsActive: true,
    StartCityCode: 'MEX',
    EndCityCode: 'MEX',
    StartPostalCode: '06600',
    EndPostalCode: '06600',
    StartDateLocal: '2026-01-05T15:00:00',
    EndDateLocal: '2026-01-07T12:00:00',
    ...overrides,
  };
}

export function anOpportunity(overrides: Partial<WireOpportunity> = {}): Opportunity {
  return toOpportunity(aWireOpportunity(overrides));
}
