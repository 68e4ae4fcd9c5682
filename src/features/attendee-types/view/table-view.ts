/**
 * The table's view lives in the URL (decision 003): page number, Concur's cursor for that page, page size, quick search
 * and sort. Defaults are left out so `/attendee-types` is the plain first page.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

export const SORT_FIELDS = ['Name', 'Code', 'AttendeeFormID', 'ConnectorID', 'AllowManuallyEnteredAttendees', 'AllowAttendeeCountEditing'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface TableSort {
  field: SortField;
  direction: 'asc' | 'desc';
}

export interface TableView {
  /** 1-based. */
  page: number;
  size: PageSize;
  /** Concur's opaque offset for this page; undefined on page 1 (or when the URL lost it). */
  cursor?: string;
  q: string;
  sort?: TableSort;
}

const MAX_PAGE = 100_000;
const MAX_QUERY_LENGTH = 200;

function readSort(value: string | null): TableSort | undefined {
  const match = /^(\w+)\.(asc|desc)$/.exec(value ?? '');
  const field = SORT_FIELDS.find((candidate) => candidate === match?.[1]);
  return field && match ? { field, direction: match[2] === 'desc' ? 'desc' : 'asc' } : undefined;
}

/** Anything malformed falls back to the default rather than failing: a hand-edited URL still opens the table. */
export function parseView(search: string): TableView {
  const params = new URLSearchParams(search);
  const pageNumber = Number(params.get('page'));
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : 1;
  const size = PAGE_SIZES.find((candidate) => String(candidate) === params.get('size')) ?? DEFAULT_PAGE_SIZE;
  const cursor = page > 1 ? params.get('cursor') || undefined : undefined;
  return { page, size, cursor, q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), sort: readSort(params.get('sort')) };
}

export function viewSearch(view: TableView): string {
  const params = new URLSearchParams();
  if (view.page > 1) params.set('page', String(view.page));
  if (view.page > 1 && view.cursor) params.set('cursor', view.cursor);
  if (view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size));
  if (view.q) params.set('q', view.q);
  if (view.sort) params.set('sort', `${view.sort.field}.${view.sort.direction}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}
