export const DAY_MS = 86_400_000;

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** `YYYY-MM-DD` of an instant in UTC (or of a wall-clock time kept as UTC milliseconds). */
export function utcDayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayKeyMs(dayKey: string): number {
  return Date.parse(`${dayKey}T00:00:00Z`);
}

/** An instant as the URL writes it: `2026-01-01T00:00:00Z` (milliseconds only when there are some). */
export function toIsoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads an instant from the URL: `2026-01-01T00:00:00Z`, or a bare UTC date (the start of that day, or its last second
 * with `endOfDay`). NaN for anything else, including dates JavaScript would roll over (2026-02-30).
 */
export function parseIsoInstant(value: string, endOfDay = false): number {
  if (ISO_DATE.test(value)) {
    const ms = dayKeyMs(value);
    if (Number.isNaN(ms) || utcDayKey(ms) !== value) return Number.NaN;
    return endOfDay ? ms + DAY_MS - 1000 : ms;
  }
  if (!ISO_INSTANT.test(value)) return Number.NaN;
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || utcDayKey(ms) !== value.slice(0, 10)) return Number.NaN;
  return ms;
}
