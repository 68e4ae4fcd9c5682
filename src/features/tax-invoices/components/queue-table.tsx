import type { RefObject } from 'react';
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../../../i18n/i18n-context';
import type { TaxInvoiceListItem } from '../api/tax-invoice-schemas';
import type { RowStatus } from '../queue/row-status';
import type { RowDetail } from '../queue/use-queue-details';
import { QueueRow } from './queue-row';

interface QueueTableProps {
  rows: readonly TaxInvoiceListItem[];
  /** Index of each row in the page (the status filter may hide some). */
  indexOf: (id: string) => number;
  hrefOf: (id: string) => string;
  currentId: string | undefined;
  selection: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  details: ReadonlyMap<string, RowDetail>;
  statusOf: (id: string) => RowStatus;
  containerRef: RefObject<HTMLDivElement | null>;
}

export function QueueTable({ rows, indexOf, hrefOf, currentId, selection, onToggle, onToggleAll, details, statusOf, containerRef }: QueueTableProps) {
  const { t } = useI18n();
  const selectedHere = rows.filter((row) => selection.has(row.ID)).length;
  return (
    // On a narrow screen the table scrolls sideways in its own box (its links and checkboxes are how a keyboard gets there).
    <TableContainer ref={containerRef}>
      {/* Narrow cells: beside an open invoice the queue has about 400 px at 1280 px, and its status must show. */}
      <Table size="small" aria-label={t('taxInvoices.queue.label')} sx={{ '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={rows.length > 0 && selectedHere === rows.length}
                indeterminate={selectedHere > 0 && selectedHere < rows.length}
                onChange={onToggleAll}
                slotProps={{ input: { 'aria-label': t('taxInvoices.queue.selectAll') } }}
              />
            </TableCell>
            <TableCell>{t('taxInvoices.queue.receiptColumn')}</TableCell>
            <TableCell align="right">{t('taxInvoices.queue.totalColumn')}</TableCell>
            <TableCell>{t('taxInvoices.queue.statusColumn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <QueueRow
              key={row.ID}
              item={row}
              index={indexOf(row.ID)}
              href={hrefOf(row.ID)}
              current={row.ID === currentId}
              selected={selection.has(row.ID)}
              onToggle={onToggle}
              detail={details.get(row.ID)?.data}
              detailFailed={details.get(row.ID)?.isError ?? false}
              status={statusOf(row.ID)}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
