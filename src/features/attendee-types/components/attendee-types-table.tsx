import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { GridPreferencePanelsValue, useGridApiRef } from '@mui/x-data-grid';
import { PageContainer } from '../../../components/page-container';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import { attendeeTypeKeys } from '../api/attendee-type-queries';
import type { AttendeeType } from '../api/attendee-type-schema';
import { visibleRows } from '../view/rows';
import { loadPreferences, savePreferences, type Density, type TablePreferences } from '../view/table-preferences';
import { DEFAULT_PAGE_SIZE, type TableSort } from '../view/table-view';
import { AttendeeTypesGrid } from './attendee-types-grid';
import { DetailLinkState, detailPath, rememberReturnPoint } from './detail-navigation';
import { ExportDialog } from './export-dialog';
import { PageActions } from './page-actions';
import { PaginationBar } from './pagination-bar';
import { TableLoadError } from './table-load-error';
import { TableShortcuts } from './table-shortcuts';
import { TableSkeleton } from './table-skeleton';
import { TableToolbar } from './table-toolbar';
import { useAttendeeTypesPage } from './use-attendee-types-page';
import { useReturnFocus } from './use-return-focus';
import { useRowSelection } from './use-row-selection';
import { useTableView } from './use-table-view';

interface AttendeeTypesTableProps {
  detailOpen: boolean;
  requestDelete: (type: AttendeeType, beforeDelete?: () => void) => Promise<boolean>;
}

/**
 * The table, its tools and paging. Callbacks handed to the grid and toolbar are stable (they read the view from the
 * URL when called), so a page change re-renders only what shows the page.
 */
export function AttendeeTypesTable({ detailOpen, requestDelete }: AttendeeTypesTableProps) {
  const { t, locale } = useI18n();
  const userId = useSignedInSession().user.id;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { view, showView, updateView } = useTableView();
  const paging = useAttendeeTypesPage(view, showView);
  const apiRef = useGridApiRef();
  const searchRef = useRef<HTMLInputElement>(null);
  const [preferences, setPreferences] = useState(() => loadPreferences(userId));
  const [exportOpen, setExportOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const { query, rows: pageRows } = paging;
  const rows = useMemo(() => visibleRows(pageRows ?? [], view.q, view.sort, locale), [pageRows, view.q, view.sort, locale]);
  const selection = useRowSelection(pageRows);
  const { forget } = selection;
  useReturnFocus(apiRef, pageRows, detailOpen);

  const changePreferences = useCallback(
    (next: TablePreferences) => {
      setPreferences(next);
      savePreferences(userId, next);
    },
    [userId],
  );
  const changeDensity = useCallback((density: Density) => changePreferences({ ...preferences, density }), [changePreferences, preferences]);
  const openRow = useCallback(
    (type: AttendeeType) => {
      rememberReturnPoint(type.ID);
      void navigate(detailPath(type.ID, window.location.search), { state: DetailLinkState });
    },
    [navigate],
  );
  const deleteRow = useCallback((type: AttendeeType) => void requestDelete(type, () => forget(type.ID)), [requestDelete, forget]);
  const commitSearch = useCallback((q: string, options: { replace: boolean }) => updateView({ q }, options), [updateView]);
  const showColumns = useCallback(() => apiRef.current?.showPreferences(GridPreferencePanelsValue.columns), [apiRef]);
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: attendeeTypeKeys.lists() }), [queryClient]);
  const resetView = useCallback(() => showView({ page: 1, size: DEFAULT_PAGE_SIZE, q: '', sort: undefined }), [showView]);
  const openExport = useCallback(() => setExportOpen(true), []);
  const changeSort = useCallback((sort: TableSort | undefined) => updateView({ sort }), [updateView]);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const emptyLabel =
    view.q && pageRows?.length ? t('attendeeTypes.empty.noMatches', { q: view.q }) : t(view.page > 1 ? 'attendeeTypes.empty.page' : 'attendeeTypes.empty.none');

  return (
    <PageContainer
      title={t('area.attendeeTypes.title')}
      description={t('area.attendeeTypes.description')}
      actions={<PageActions onExport={openExport} exportDisabled={pageRows === undefined} onShowShortcuts={openShortcuts} />}
    >
      <TableToolbar
        q={view.q}
        onSearchCommit={commitSearch}
        searchRef={searchRef}
        searchHelp={t('attendeeTypes.search.help', { count: pageRows?.length ?? 0 })}
        density={preferences.density}
        onDensityChange={changeDensity}
        onShowColumns={showColumns}
        onRefresh={refresh}
        refreshing={query.isFetching}
        onResetView={resetView}
      />
      {query.isError && <TableLoadError error={query.error} hasData={pageRows !== undefined} onRetry={() => void query.refetch()} />}
      {pageRows === undefined && !query.isError && <TableSkeleton />}
      {pageRows !== undefined && (
        <Box sx={{ display: 'flex', flexDirection: 'column' }}>
          <AttendeeTypesGrid
            apiRef={apiRef}
            rows={rows}
            loading={query.isFetching || paging.walking}
            pageSize={view.size}
            sort={view.sort}
            onSortChange={changeSort}
            preferences={preferences}
            onPreferencesChange={changePreferences}
            selection={selection.model}
            onSelectionChange={selection.onChange}
            emptyLabel={emptyLabel}
            onOpen={openRow}
            onDelete={deleteRow}
          />
        </Box>
      )}
      <PaginationBar
        page={view.page}
        size={view.size}
        hasNextPage={query.data && !query.isPlaceholderData ? paging.hasNextPage : undefined}
        selectedCount={selection.selectedRows.length}
        canGoPrevious={paging.canGoPrevious}
        canGoNext={paging.canGoNext}
        busy={paging.walking}
        onPrevious={() => void paging.goPrevious()}
        onNext={paging.goNext}
        onSizeChange={(size) => updateView({ size, page: 1, cursor: undefined })}
      />
      <TableShortcuts
        enabled={!detailOpen && !exportOpen}
        dialogOpen={shortcutsOpen}
        onDialogOpenChange={setShortcutsOpen}
        onFocusSearch={() => searchRef.current?.focus()}
        onNext={paging.canGoNext ? paging.goNext : undefined}
        onPrevious={paging.canGoPrevious ? paging.goPrevious : undefined}
      />
      {/* Mounted only while open: closed, it would still re-render with every page. */}
      {exportOpen && <ExportDialog onClose={() => setExportOpen(false)} view={view} pageRows={rows} selectedRows={selection.selectedRows} apiRef={apiRef} />}
    </PageContainer>
  );
}
