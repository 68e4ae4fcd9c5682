import type { Opportunity } from '../api/opportunity-schema';
import { OPPORTUNITY_TYPES, type OpportunityType } from './opportunity-types';
import { DAY_MS, dayKeyMs, utcDayKey } from './utc-days';

export type BucketSize = 'day' | 'week';

/** Opportunities per period (by local start date) and type: the stacked bar chart and its table. */
export interface ChartBuckets {
  size: BucketSize;
  /** First day of each period, `YYYY-MM-DD`. */
  starts: string[];
  counts: Record<OpportunityType, number[]>;
  totals: number[];
}

/** Up to about two months a bar is a day; longer spans would give bars too thin to click, so a bar is a week. */
const MAX_DAILY_SPAN_DAYS = 62;

const weekOfDay = new Map<string, string>();

/** The period a day falls in: the day itself, or the Monday that starts its week (remembered: thousands of rows share few days). */
export function periodStart(dayKey: string, size: BucketSize): string {
  if (size === 'day') return dayKey;
  let monday = weekOfDay.get(dayKey);
  if (monday === undefined) {
    const ms = dayKeyMs(dayKey);
    monday = utcDayKey(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
    weekOfDay.set(dayKey, monday);
  }
  return monday;
}

export function periodEnd(start: string, size: BucketSize): string {
  return size === 'day' ? start : utcDayKey(dayKeyMs(start) + 6 * DAY_MS);
}

export function bucketSizeFor(firstDay: string, lastDay: string): BucketSize {
  return (dayKeyMs(lastDay) - dayKeyMs(firstDay)) / DAY_MS + 1 > MAX_DAILY_SPAN_DAYS ? 'week' : 'day';
}

/**
 * Counts by period over `[firstDay, lastDay]` widened to hold every row (a local start date may fall a day outside a
 * UTC range), with empty periods kept so the time axis stays even.
 */
export function buildBuckets(rows: readonly Opportunity[], span: { firstDay: string; lastDay: string } | undefined): ChartBuckets | undefined {
  let first = span?.firstDay;
  let last = span?.lastDay;
  for (const row of rows) {
    if (first === undefined || row.startDay < first) first = row.startDay;
    if (last === undefined || row.startDay > last) last = row.startDay;
  }
  if (first === undefined || last === undefined) return undefined;
  const size = bucketSizeFor(first, last);
  const starts: string[] = [];
  const indexOf = new Map<string, number>();
  const step = size === 'day' ? DAY_MS : 7 * DAY_MS;
  for (let ms = dayKeyMs(periodStart(first, size)); ms <= dayKeyMs(last); ms += step) {
    indexOf.set(utcDayKey(ms), starts.length);
    starts.push(utcDayKey(ms));
  }
  const counts = Object.fromEntries(OPPORTUNITY_TYPES.map((type) => [type, new Array<number>(starts.length).fill(0)])) as Record<OpportunityType, number[]>;
  const totals = new Array<number>(starts.length).fill(0);
  for (const row of rows) {
    const index = indexOf.get(periodStart(row.startDay, size));
    if (index === undefined) continue;
    (counts[row.type] as number[])[index] = ((counts[row.type] as number[])[index] ?? 0) + 1;
    totals[index] = (totals[index] ?? 0) + 1;
  }
  return { size, starts, counts, totals };
}
