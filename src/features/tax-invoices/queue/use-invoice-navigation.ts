import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { offsetFromNextPage } from '../../../lib/concur/next-page';
import { taxInvoiceDetailOptions, taxInvoiceListOptions } from '../api/tax-invoice-queries';
import { cursorForPage, listParams, rememberCursor } from './page-cursors';
import { invoicePath, queuePath, type QueueSearch } from './queue-search';

export type Neighbour = { id: string } | 'before-page' | 'after-page';

/** The next (or previous) row that matches the filters, in queue order, or the page boundary. */
export function neighbourOnPage(ids: readonly string[], currentId: string | undefined, step: 1 | -1, matches: (id: string) => boolean): Neighbour {
  const index = currentId === undefined ? -1 : ids.indexOf(currentId);
  const start = index === -1 ? (step === 1 ? 0 : ids.length - 1) : index + step;
  for (let candidate = start; candidate >= 0 && candidate < ids.length; candidate += step) {
    const id = ids[candidate] as string;
    if (matches(id)) return { id };
  }
  return step === 1 ? 'after-page' : 'before-page';
}

interface NavigationInput {
  search: QueueSearch;
  ids: readonly string[];
  nextPage: string | null | undefined;
  currentId: string | undefined;
  /** Whether an invoice passes the status filter; `needsDetails` says the answer depends on its loaded detail. */
  matches: (id: string) => boolean;
  needsDetails: boolean;
}

/**
 * j/k and auto-advance: the next or previous invoice under the current filters, across page boundaries through NextPage
 * (and the remembered cursors going back). The next invoice's detail is prefetched so it opens at once.
 */
export function useInvoiceNavigation({ search, ids, nextPage, currentId, matches, needsDetails }: NavigationInput) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const nextCursor = offsetFromNextPage(nextPage);

  const pickOnPage = useCallback(
    async (pageSearch: QueueSearch, step: 1 | -1) => {
      const page = await queryClient.fetchQuery(taxInvoiceListOptions(listParams(pageSearch)));
      const pageIds = page.Items.map((item) => item.ID);
      if (needsDetails) await Promise.allSettled(pageIds.map((id) => queryClient.ensureQueryData(taxInvoiceDetailOptions(id))));
      const found = neighbourOnPage(pageIds, undefined, step, matches);
      await navigate(typeof found === 'object' ? invoicePath(found.id, pageSearch) : queuePath(pageSearch));
    },
    [matches, navigate, needsDetails, queryClient],
  );

  const go = useCallback(
    async (step: 1 | -1): Promise<'moved' | 'end'> => {
      const found = neighbourOnPage(ids, currentId, step, matches);
      if (typeof found === 'object') {
        await navigate(invoicePath(found.id, search));
        return 'moved';
      }
      if (step === 1) {
        if (!nextCursor) return 'end';
        rememberCursor(queryClient, search, search.page + 1, nextCursor);
        await pickOnPage({ ...search, offset: nextCursor, page: search.page + 1 }, 1);
        return 'moved';
      }
      if (search.page <= 1) return 'end';
      const cursor = await cursorForPage(queryClient, search, search.page - 1);
      if (cursor === null) return 'end';
      await pickOnPage({ ...search, offset: cursor, page: search.page - 1 }, -1);
      return 'moved';
    },
    [currentId, ids, matches, navigate, nextCursor, pickOnPage, queryClient, search],
  );

  const upcoming = neighbourOnPage(ids, currentId, 1, matches);
  const upcomingId = typeof upcoming === 'object' ? upcoming.id : undefined;
  useEffect(() => {
    if (upcomingId) {
      void queryClient.prefetchQuery(taxInvoiceDetailOptions(upcomingId));
    } else if (nextCursor && currentId) {
      void queryClient.fetchQuery(taxInvoiceListOptions(listParams(search, nextCursor))).then(
        (page) => {
          const first = page.Items[0];
          if (first) void queryClient.prefetchQuery(taxInvoiceDetailOptions(first.ID));
        },
        () => undefined,
      );
    }
  }, [currentId, nextCursor, queryClient, search, upcomingId]);

  return { goNext: () => go(1), goPrevious: () => go(-1) };
}
