import type { QueryClient } from '@tanstack/react-query';
import { offsetFromNextPage } from '../../../lib/concur/next-page';
import { taxInvoiceListOptions } from '../api/tax-invoice-queries';
import type { QueueSearch } from './queue-search';

/** Page number → cursor, per filter: Concur only pages forward, so Previous needs what was seen on the way. */
const cursorMaps = new WeakMap<QueryClient, Map<string, Map<number, string | undefined>>>();

const filterKey = (search: QueueSearch) => JSON.stringify([search.modifiedAfter ?? '', search.limit]);

function cursorsOf(queryClient: QueryClient, search: QueueSearch): Map<number, string | undefined> {
  let byFilter = cursorMaps.get(queryClient);
  if (!byFilter) {
    byFilter = new Map();
    cursorMaps.set(queryClient, byFilter);
  }
  let cursors = byFilter.get(filterKey(search));
  if (!cursors) {
    cursors = new Map([[1, undefined]]);
    byFilter.set(filterKey(search), cursors);
  }
  return cursors;
}

export function rememberCursor(queryClient: QueryClient, search: QueueSearch, page: number, cursor: string | undefined): void {
  cursorsOf(queryClient, search).set(page, cursor);
}

/** The list query of a page of the queue: the search's own page, or the page at `offset` (undefined: the first page). */
export function listParams(search: QueueSearch, ...offset: [string | undefined] | []) {
  return { modifiedAfter: search.modifiedAfter, offset: offset.length === 0 ? search.offset : offset[0], limit: search.limit };
}

/**
 * The cursor of `page` under the current filter. Pages seen on the way are remembered; after a reload the walk starts from
 * the last known page and follows NextPage (each list page is only ids, so this is cheap). Null when there is no such page.
 */
export async function cursorForPage(queryClient: QueryClient, search: QueueSearch, page: number): Promise<string | undefined | null> {
  const cursors = cursorsOf(queryClient, search);
  if (cursors.has(page)) return cursors.get(page);
  let known = Math.max(...[...cursors.keys()].filter((candidate) => candidate < page));
  let cursor = cursors.get(known);
  while (known < page) {
    const result = await queryClient.fetchQuery(taxInvoiceListOptions(listParams(search, cursor)));
    cursor = offsetFromNextPage(result.NextPage);
    if (cursor === undefined) return null;
    known += 1;
    cursors.set(known, cursor);
  }
  return cursor;
}
