import { memo } from 'react';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { useI18n } from '../../../../i18n/i18n-context';
import type { BatchRow as Row } from '../../model/batch-state';
import type { ReceiptField } from '../../model/receipt-fields';
import type { Problems } from '../../model/receipt-rules';
import { problemText } from '../problem-text';
import { useFieldLabel } from '../use-field-label';
import { BatchRowStatus } from './batch-row-status';

const CELL_WIDTH: Partial<Record<ReceiptField, number>> = {
  purchaseOrderNumber: 170,
  lineItemExternalId: 90,
  receivedDate: 120,
  receivedQuantity: 110,
  unitOfMeasureCode: 70,
  isReceived: 60,
  goodsReceiptNumber: 170,
  deliverySlipNumber: 130,
  version: 60,
};

interface BatchRowProps {
  row: Row;
  number: number;
  columns: readonly ReceiptField[];
  problems: Problems;
  onEdit: (id: string, field: ReceiptField, value: string) => void;
  onRemove: (id: string) => void;
}

/**
 * One receipt of the batch: a cell per field, bad ones outlined in red and described by the reason listed in the
 * row's Result cell (the rule's, or Concur's for the field its error code names), and Remove.
 */
export const BatchRow = memo(function BatchRow({ row, number, columns, problems, onEdit, onRemove }: BatchRowProps) {
  const { t } = useI18n();
  const label = useFieldLabel();
  const locked = row.status === 'saved' || row.status === 'sending';
  const cellProblems: Problems = { ...problems };
  if (row.failure?.kind === 'concur' && !row.edited && row.failure.field && !cellProblems[row.failure.field]) {
    cellProblems[row.failure.field] = row.failure.messageKey as Problems[ReceiptField];
  }
  const listed = columns.filter((field) => cellProblems[field] !== undefined && row.status !== 'saved');
  const problemId = (field: ReceiptField) => `batch-${row.id}-${field}-problem`;
  return (
    <TableRow hover>
      <TableCell component="th" scope="row" sx={{ verticalAlign: 'top' }}>
        {number}
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top', minWidth: 260 }}>
        <BatchRowStatus row={row} />
        {listed.length > 0 && (
          <Typography component="ul" variant="caption" color="error" sx={{ m: 0, pl: 2 }}>
            {listed.map((field) => (
              <li key={field} id={problemId(field)}>
                {label(field)}: {problemText(t, cellProblems[field])}
              </li>
            ))}
          </Typography>
        )}
      </TableCell>
      {columns.map((field) => {
        const marked = listed.includes(field);
        return (
          <TableCell key={field} sx={{ verticalAlign: 'top', minWidth: CELL_WIDTH[field] ?? 120, px: 0.75 }}>
            <InputBase
              value={row.text[field]}
              onChange={(event) => onEdit(row.id, field, event.target.value)}
              readOnly={locked}
              error={marked}
              fullWidth
              inputProps={{
                'aria-label': t('poReceipts.batch.cellLabel', { column: label(field), row: String(number) }),
                'aria-invalid': marked,
                'aria-describedby': marked ? problemId(field) : undefined,
                spellCheck: false,
                autoComplete: 'off',
              }}
              sx={(theme) => ({
                px: 0.75,
                borderRadius: 1,
                border: marked ? 2 : 1,
                borderColor: marked ? theme.palette.error.main : theme.palette.divider,
                bgcolor: locked ? theme.palette.action.hover : undefined,
              })}
            />
          </TableCell>
        );
      })}
      <TableCell sx={{ verticalAlign: 'top' }}>
        <IconButton size="small" onClick={() => onRemove(row.id)} disabled={row.status === 'sending'} aria-label={t('poReceipts.batch.removeRow', { row: String(number) })}>
          <DeleteOutlinedIcon fontSize="small" />
        </IconButton>
      </TableCell>
    </TableRow>
  );
});
