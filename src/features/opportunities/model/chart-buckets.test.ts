import { describe, expect, it } from 'vitest';
import { anOpportunity } from '../testing/opportunity-fixtures';
import { buildBuckets, periodStart } from './chart-buckets';

describe('buildBuckets', () => {
  it('counts by local start day and type over the whole range, empty days included', () => {
    const rows = [
      anOpportunity({ Type: 'Hotel', StartDateLocal: '2026-01-02T23:30:00' }),
      anOpportunity({ Type: 'Air', StartDateLocal: '2026-01-02T06:00:00' }),
      anOpportunity({ Type: 'Air', StartDateLocal: '2026-01-04T00:00:00' }),
    ];
    const buckets = buildBuckets(rows, { firstDay: '2026-01-01', lastDay: '2026-01-04' });
    expect(buckets?.size).toBe('day');
    expect(buckets?.starts).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(buckets?.counts.Air).toEqual([0, 1, 0, 1]);
    expect(buckets?.counts.Hotel).toEqual([0, 1, 0, 0]);
    expect(buckets?.totals).toEqual([0, 2, 0, 1]);
  });

  it('widens the span to a local start day just outside the UTC range', () => {
    const buckets = buildBuckets([anOpportunity({ StartDateLocal: '2026-02-01T08:00:00' })], { firstDay: '2026-01-01', lastDay: '2026-01-31' });
    expect(buckets?.starts.at(-1)).toBe('2026-02-01');
    expect(buckets?.totals.at(-1)).toBe(1);
  });

  it('uses weeks starting on Monday for long ranges', () => {
    expect(periodStart('2026-01-04', 'week')).toBe('2025-12-29');
    expect(periodStart('2026-01-05', 'week')).toBe('2026-01-05');
    const buckets = buildBuckets([anOpportunity({ StartDateLocal: '2026-06-10T10:00:00' })], { firstDay: '2026-01-01', lastDay: '2026-12-31' });
    expect(buckets?.size).toBe('week');
    expect(buckets?.starts[0]).toBe('2025-12-29');
    expect(buckets?.starts).toHaveLength(53);
    expect(buckets?.totals.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(buckets?.totals[buckets.starts.indexOf('2026-06-08')]).toBe(1);
  });

  it('has nothing to chart without rows or range', () => {
    expect(buildBuckets([], undefined)).toBeUndefined();
  });
});
