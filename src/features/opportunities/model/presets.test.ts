import { describe, expect, it } from 'vitest';
import { matchPreset, presetRange } from './presets';
import { toIsoInstant } from './utc-days';

const iso = (range: { fromMs: number; toMs: number }) => [toIsoInstant(range.fromMs), toIsoInstant(range.toMs)];
// 2026-03-01 01:30 UTC is still February 28 in Santiago and already March 1 afternoon in Kiritimati: presets ignore both.
const NOW = Date.parse('2026-03-01T01:30:00Z');

describe('presetRange', () => {
  it('computes every preset in UTC, ending on the last second of its last day', () => {
    expect(iso(presetRange('today', NOW))).toEqual(['2026-03-01T00:00:00Z', '2026-03-01T23:59:59Z']);
    expect(iso(presetRange('last7', NOW))).toEqual(['2026-02-23T00:00:00Z', '2026-03-01T23:59:59Z']);
    expect(iso(presetRange('thisMonth', NOW))).toEqual(['2026-03-01T00:00:00Z', '2026-03-31T23:59:59Z']);
    expect(iso(presetRange('lastMonth', NOW))).toEqual(['2026-02-01T00:00:00Z', '2026-02-28T23:59:59Z']);
    expect(iso(presetRange('next30', NOW))).toEqual(['2026-03-01T00:00:00Z', '2026-03-30T23:59:59Z']);
  });

  it('goes back across a year boundary for last month', () => {
    expect(iso(presetRange('lastMonth', Date.parse('2026-01-15T12:00:00Z')))).toEqual(['2025-12-01T00:00:00Z', '2025-12-31T23:59:59Z']);
  });
});

describe('matchPreset', () => {
  it('recognises a preset range and calls anything else custom', () => {
    const range = presetRange('thisMonth', NOW);
    expect(matchPreset(range.fromMs, range.toMs, NOW)).toBe('thisMonth');
    expect(matchPreset(range.fromMs, range.toMs - 1000, NOW)).toBeUndefined();
    expect(matchPreset(null, range.toMs, NOW)).toBeUndefined();
  });
});
