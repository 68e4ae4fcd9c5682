import type { GridColDef } from '@mui/x-data-grid';
import type { Translate } from '../../../i18n/translate';
import type { AttendeeType } from '../api/attendee-type-schema';
import { NameLink } from './name-link';

interface ColumnOptions {
  t: Translate;
  /** Opens the detail (the name link, in this tab). */
  onOpen: (type: AttendeeType) => void;
  onDelete: (type: AttendeeType) => void;
}

/** The text a cell shows, also what the CSV holds for it. */
export function cellText(type: AttendeeType, field: string, t: Translate): string {
  switch (field) {
    case 'ConnectorID':
      return type.ConnectorID || t('attendeeTypes.connector.expenseDatabase');
    case 'DuplicateSearchFields':
      return type.DuplicateSearchFields.join('; ');
    case 'AllowManuallyEnteredAttendees':
    case 'AllowAttendeeCountEditing':
      return type[field] ? t('attendeeTypes.yes') : t('attendeeTypes.no');
    case 'ID':
    case 'Name':
    case 'Code':
    case 'AttendeeFormID':
      return type[field];
    default:
      return '';
  }
}

/** DeleteOutlined from Material Icons, drawn inline: an SvgIcon per row is one more styled component to render. */
const DELETE_ICON_PATH = 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM8 9h8v10H8zm7.5-5-1-1h-5l-1 1H5v2h14V4z';

/**
 * Cells render plain elements (styled once for the whole grid in attendee-types-grid), so a page of rows renders
 * fast. Nothing here changes with the page, so paging never rebuilds the grid's columns.
 */
export function attendeeTypeColumns({ t, onOpen, onDelete }: ColumnOptions): GridColDef<AttendeeType>[] {
  const text = (field: keyof AttendeeType) => (_value: unknown, row: AttendeeType) => cellText(row, field, t);
  return [
    {
      field: 'Name',
      headerName: t('attendeeTypes.field.name'),
      flex: 1.4,
      minWidth: 200,
      renderCell: ({ row, tabIndex }) => <NameLink type={row} tabIndex={tabIndex} onOpen={onOpen} />,
    },
    { field: 'Code', headerName: t('attendeeTypes.field.code'), flex: 1, minWidth: 140 },
    { field: 'AttendeeFormID', headerName: t('attendeeTypes.field.attendeeForm'), flex: 1, minWidth: 160 },
    {
      field: 'ConnectorID',
      headerName: t('attendeeTypes.field.connector'),
      description: t('attendeeTypes.field.connectorHelp'),
      flex: 1,
      minWidth: 160,
      valueGetter: text('ConnectorID'),
      renderCell: ({ row }) => row.ConnectorID || <span className="attendee-type-muted">{t('attendeeTypes.connector.expenseDatabase')}</span>,
    },
    {
      field: 'DuplicateSearchFields',
      headerName: t('attendeeTypes.field.duplicateSearchFields'),
      flex: 1.6,
      minWidth: 220,
      sortable: false,
      valueGetter: text('DuplicateSearchFields'),
      renderCell: ({ row }) => (
        <span className="attendee-type-chips" title={row.DuplicateSearchFields.join(', ')}>
          {row.DuplicateSearchFields.map((field) => (
            <span key={field} className="attendee-type-chip">
              {field}
            </span>
          ))}
        </span>
      ),
    },
    { field: 'AllowManuallyEnteredAttendees', headerName: t('attendeeTypes.field.manualEntry'), width: 150, valueGetter: text('AllowManuallyEnteredAttendees') },
    { field: 'AllowAttendeeCountEditing', headerName: t('attendeeTypes.field.countEditing'), width: 150, valueGetter: text('AllowAttendeeCountEditing') },
    { field: 'ID', headerName: t('attendeeTypes.field.id'), flex: 1, minWidth: 200, sortable: false },
    {
      field: 'actions',
      headerName: t('attendeeTypes.actions'),
      width: 90,
      sortable: false,
      disableColumnMenu: true,
      disableExport: true,
      renderCell: ({ row, tabIndex }) => (
        <button type="button" className="attendee-type-delete" tabIndex={tabIndex} aria-label={t('attendeeTypes.delete.label', { name: row.Name })} onClick={() => onDelete(row)}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={DELETE_ICON_PATH} />
          </svg>
        </button>
      ),
    },
  ];
}
