import { hashKey, queryOptions } from '@tanstack/react-query';
import { fetchAllOpportunities, type OpportunityRequest } from './fetch-opportunities';
import { reportPagingProgress } from './paging-progress';

/** A large answer is costly to fetch again: it stays fresh for five minutes, and Refresh fetches it on demand. */
export const OPPORTUNITIES_STALE_TIME_MS = 5 * 60_000;

export const opportunityKeys = {
  all: ['opportunities'] as const,
  lists: () => [...opportunityKeys.all, 'list'] as const,
  list: (params: OpportunityRequest) => [...opportunityKeys.lists(), params] as const,
};

export function opportunitiesQueryOptions(params: OpportunityRequest) {
  return queryOptions({
    queryKey: opportunityKeys.list(params),
    queryFn: ({ signal, queryKey }) => fetchAllOpportunities(params, signal, (progress) => reportPagingProgress(hashKey(queryKey), progress)),
    staleTime: OPPORTUNITIES_STALE_TIME_MS,
    // Thousands of rows: never fetched again just because the window regained focus.
    refetchOnWindowFocus: false,
    structuralSharing: false,
  });
}
