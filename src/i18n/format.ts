import type { Locale } from './locale';

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

export function formatDate(locale: Locale, value: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(locale, options).format(value);
}

export function formatTime(locale: Locale, value: Date): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(value);
}
