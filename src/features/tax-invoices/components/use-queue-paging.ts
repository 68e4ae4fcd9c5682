import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { offsetFromNextPage } from '../../../lib/concur/next-page';
import { cursorForPage, rememberCursor } from '../queue/page-cursors';
import { firstPage, invoicePath, type QueueSearch } from '../queue/queue-search';

/** Paging of the queue (stable callbacks, so the queue's unchanged parts skip rendering when another invoice opens). */
export function useQueuePaging(search: QueueSearch, nextPage: string | null | undefined, go: (to: QueueSearch) => void) {
  const queryClient = useQueryClient();
  const nextCursor = offsetFromNextPage(nextPage);
  const previous = useCallback(() => {
    void cursorForPage(queryClient, search, search.page - 1).then((offset) => {
      if (offset !== null) go({ ...search, offset, page: search.page - 1 });
    });
  }, [go, queryClient, search]);
  const next = useCallback(() => {
    if (!nextCursor) return;
    rememberCursor(queryClient, search, search.page + 1, nextCursor);
    go({ ...search, offset: nextCursor, page: search.page + 1 });
  }, [go, nextCursor, queryClient, search]);
  const changeLimit = useCallback((limit: number) => go(firstPage({ ...search, limit })), [go, search]);
  const hrefOf = useCallback((id: string) => invoicePath(id, search), [search]);
  return { previous, next, changeLimit, hrefOf };
}
