import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../../../i18n/i18n-context';
import type { Receipt } from '../api/receipt-schemas';
import type { ReceiptKey } from '../api/receipts-api';
import { formatQuantity, separatorsFor } from '../model/receipt-rules';
import { dateValue } from '../model/receipt-form-values';
import { useDeleteWithConfirm } from './use-delete-with-confirm';

export const ROWS_PER_PAGE = 10;

interface ExistingReceiptsTableProps {
  purchaseOrderNumber: string;
  receipts: Receipt[];
  page: number;
  onPageChange: (page: number) => void;
  onOpen: (receipt: Receipt) => void;
  /** The receipt just saved from the form: marked, so the clerk sees it landed. */
  highlighted?: ReceiptKey;
}

export const keyOf = (receipt: Receipt): ReceiptKey => ({
  purchaseOrderNumber: receipt.PurchaseOrderNumber,
  lineItemExternalId: receipt.LineItemExternalID,
  goodsReceiptNumber: receipt.GoodsReceiptNumber ?? '',
});

export const isSameReceipt = (a: ReceiptKey, b: ReceiptKey) =>
  a.purchaseOrderNumber === b.purchaseOrderNumber && a.lineItemExternalId === b.lineItemExternalId && a.goodsReceiptNumber === b.goodsReceiptNumber;

export function ExistingReceiptsTable({ purchaseOrderNumber, receipts, page, onPageChange, onOpen, highlighted }: ExistingReceiptsTableProps) {
  const { t, locale, formatDate } = useI18n();
  const { remove, deleting } = useDeleteWithConfirm();
  const separators = separatorsFor(locale);
  const shown = receipts.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE);
  const received = (value: string | null | undefined) => {
    const code = (value ?? '').toUpperCase();
    return code === 'Y' || code === 'N' ? t(`poReceipts.isReceived.${code}`) : t('poReceipts.isReceived.none');
  };
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={t('poReceipts.existing.table', { po: purchaseOrderNumber })}>
          <TableHead>
            <TableRow>
              <TableCell>{t('poReceipts.field.lineItemExternalId')}</TableCell>
              <TableCell>{t('poReceipts.field.goodsReceiptNumber')}</TableCell>
              <TableCell>{t('poReceipts.existing.dateLocal')}</TableCell>
              <TableCell align="right">{t('poReceipts.field.receivedQuantity')}</TableCell>
              <TableCell>{t('poReceipts.field.isReceived')}</TableCell>
              <TableCell>{t('poReceipts.field.deliverySlipNumber')}</TableCell>
              <TableCell>{t('poReceipts.existing.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((receipt) => {
              const key = keyOf(receipt);
              const goodsReceiptNumber = key.goodsReceiptNumber || t('poReceipts.existing.noNumber');
              const date = dateValue(receipt.ReceivedDate ?? '');
              const isDeleting = deleting !== undefined && JSON.stringify(deleting) === JSON.stringify(key);
              return (
                <TableRow
                  key={receipt.ID ?? `${key.lineItemExternalId}|${key.goodsReceiptNumber}`}
                  selected={highlighted !== undefined && isSameReceipt(key, highlighted)}
                  aria-current={highlighted !== undefined && isSameReceipt(key, highlighted) ? 'true' : undefined}
                >
                  <TableCell>{receipt.LineItemExternalID}</TableCell>
                  <TableCell>{goodsReceiptNumber}</TableCell>
                  <TableCell>{date ? formatDate(date.toDate(), { dateStyle: 'medium' }) : (receipt.ReceivedDate ?? '')}</TableCell>
                  <TableCell align="right">
                    {receipt.ReceivedQuantity ? `${formatQuantity(receipt.ReceivedQuantity, separators)} ${receipt.UnitOfMeasureCode ?? ''}` : ''}
                  </TableCell>
                  <TableCell>{received(receipt.IsReceived)}</TableCell>
                  <TableCell>{receipt.DeliverySlipNumber ?? ''}</TableCell>
                  <TableCell>
                    <Stack direction="row" sx={{ gap: 1 }}>
                      <Button size="small" onClick={() => onOpen(receipt)} aria-label={t('poReceipts.existing.openLabel', { goodsReceiptNumber, line: key.lineItemExternalId })}>
                        {t('poReceipts.existing.open')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        disabled={isDeleting}
                        onClick={() => void remove(key)}
                        aria-label={t('poReceipts.existing.deleteLabel', { goodsReceiptNumber, line: key.lineItemExternalId })}
                      >
                        {t('poReceipts.existing.delete')}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {receipts.length > ROWS_PER_PAGE && (
        <TablePagination
          component="div"
          count={receipts.length}
          page={page}
          rowsPerPage={ROWS_PER_PAGE}
          rowsPerPageOptions={[ROWS_PER_PAGE]}
          onPageChange={(_event, next) => onPageChange(next)}
          labelDisplayedRows={({ from, to, count }) => t('poReceipts.existing.pageRange', { from, to, count })}
          getItemAriaLabel={(type) => (type === 'next' ? t('poReceipts.existing.nextPage') : t('poReceipts.existing.previousPage'))}
        />
      )}
    </>
  );
}
