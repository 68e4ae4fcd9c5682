import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { routePaths } from '../../../config/route-paths';
import { parseView, viewSearch, type TableView } from '../view/table-view';

export type ShowView = (view: TableView, options?: { replace?: boolean }) => void;

interface PendingView {
  /** The address the change was made from; once the router shows another, the router is the truth again. */
  from: string;
  search: string;
}

/**
 * The table's view, read from and written to the URL; every change is a history entry unless `replace` is asked.
 * The router applies navigations as a transition; the table shows a change at once (an urgent update) and the
 * router's own update follows with the same view. `updateView` changes part of the view as the URL has it now.
 */
export function useTableView() {
  const location = useLocation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<PendingView | null>(null);
  if (pending && pending.from !== location.search) setPending(null);
  // The router's address as last rendered (window.location runs ahead of it while a navigation is applied).
  const routerSearch = useRef(location.search);
  useLayoutEffect(() => {
    routerSearch.current = location.search;
  }, [location.search]);
  const search = pending && pending.from === location.search ? pending.search : location.search;
  const view = useMemo(() => parseView(search), [search]);

  const showView: ShowView = useCallback(
    (next, options = {}) => {
      const nextSearch = viewSearch(next);
      setPending({ from: routerSearch.current, search: nextSearch });
      void navigate({ pathname: routePaths.attendeeTypes, search: nextSearch }, { replace: options.replace });
    },
    [navigate],
  );
  const updateView = useCallback(
    (patch: Partial<TableView>, options: { replace?: boolean } = {}) => showView({ ...parseView(window.location.search), ...patch }, options),
    [showView],
  );
  return { view, showView, updateView };
}
