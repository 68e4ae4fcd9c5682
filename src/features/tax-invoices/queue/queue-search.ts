import { routePaths } from '../../../config/route-paths';
import { TAX_INVOICE_STATUSES } from '../api/tax-invoice-schemas';

export const STATUS_FILTERS = ['all', 'undecided', ...TAX_INVOICE_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** Everything that decides what the queue shows; the URL holds it (decision 003). */
export interface QueueSearch {
  /** `YYYY-MM-DDTHH:mm:ss`, UTC, as Concur's `modifiedafter` takes it. */
  modifiedAfter?: string;
  status: StatusFilter;
  /** Concur's opaque cursor for this page (from the previous page's NextPage). */
  offset?: string;
  page: number;
  limit: number;
}

const UTC_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `2026-01-31T14:00` or `…:05` → `2026-01-31T14:00:05` when it is a real UTC date-time; otherwise undefined. */
export function normalizeUtcDateTime(value: string | null | undefined): string | undefined {
  const match = value ? UTC_DATE_TIME.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  const normalized = `${year}-${month}-${day}T${hour}:${minute}:${second}`;
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === normalized ? normalized : undefined;
}

export function parseQueueSearch(params: URLSearchParams): { search: QueueSearch; invalidModifiedAfter: boolean } {
  const rawModifiedAfter = params.get('modifiedafter');
  const modifiedAfter = normalizeUtcDateTime(rawModifiedAfter);
  const status = params.get('status');
  const page = Number(params.get('page'));
  const limit = Number(params.get('limit'));
  const offset = params.get('offset') || undefined;
  return {
    search: {
      modifiedAfter,
      status: (STATUS_FILTERS as readonly string[]).includes(status ?? '') ? (status as StatusFilter) : 'all',
      offset,
      // Without a cursor this is the first page, whatever the address says.
      page: offset && Number.isInteger(page) && page > 1 ? page : 1,
      limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_PAGE_SIZE,
    },
    invalidModifiedAfter: Boolean(rawModifiedAfter) && !modifiedAfter,
  };
}

export function queueSearchParams(search: QueueSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.modifiedAfter) params.set('modifiedafter', search.modifiedAfter);
  if (search.status !== 'all') params.set('status', search.status);
  if (search.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(search.limit));
  if (search.offset) {
    params.set('offset', search.offset);
    params.set('page', String(search.page));
  }
  return params;
}

const withQuery = (path: string, search: QueueSearch) => {
  const query = queueSearchParams(search).toString();
  return query ? `${path}?${query}` : path;
};

export const queuePath = (search: QueueSearch) => withQuery(routePaths.taxInvoices, search);

/** Ids hold `$` and may hold anything else Concur puts in them: always encoded. */
export const invoicePath = (id: string, search: QueueSearch) => withQuery(`${routePaths.taxInvoices}/${encodeURIComponent(id)}`, search);

/** Changing a filter starts again from the first page (cursors belong to one filter). */
export const firstPage = (search: QueueSearch): QueueSearch => ({ ...search, offset: undefined, page: 1 });
