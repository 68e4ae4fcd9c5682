import { describe, expect, it } from 'vitest';
import { invoicePath, normalizeUtcDateTime, parseQueueSearch, queuePath } from './queue-search';

describe('queue search in the URL', () => {
  it('reads filters, cursor and page size, ignoring what is not valid', () => {
    const search = parseQueueSearch(new URLSearchParams('modifiedafter=2026-02-30T10:00&status=nope&limit=7&page=3'));
    expect(search).toEqual({ search: { modifiedAfter: undefined, status: 'all', offset: undefined, page: 1, limit: 25 }, invalidModifiedAfter: true });
    expect(parseQueueSearch(new URLSearchParams('modifiedafter=2026-01-31T14:00&status=INVLD&limit=50&offset=abc&page=3'))).toEqual({
      search: { modifiedAfter: '2026-01-31T14:00:00', status: 'INVLD', offset: 'abc', page: 3, limit: 50 },
      invalidModifiedAfter: false,
    });
  });

  it('accepts only real UTC date-times', () => {
    expect(normalizeUtcDateTime('2024-02-29T23:59:59')).toBe('2024-02-29T23:59:59');
    expect(normalizeUtcDateTime('2023-02-29T10:00')).toBeUndefined();
    expect(normalizeUtcDateTime('2026-01-31 14:00')).toBeUndefined();
  });

  it('encodes ids (they hold $) and keeps the queue position in links', () => {
    const search = { status: 'all' as const, page: 2, limit: 25, offset: 'cur25' };
    expect(invoicePath('gWt$1/x', search)).toBe('/tax-invoices/gWt%241%2Fx?offset=cur25&page=2');
    expect(queuePath({ ...search, offset: undefined, page: 1 })).toBe('/tax-invoices');
  });
});
