import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n-context';

export interface DateFormats {
  /** The browser's time zone, named when local times are shown. */
  zone: string;
  /** An instant in UTC, to the second: `Jan 31, 2026, 11:59:59 PM`. */
  utcDateTime: (ms: number) => string;
  /** The same instant in the browser's time zone. */
  localDateTime: (ms: number) => string;
  /** A `YYYY-MM-DD` day (or a UTC instant's day) without any shift: `Jan 5, 2026`. */
  day: (ms: number) => string;
  /** A short day for chart ticks: `Jan 5`. */
  shortDay: (ms: number) => string;
  /** A Concur local date-time (kept as UTC milliseconds) shown as written: `Jan 5, 2026, 8:30 AM`. */
  wallDateTime: (wallMs: number) => string;
  /** The time of a day when the date is already shown. */
  clock: (ms: number) => string;
}

/** Formatters made once per locale: thousands of table cells and chart ticks reuse them. */
export function useDateFormats(): DateFormats {
  const { locale } = useI18n();
  return useMemo(() => {
    const utcDateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
    const localDateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const shortDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const wallDateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return {
      zone: new Intl.DateTimeFormat().resolvedOptions().timeZone,
      utcDateTime: (ms) => utcDateTime.format(ms),
      localDateTime: (ms) => localDateTime.format(ms),
      day: (ms) => day.format(ms),
      shortDay: (ms) => shortDay.format(ms),
      wallDateTime: (ms) => wallDateTime.format(ms),
      clock: (ms) => clock.format(ms),
    };
  }, [locale]);
}
