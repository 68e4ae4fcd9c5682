import { useCallback, useMemo, useRef } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { taxInvoiceKeys, taxInvoiceListOptions } from '../api/tax-invoice-queries';
import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import type { QueuedDecision } from '../decisions/decision-queue';
import { listParams } from '../queue/page-cursors';
import type { QueueSearch } from '../queue/queue-search';
import { latestSessionDecisions, matchesStatusFilter, rowStatus } from '../queue/row-status';
import { useQueueDetails } from '../queue/use-queue-details';
import { useVisibleRows } from '../queue/use-visible-rows';

/** The page of the queue, the details of the rows around what is on screen, and each row's status under the filters. */
export function useReviewQueue(search: QueueSearch, currentId: string | undefined, decisions: readonly QueuedDecision[]) {
  const queryClient = useQueryClient();
  const list = useQuery({ ...taxInvoiceListOptions(listParams(search)), placeholderData: keepPreviousData });
  const items = useMemo(() => list.data?.Items ?? [], [list.data]);
  const ids = useMemo(() => items.map((item) => item.ID), [items]);
  const containerRef = useRef<HTMLDivElement>(null);
  const range = useVisibleRows(containerRef, ids.join(','));
  const filtered = search.status !== 'all';
  const always = useMemo(() => new Set(currentId ? [currentId] : []), [currentId]);
  // With a status filter on, the whole page's details are needed to know which rows match.
  const details = useQueueDetails(ids, filtered ? 0 : range.first, filtered ? ids.length : range.last, always);
  const sessionLatest = useMemo(() => latestSessionDecisions(decisions), [decisions]);

  const statusOf = useCallback(
    (id: string) => rowStatus(details.get(id)?.data ?? queryClient.getQueryData<TaxInvoiceDetail>(taxInvoiceKeys.detail(id)), sessionLatest.get(id)),
    [details, queryClient, sessionLatest],
  );
  const matches = useCallback((id: string) => matchesStatusFilter(statusOf(id), search.status), [search.status, statusOf]);
  const shownIds = useMemo(() => new Set(ids.filter(matches)), [ids, matches]);

  const statuses = ids.map(statusOf);
  const decided = statuses.filter((status) => status.kind === 'decided');
  const progress = {
    decided: decided.length,
    total: ids.length,
    invalid: decided.filter((status) => status.kind === 'decided' && status.status === 'INVLD').length,
    loaded: ids.filter((id) => details.get(id)?.data).length,
  };

  return { list, items, ids, containerRef, details, statusOf, matches, shownIds, filtered, progress };
}
