import { describe, expect, it } from 'vitest';
import { queryPart, readQuery, readView, writeQuery, writeView } from './search-params';
import type { QueryDraft } from './query-draft';

const fallback: QueryDraft = { mode: 'range', fromMs: 1, toMs: 2, tripId: '', types: [], activeOnly: false };

describe('the query in the URL', () => {
  it('round-trips a range query with ISO UTC instants', () => {
    const params = new URLSearchParams('mode=range&from=2026-01-01T00:00:00Z&to=2026-01-31T23:59:59Z&types=Air,Hotel&activeOnly=1');
    const { present, draft, linkErrors } = readQuery(params, fallback);
    expect(present).toBe(true);
    expect(linkErrors).toEqual({});
    expect(draft).toEqual({ mode: 'range', fromMs: Date.parse('2026-01-01T00:00:00Z'), toMs: Date.parse('2026-01-31T23:59:59Z'), tripId: '', types: ['Hotel', 'Air'], activeOnly: true });
    expect(writeQuery(draft).toString()).toBe('mode=range&from=2026-01-01T00%3A00%3A00Z&to=2026-01-31T23%3A59%3A59Z&types=Hotel%2CAir&activeOnly=1');
  });

  it('reads bare dates as whole UTC days and refuses impossible ones', () => {
    const { draft } = readQuery(new URLSearchParams('from=2026-02-01&to=2026-02-28'), fallback);
    expect([draft.fromMs, draft.toMs]).toEqual([Date.parse('2026-02-01T00:00:00Z'), Date.parse('2026-02-28T23:59:59Z')]);
    expect(readQuery(new URLSearchParams('from=2026-02-30&to=2026-03-01T00:00:00+01:00'), fallback).draft).toMatchObject({ fromMs: Number.NaN, toMs: Number.NaN });
  });

  it('keeps only the fields of the mode, and flags unknown types in a hand-edited link', () => {
    expect(writeQuery({ ...fallback, mode: 'trip', tripId: 'gW$1' }).toString()).toBe('mode=trip&tripId=gW%241');
    expect(readQuery(new URLSearchParams('tripId=gW$1&types=Boat'), fallback)).toMatchObject({
      draft: { mode: 'trip', tripId: 'gW$1', types: [] },
      linkErrors: { types: 'opportunities.validation.unknownType' },
    });
    expect(readQuery(new URLSearchParams('page=2'), fallback)).toEqual({ present: false, draft: fallback, linkErrors: {} });
  });
});

describe('the view in the URL', () => {
  it('keeps the query, writes only what differs from the defaults, and ignores junk', () => {
    const params = new URLSearchParams('mode=trip&tripId=x&page=3');
    const view = { ...readView(params), tableType: 'Air' as const, period: '2026-01-05', groupByTrip: true, sort: { field: 'type' as const, direction: 'desc' as const } };
    const written = writeView(params, view);
    expect(written.toString()).toBe('mode=trip&tripId=x&tableType=Air&period=2026-01-05&group=trip&sort=type.desc&page=3');
    expect(readView(written)).toEqual(view);
    expect(readView(new URLSearchParams('sort=evil.up&page=-1&pageSize=5000&tableType=Boat&period=soon'))).toMatchObject({
      tableType: undefined,
      period: undefined,
      sort: { field: 'startLocal', direction: 'asc' },
      page: 0,
      pageSize: 100,
    });
    expect(queryPart(written)).toBe('mode=trip&tripId=x');
  });
});
