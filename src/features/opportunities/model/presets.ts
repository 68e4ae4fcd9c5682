import { DAY_MS, startOfUtcDay } from './utc-days';

export const PRESET_IDS = ['today', 'last7', 'thisMonth', 'lastMonth', 'next30'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface UtcRange {
  fromMs: number;
  toMs: number;
}

/** Ranges end on the last whole second of their last day (Concur's filter is inclusive). */
const LAST_SECOND = 1000;

function monthStart(year: number, month: number): number {
  return Date.UTC(year, month, 1);
}

/** A preset's range, computed in UTC from `nowMs`: the same instants in every browser time zone. */
export function presetRange(preset: PresetId, nowMs: number): UtcRange {
  const today = startOfUtcDay(nowMs);
  const now = new Date(nowMs);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (preset) {
    case 'today':
      return { fromMs: today, toMs: today + DAY_MS - LAST_SECOND };
    case 'last7':
      return { fromMs: today - 6 * DAY_MS, toMs: today + DAY_MS - LAST_SECOND };
    case 'thisMonth':
      return { fromMs: monthStart(year, month), toMs: monthStart(year, month + 1) - LAST_SECOND };
    case 'lastMonth':
      return { fromMs: monthStart(year, month - 1), toMs: monthStart(year, month) - LAST_SECOND };
    case 'next30':
      return { fromMs: today, toMs: today + 30 * DAY_MS - LAST_SECOND };
  }
}

/** The preset a range equals today, if any (a shared link from another day shows as Custom). */
export function matchPreset(fromMs: number | null, toMs: number | null, nowMs: number): PresetId | undefined {
  if (fromMs === null || toMs === null) return undefined;
  return PRESET_IDS.find((preset) => {
    const range = presetRange(preset, nowMs);
    return range.fromMs === fromMs && range.toMs === toMs;
  });
}
