import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import { attendeeTypeQueries } from '../api/attendee-type-queries';
import { cursorOf, rememberCursor } from '../view/cursor-map';
import type { TableView } from '../view/table-view';
import type { ShowView } from './use-table-view';

/**
 * The page of the view: the previous page stays on screen while the next loads, the page after it is prefetched, and
 * every cursor seen is remembered so Previous works without walking again.
 */
export function useAttendeeTypesPage(view: TableView, showView: ShowView) {
  const queryClient = useQueryClient();
  const notify = useNotifications();
  const { t } = useI18n();
  const cursor = view.page === 1 ? '' : (view.cursor ?? cursorOf(view.size, view.page));
  const query = useQuery({
    ...attendeeTypeQueries.list({ limit: view.size, offset: cursor || undefined }),
    placeholderData: keepPreviousData,
    enabled: cursor !== undefined,
    // Failures show inline next to the table (with Retry), not on the route's error page.
    throwOnError: false,
  });
  const current = query.isPlaceholderData ? undefined : query.data;
  const nextOffset = current?.nextOffset ?? undefined;

  // A page past 1 with no cursor anywhere (a hand-made URL) cannot be reached directly: start from the first page.
  useEffect(() => {
    if (cursor === undefined) showView({ ...view, page: 1, cursor: undefined }, { replace: true });
  }, [cursor, showView, view]);

  useEffect(() => {
    if (cursor) rememberCursor(view.size, view.page, cursor);
    if (nextOffset) rememberCursor(view.size, view.page + 1, nextOffset);
  }, [cursor, nextOffset, view.page, view.size]);

  useEffect(() => {
    if (nextOffset) void queryClient.prefetchQuery(attendeeTypeQueries.list({ limit: view.size, offset: nextOffset }));
  }, [nextOffset, queryClient, view.size]);

  const [walking, setWalking] = useState(false);
  const goNext = () => {
    if (nextOffset) showView({ ...view, page: view.page + 1, cursor: nextOffset });
  };
  const goPrevious = async () => {
    const target = view.page - 1;
    if (target < 1) return;
    const known = cursorOf(view.size, target);
    if (known !== undefined) return showView({ ...view, page: target, cursor: known || undefined });
    // The cursor of that page was never seen in this tab (a link from elsewhere): walk from the first page to it.
    setWalking(true);
    try {
      let offset: string | undefined;
      for (let page = 1; page < target; page += 1) {
        const loaded = await queryClient.fetchQuery(attendeeTypeQueries.list({ limit: view.size, offset }));
        if (!loaded.nextOffset) return showView({ ...view, page, cursor: offset });
        offset = loaded.nextOffset;
        rememberCursor(view.size, page + 1, offset);
      }
      showView({ ...view, page: target, cursor: offset });
    } catch (error) {
      notify({ message: t('attendeeTypes.paging.walkFailed', { reason: toDisplayMessage(error, t) }), severity: 'error' });
    } finally {
      setWalking(false);
    }
  };

  return {
    query,
    rows: query.data?.items,
    hasNextPage: Boolean(query.data?.nextOffset),
    canGoNext: Boolean(nextOffset) && !query.isPlaceholderData,
    canGoPrevious: view.page > 1 && !walking,
    walking,
    goNext,
    goPrevious,
  };
}
