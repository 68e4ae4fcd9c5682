/** Concur date-times carry no time zone: `2013-09-02T19:05:57` (UTC unless a field says local). */
export function toConcurDateTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a date or date-time query parameter as UTC. Accepts `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.fff]]` with an optional
 * `Z` or offset. Returns undefined for anything else, including impossible dates such as 2024-02-30.
 */
export function parseUtcDateTime(value: string): Date | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = match;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${zone ? zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z'}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject dates that JavaScript silently rolls over (2024-02-30 -> 2024-03-01).
  if (!zone && date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined;
  return date;
}

/** A real calendar date in `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
