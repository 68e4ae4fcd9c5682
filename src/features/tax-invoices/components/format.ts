import type { I18n } from '../../../i18n/i18n-context';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * A date-time written without a zone, shown as written (formatted for the locale, never shifted to the browser's zone).
 * Anything that does not look like a date-time comes back unchanged.
 */
export function formatWallTime(text: string | null | undefined, formatDate: I18n['formatDate'], withTime = true): string {
  if (!text) return '';
  const match = WALL_TIME.exec(text);
  if (!match) return text;
  const [, year, month, day, hour, minute, second = '0'] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day, hour, minute, Number(second)));
  if (Number.isNaN(date.getTime())) return text;
  return formatDate(date, withTime ? { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' });
}

/** An amount as written in the CFDI, with its currency code when the code is a real one; the raw text otherwise. */
export function formatAmount(value: string | undefined, currency: string | undefined, formatNumber: I18n['formatNumber']): string {
  if (value === undefined || value.trim() === '') return '';
  const amount = Number(value);
  if (!Number.isFinite(amount)) return value;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return formatNumber(amount, { style: 'currency', currency, currencyDisplay: 'code' });
    } catch {
      // An unknown currency code: fall through to the plain number.
    }
  }
  return formatNumber(amount, { minimumFractionDigits: 2, maximumFractionDigits: 6 });
}
