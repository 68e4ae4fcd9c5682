/** Date helpers working on epoch milliseconds. Concur date-times carry no zone: `2026-03-14T09:30:00`. */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DDTHH:mm:ss` of the instant `ms` shifted by `offsetMinutes` (0 = UTC). Seconds are truncated. */
export function formatDateTime(ms: number, offsetMinutes = 0): string {
  const d = new Date(ms + offsetMinutes * MINUTE_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** `YYYY-MM-DD` of the instant `ms` shifted by `offsetMinutes`. */
export function formatDate(ms: number, offsetMinutes = 0): string {
  return formatDateTime(ms, offsetMinutes).slice(0, 10);
}

/** Parses a zone-less `YYYY-MM-DDTHH:mm:ss` (or `YYYY-MM-DD`) as UTC. */
export function parseUtc(text: string): number {
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${text}`);
  return ms;
}

/** Midnight (UTC) of the day containing `ms`. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Rounds down to a whole minute multiple (e.g. 5 or 15). */
export function floorToMinutes(ms: number, minutes: number): number {
  const step = minutes * MINUTE_MS;
  return Math.floor(ms / step) * step;
}

/** Day of week of a UTC day start: 0 = Sunday ... 6 = Saturday. */
export function utcWeekday(ms: number): number {
  return new Date(ms).getUTCDay();
}

/** Month 0-11 of a UTC instant. */
export function utcMonth(ms: number): number {
  return new Date(ms).getUTCMonth();
}
