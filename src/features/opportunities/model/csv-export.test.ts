import { describe, expect, it } from 'vitest';
import { anOpportunity } from '../testing/opportunity-fixtures';
import { opportunitiesCsv } from './csv-export';

const headers = { id: 'ID', trip: 'Trip', type: 'Type', active: 'Active', start: 'Start', end: 'End', from: 'From', fromPostal: 'From postal', to: 'To', toPostal: 'To postal' };

describe('opportunitiesCsv', () => {
  it('writes the rows in the order shown, with Concur’s own values and local date-times untouched', () => {
    const rows = [
      anOpportunity({ ID: 'gW$2', TripId: 'T$1', Type: 'Air', IsActive: false, StartCityCode: 'MEX', StartPostalCode: '06600', EndCityCode: 'NYC', EndPostalCode: '10017', StartDateLocal: '2026-01-05T08:00:00', EndDateLocal: '2026-01-05T14:30:00' }),
      anOpportunity({ ID: 'gW$1', TripId: 'T$1', Type: 'Hotel', StartDateLocal: '2026-01-05T15:00:00', EndDateLocal: '2026-01-07T12:00:00', StartPostalCode: '=1+2' }),
    ];
    const lines = opportunitiesCsv(rows, headers).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'ID,Trip,Type,Active,Start,End,From,From postal,To,To postal',
      'gW$2,T$1,Air,false,2026-01-05T08:00:00,2026-01-05T14:30:00,MEX,06600,NYC,10017',
      "gW$1,T$1,Hotel,true,2026-01-05T15:00:00,2026-01-07T12:00:00,MEX,'=1+2,MEX,06600",
    ]);
  });
});
