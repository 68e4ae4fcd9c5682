import { queryOptions } from '@tanstack/react-query';
import { fetchAttendeeType, loadPage, type PageParams } from './attendee-type-requests';
import { takePreloadedPage } from './first-page-preload';

export const attendeeTypeKeys = {
  all: ['attendee-types'] as const,
  lists: () => [...attendeeTypeKeys.all, 'list'] as const,
  list: (params: PageParams) => [...attendeeTypeKeys.lists(), { limit: params.limit, offset: params.offset ?? '' }] as const,
  details: () => [...attendeeTypeKeys.all, 'detail'] as const,
  detail: (id: string) => [...attendeeTypeKeys.details(), id] as const,
};

export const attendeeTypeQueries = {
  list: (params: PageParams) =>
    queryOptions({
      queryKey: attendeeTypeKeys.list(params),
      queryFn: ({ signal }) => takePreloadedPage(params) ?? loadPage(params, signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: attendeeTypeKeys.detail(id),
      queryFn: ({ signal }) => fetchAttendeeType(id, signal),
    }),
};
