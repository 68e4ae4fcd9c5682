import { useCallback, useId, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridSortModel } from '@mui/x-data-grid';
import { esES } from '@mui/x-data-grid/locales';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { downloadFile } from '../../../lib/csv/download-file';
import { readCspNonce } from '../../../lib/csp/csp-nonce';
import { csvFileName } from '../../../lib/csv/to-csv';
import type { OpportunityRequest } from '../api/fetch-opportunities';
import type { Opportunity } from '../api/opportunity-schema';
import type { BucketSize } from '../model/chart-buckets';
import { opportunitiesCsv } from '../model/csv-export';
import { DEFAULT_SORT, PAGE_SIZES, type ResultsView, type SortField } from '../model/search-params';
import { filterRows, groupByTrip, sortRows } from '../model/table-rows';
import { dayKeyMs } from '../model/utc-days';
import { TableToolbar } from './table-toolbar';
import { useTableColumns } from './table-columns';
import { useDateFormats } from './use-date-formats';

interface OpportunityTableProps {
  rows: readonly Opportunity[];
  periodSize: BucketSize;
  view: ResultsView;
  onViewChange: (change: Partial<ResultsView>) => void;
  request: OpportunityRequest;
}

/** Every opportunity in a virtualized grid; filters, sort, grouping and page live in the URL and are applied here. */
export function OpportunityTable({ rows, periodSize, view, onViewChange, request }: OpportunityTableProps) {
  const { t, locale } = useI18n();
  const formats = useDateFormats();
  const notify = useNotifications();
  const titleId = useId();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  // The grid writes a <style> of its own; the CSP blocks it without the page's nonce.
  const [nonce] = useState(readCspNonce);
  const toggleTrip = useCallback(
    (tripId: string) => setCollapsed((current) => (current.has(tripId) ? new Set([...current].filter((id) => id !== tripId)) : new Set([...current, tripId]))),
    [],
  );
  const columns = useTableColumns(toggleTrip);

  const filtered = useMemo(() => filterRows(rows, { type: view.tableType, period: view.period, periodSize }), [rows, view.tableType, view.period, periodSize]);
  const sorted = useMemo(() => sortRows(filtered, view.sort), [filtered, view.sort]);
  const tableRows = useMemo(() => (view.groupByTrip ? groupByTrip(sorted, collapsed) : sorted), [view.groupByTrip, sorted, collapsed]);
  // The grid is handed one page: the rows are already filtered and sorted here, so its cost stays the same for 25 or 5,000.
  const page = Math.min(view.page, Math.max(Math.ceil(tableRows.length / view.pageSize) - 1, 0));
  const pageRows = useMemo(() => tableRows.slice(page * view.pageSize, (page + 1) * view.pageSize), [tableRows, page, view.pageSize]);
  // Stable objects: a new sort model on every render reads to the grid as a sort change, which sends it back to page 1.
  const sortModel = useMemo<GridSortModel>(() => [{ field: view.sort.field, sort: view.sort.direction }], [view.sort.field, view.sort.direction]);
  const paginationModel = useMemo(() => ({ page, pageSize: view.pageSize }), [page, view.pageSize]);
  const periodLabel = view.period
    ? periodSize === 'day'
      ? formats.day(dayKeyMs(view.period))
      : t('opportunities.chart.weekOf', { date: formats.day(dayKeyMs(view.period)) })
    : undefined;

  const exportCsv = () => {
    const csv = opportunitiesCsv(sorted, {
      id: t('opportunities.table.column.id'),
      trip: t('opportunities.table.column.trip'),
      type: t('opportunities.table.column.type'),
      active: t('opportunities.table.column.active'),
      start: t('opportunities.table.column.start'),
      end: t('opportunities.table.column.end'),
      from: t('opportunities.table.column.from'),
      fromPostal: t('opportunities.table.column.fromPostal'),
      to: t('opportunities.table.column.to'),
      toPostal: t('opportunities.table.column.toPostal'),
    });
    const scope = request.kind === 'trip' ? [request.tripId] : [request.fromUtc.slice(0, 10), request.toUtc.slice(0, 10)];
    downloadFile(csvFileName(['opportunities', ...scope, view.tableType ?? '', view.period ?? '']), csv);
    notify({ message: t('opportunities.table.exported', { count: sorted.length }), severity: 'success' });
  };
  const gridText = locale === 'es-MX' ? esES.components.MuiDataGrid.defaultProps.localeText : undefined;

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {t('opportunities.table.title')}
      </Typography>
      <TableToolbar
        tableType={view.tableType}
        onTableTypeChange={(tableType) => onViewChange({ tableType, page: 0 })}
        periodLabel={periodLabel}
        onClearPeriod={() => onViewChange({ period: undefined, page: 0 })}
        groupByTrip={view.groupByTrip}
        onGroupByTripChange={(group) => onViewChange({ groupByTrip: group, page: 0 })}
        onExpandAll={() => setCollapsed(new Set())}
        onCollapseAll={() => setCollapsed(new Set(sorted.map((row) => row.tripId)))}
        shown={sorted.length}
        total={rows.length}
        onExport={exportCsv}
      />
      <Box sx={{ height: 600 }}>
        <DataGrid
          nonce={nonce}
          aria-label={t('opportunities.table.label')}
          rows={pageRows}
          rowCount={tableRows.length}
          paginationMode="server"
          columns={columns}
          density="compact"
          disableColumnFilter
          disableRowSelectionOnClick
          sortingMode="server"
          sortingOrder={['asc', 'desc']}
          sortModel={sortModel}
          onSortModelChange={(model) => {
            const [first] = model;
            const sort = first?.sort ? { field: first.field as SortField, direction: first.sort } : DEFAULT_SORT;
            onViewChange({ sort, page: 0 });
          }}
          pageSizeOptions={[...PAGE_SIZES]}
          paginationModel={paginationModel}
          onPaginationModelChange={(model) => onViewChange({ page: model.page, pageSize: model.pageSize })}
          getRowClassName={({ row }) => ('group' in row ? 'opportunities-trip-group' : '')}
          localeText={{ ...gridText, noRowsLabel: t('opportunities.table.noRows') }}
          sx={{ '& .opportunities-trip-group': { bgcolor: 'action.hover' } }}
        />
      </Box>
    </Box>
  );
}
