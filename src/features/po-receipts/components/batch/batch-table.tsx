import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../../../../i18n/i18n-context';
import type { BatchRow as Row } from '../../model/batch-state';
import type { ReceiptField } from '../../model/receipt-fields';
import type { Problems } from '../../model/receipt-rules';
import { useFieldLabel } from '../use-field-label';
import { BatchRow } from './batch-row';

// Pixel sizes as strings: in `sx` a bare 1 means 100%, which made this "hidden" text as wide as its container.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

interface BatchTableProps {
  rows: readonly { row: Row; number: number; problems: Problems }[];
  columns: readonly ReceiptField[];
  onEdit: (id: string, field: ReceiptField, value: string) => void;
  onRemove: (id: string) => void;
}

/** The editable grid: a plain table of inputs, so every cell is reachable with Tab and read with its column and row. */
export function BatchTable({ rows, columns, onEdit, onRemove }: BatchTableProps) {
  const { t } = useI18n();
  const label = useFieldLabel();
  return (
    <TableContainer sx={{ maxHeight: '70vh', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={t('poReceipts.batch.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('poReceipts.batch.row')}</TableCell>
            <TableCell>{t('poReceipts.batch.result')}</TableCell>
            {columns.map((field) => (
              <TableCell key={field}>{label(field)}</TableCell>
            ))}
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                {t('poReceipts.existing.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ row, number, problems }) => (
            <BatchRow key={row.id} row={row} number={number} columns={columns} problems={problems} onEdit={onEdit} onRemove={onRemove} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
