import { createContext, memo, useCallback, useContext, useMemo, useState, type RefObject } from 'react';
import {
  DataGrid,
  GridOverlay,
  type GridApi,
  type GridCellParams,
  type GridColumnVisibilityModel,
  type GridEventListener,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { esES } from '@mui/x-data-grid/locales';
import { useI18n } from '../../../i18n/i18n-context';
import type { AttendeeType } from '../api/attendee-type-schema';
import { SORT_FIELDS, type TableSort } from '../view/table-view';
import type { Density, TablePreferences } from '../view/table-preferences';
import { attendeeTypeColumns } from './attendee-type-columns';
import { GRID_SX } from './attendee-types-grid-styles';
import { readCspNonce } from '../../../lib/csp/csp-nonce';
import { RowCheckbox } from './row-checkbox';

interface AttendeeTypesGridProps {
  apiRef: RefObject<GridApi | null>;
  rows: AttendeeType[];
  loading: boolean;
  pageSize: number;
  sort: TableSort | undefined;
  onSortChange: (sort: TableSort | undefined) => void;
  preferences: TablePreferences;
  onPreferencesChange: (preferences: TablePreferences) => void;
  selection: GridRowSelectionModel;
  onSelectionChange: (selection: GridRowSelectionModel) => void;
  emptyLabel: string;
  /** A row opened by a click, the name link or Enter. */
  onOpen: (type: AttendeeType) => void;
  onDelete: (type: AttendeeType) => void;
}

const NOT_OPENING = new Set(['__check__', 'actions']);
// Stable references: the grid recomputes its state when these change identity.
const rowId = (row: AttendeeType) => row.ID;
const SLOT_PROPS = { loadingOverlay: { variant: 'linear-progress' } } as const;
/** The empty-state text changes with the view; through a context it does not change the grid's props. */
const EmptyLabel = createContext('');
const NoRowsOverlay = () => <GridOverlay>{useContext(EmptyLabel)}</GridOverlay>;
const SLOTS = { noRowsOverlay: NoRowsOverlay, rowCheckbox: RowCheckbox };
const insideLink = (target: EventTarget | null) => target instanceof Element && target.closest('a') !== null;

/**
 * The DataGrid in server mode: it shows the rows it is given (one Concur page, searched and sorted by the caller) and
 * reports sort, column and density choices back. Paging lives outside it, since Concur has no row count.
 */
export const AttendeeTypesGrid = memo(function AttendeeTypesGrid(props: AttendeeTypesGridProps) {
  const { t, locale } = useI18n();
  const { preferences, onPreferencesChange, onOpen, onDelete, sort, onSortChange, pageSize, rows } = props;
  const columns = useMemo(() => attendeeTypeColumns({ t, onOpen, onDelete }), [t, onOpen, onDelete]);
  const localeText = useMemo(() => (locale === 'es-MX' ? esES.components.MuiDataGrid.defaultProps.localeText : undefined), [locale]);
  const [nonce] = useState(readCspNonce);
  const paginationModel = useMemo(() => ({ page: 0, pageSize: Math.max(pageSize, rows.length, 1) }), [pageSize, rows.length]);
  const sortModel: GridSortModel = useMemo(() => (sort ? [{ field: sort.field, sort: sort.direction }] : []), [sort]);
  const columnVisibilityModel = useMemo(
    () => Object.fromEntries(preferences.hiddenColumns.map((field) => [field, false])),
    [preferences.hiddenColumns],
  );

  const open = useCallback(
    (params: GridCellParams<AttendeeType>, target: EventTarget | null) => {
      if (NOT_OPENING.has(params.field) || insideLink(target)) return false;
      onOpen(params.row);
      return true;
    },
    [onOpen],
  );
  const onCellClick: GridEventListener<'cellClick'> = useCallback((params, event) => void open(params, event.target), [open]);
  const onCellKeyDown: GridEventListener<'cellKeyDown'> = useCallback(
    (params, event) => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && open(params, event.target)) event.defaultMuiPrevented = true;
    },
    [open],
  );
  const onSortModelChange = useCallback(
    (model: GridSortModel) => {
      const [first] = model;
      const field = SORT_FIELDS.find((candidate) => candidate === first?.field);
      onSortChange(field && first?.sort ? { field, direction: first.sort } : undefined);
    },
    [onSortChange],
  );
  const onColumnVisibilityModelChange = useCallback(
    (model: GridColumnVisibilityModel) =>
      onPreferencesChange({ ...preferences, hiddenColumns: Object.keys(model).filter((field) => model[field] === false) }),
    [onPreferencesChange, preferences],
  );
  const onDensityChange = useCallback((density: Density) => onPreferencesChange({ ...preferences, density }), [onPreferencesChange, preferences]);

  return (
    <EmptyLabel.Provider value={props.emptyLabel}>
      <DataGrid
        apiRef={props.apiRef}
        nonce={nonce}
        aria-label={t('attendeeTypes.table.label')}
        rows={rows}
        columns={columns}
        getRowId={rowId}
        loading={props.loading}
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        rowCount={rows.length}
        paginationModel={paginationModel}
        hideFooter
        disableColumnFilter
        checkboxSelection
        keepNonExistentRowsSelected
        disableRowSelectionOnClick
        rowSelectionModel={props.selection}
        onRowSelectionModelChange={props.onSelectionChange}
        sortModel={sortModel}
        onSortModelChange={onSortModelChange}
        columnVisibilityModel={columnVisibilityModel}
        onColumnVisibilityModelChange={onColumnVisibilityModelChange}
        density={preferences.density}
        onDensityChange={onDensityChange}
        localeText={localeText}
        onCellClick={onCellClick}
        onCellKeyDown={onCellKeyDown}
        slots={SLOTS}
        sx={GRID_SX}
        slotProps={SLOT_PROPS}
      />
    </EmptyLabel.Provider>
  );
});
