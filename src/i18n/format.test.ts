import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('numbers and dates in Mexican Spanish', () => {
  it('are written as Mexico writes them: a comma between thousands and a point for decimals', () => {
    expect(formatNumber('es-MX', 1234.5)).toBe('1,234.5');
    expect(formatNumber('es-MX', 1234567.25)).toBe('1,234,567.25');
    expect(formatNumber('es-MX', 2842, { style: 'currency', currency: 'MXN', currencyDisplay: 'code' })).toMatch(/^MXN\s2,842\.00$/);
    expect(formatDate('es-MX', new Date(Date.UTC(2026, 8, 10)), { dateStyle: 'long', timeZone: 'UTC' })).toBe('10 de septiembre de 2026');
  });
});
