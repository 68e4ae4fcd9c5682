import { describe, expect, it } from 'vitest';
import { checkQuery, type QueryDraft } from './query-draft';

const range = (from: string, to: string, extra: Partial<QueryDraft> = {}): QueryDraft => ({
  mode: 'range',
  fromMs: Date.parse(from),
  toMs: Date.parse(to),
  tripId: '',
  types: [],
  activeOnly: false,
  ...extra,
});
const trip = (tripId: string): QueryDraft => ({ mode: 'trip', fromMs: null, toMs: null, tripId, types: [], activeOnly: false });

describe('checkQuery', () => {
  it('turns a valid range into UTC instants and types in Concur order', () => {
    expect(checkQuery(range('2026-01-01T00:00:00Z', '2026-01-31T23:59:59Z', { types: ['Taxi', 'Hotel'] }))).toEqual({
      ok: true,
      request: { kind: 'range', fromUtc: '2026-01-01T00:00:00Z', toUtc: '2026-01-31T23:59:59Z', types: ['Hotel', 'Taxi'] },
    });
  });

  it('stops an end before the start', () => {
    expect(checkQuery(range('2026-02-01T00:00:00Z', '2026-01-31T23:59:59Z'))).toEqual({ ok: false, errors: { toMs: 'opportunities.validation.endBeforeStart' } });
  });

  it('allows 366 whole days and stops anything longer', () => {
    expect(checkQuery(range('2024-01-01T00:00:00Z', '2024-12-31T23:59:59Z')).ok).toBe(true);
    expect(checkQuery(range('2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z'))).toEqual({ ok: false, errors: { toMs: 'opportunities.validation.rangeTooLong' } });
  });

  it('asks for missing or unreadable dates', () => {
    expect(checkQuery({ ...range('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'), fromMs: null, toMs: Number.NaN })).toEqual({
      ok: false,
      errors: { fromMs: 'opportunities.validation.fromRequired', toMs: 'opportunities.validation.invalidDate' },
    });
  });

  it('accepts Concur-style trip ids and stops spaces and foreign characters', () => {
    expect(checkQuery(trip('gWtr$ip_12-3'))).toEqual({ ok: true, request: { kind: 'trip', tripId: 'gWtr$ip_12-3', types: [] } });
    expect(checkQuery(trip(''))).toMatchObject({ errors: { tripId: 'opportunities.validation.tripIdRequired' } });
    expect(checkQuery(trip(' gWtrip'))).toMatchObject({ errors: { tripId: 'opportunities.validation.tripIdSpaces' } });
    expect(checkQuery(trip('gW trip'))).toMatchObject({ errors: { tripId: 'opportunities.validation.tripIdSpaces' } });
    for (const bad of ['gW/../x', 'gW%24', 'gW<b>', 'gW\u200btrip', 'trip.1']) {
      expect(checkQuery(trip(bad))).toMatchObject({ errors: { tripId: 'opportunities.validation.tripIdCharacters' } });
    }
    expect(checkQuery(trip('a'.repeat(129)))).toMatchObject({ errors: { tripId: 'opportunities.validation.tripIdLength' } });
  });
});
