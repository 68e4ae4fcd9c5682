import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { useI18n } from '../../../i18n/i18n-context';
import { tripSearch } from '../model/search-params';
import { isGroupRow, type TableRow } from '../model/table-rows';
import { TripGroupCell } from './trip-group-cell';
import { useDateFormats } from './use-date-formats';

const place = (city: string, postal: string) => `${city} ${postal}`.trim();

/** The table's columns; a trip's header row spans them all. Values are formatted only for the rows on screen. */
export function useTableColumns(onToggleTrip: (tripId: string) => void): GridColDef<TableRow>[] {
  const { t } = useI18n();
  const formats = useDateFormats();
  return useMemo(() => {
    const columns: GridColDef<TableRow>[] = [
      {
        field: 'tripId',
        headerName: t('opportunities.table.column.trip'),
        width: 210,
        renderCell: ({ row, tabIndex }) =>
          isGroupRow(row) ? (
            <TripGroupCell row={row} tabIndex={tabIndex} onToggle={onToggleTrip} />
          ) : (
            <Link component={RouterLink} to={tripSearch(row.tripId)} tabIndex={tabIndex} sx={{ fontFamily: 'monospace' }}>
              {row.tripId}
            </Link>
          ),
      },
      {
        field: 'type',
        headerName: t('opportunities.table.column.type'),
        width: 100,
        valueGetter: (_value, row) => (isGroupRow(row) ? '' : t(`opportunities.type.${row.type}`)),
      },
      {
        field: 'isActive',
        headerName: t('opportunities.table.column.active'),
        width: 80,
        valueGetter: (_value, row) => (isGroupRow(row) ? '' : row.isActive ? t('opportunities.table.yes') : t('opportunities.table.no')),
      },
      {
        field: 'startLocal',
        headerName: t('opportunities.table.column.start'),
        width: 210,
        valueGetter: (_value, row) => (isGroupRow(row) ? '' : formats.wallDateTime(row.startWallMs)),
      },
      {
        field: 'endLocal',
        headerName: t('opportunities.table.column.end'),
        width: 210,
        valueGetter: (_value, row) => (isGroupRow(row) ? '' : formats.wallDateTime(row.endWallMs)),
      },
      {
        field: 'from',
        headerName: t('opportunities.table.column.from'),
        width: 120,
        valueGetter: (_value, row) => (isGroupRow(row) ? '' : place(row.startCity, row.startPostal)),
      },
      {
        field: 'to',
        headerName: t('opportunities.table.column.to'),
        width: 120,
        valueGetter: (_value, row) => (isGroupRow(row) ? '' : place(row.endCity, row.endPostal)),
      },
      {
        field: 'id',
        headerName: t('opportunities.table.column.id'),
        minWidth: 200,
        flex: 1,
        valueGetter: (_value, row) => (isGroupRow(row) ? '' : row.id),
      },
    ];
    const spanAll = columns.length;
    const [first] = columns;
    if (first) first.colSpan = (_value, row) => (isGroupRow(row) ? spanAll : undefined);
    return columns;
  }, [t, formats, onToggleTrip]);
}
