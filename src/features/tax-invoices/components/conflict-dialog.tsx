import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../../../i18n/i18n-context';
import type { FieldChange } from '../decisions/detect-changes';
import { formatWallTime } from './format';

interface ConflictDialogProps {
  open: boolean;
  receiptId: string;
  changes: readonly FieldChange[];
  onSend: () => void;
  onCancel: () => void;
}

/** The invoice changed in Concur since it was opened: what changed, and the admin's choice (never a silent overwrite). */
export function ConflictDialog({ open, receiptId, changes, onSend, onCancel }: ConflictDialogProps) {
  const { t, formatDate } = useI18n();
  const fieldName = (field: FieldChange['field']) =>
    ({
      Status: t('taxInvoices.conflict.fieldStatus'),
      Comment: t('taxInvoices.conflict.fieldComment'),
      LastModifiedDate: t('taxInvoices.conflict.fieldModified'),
      ReceiptData: t('taxInvoices.conflict.fieldDocument'),
    })[field];
  const show = (change: FieldChange, value: string) => {
    if (change.field === 'ReceiptData') return value === change.before ? t('taxInvoices.conflict.documentBefore') : t('taxInvoices.conflict.documentAfter');
    if (change.field === 'LastModifiedDate') return value ? t('taxInvoices.detail.utcTime', { time: formatWallTime(value, formatDate) }) : '—';
    return value || '—';
  };

  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="conflict-title" aria-describedby="conflict-message" maxWidth="md">
      <DialogTitle id="conflict-title">{t('taxInvoices.conflict.title', { receipt: receiptId })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-message">{t('taxInvoices.conflict.message')}</DialogContentText>
        <Table size="small" aria-label={t('taxInvoices.conflict.changes')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('taxInvoices.conflict.field')}</TableCell>
              <TableCell>{t('taxInvoices.conflict.before')}</TableCell>
              <TableCell>{t('taxInvoices.conflict.now')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.field}>
                <TableCell component="th" scope="row">{fieldName(change.field)}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{show(change, change.before)}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{show(change, change.after)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>{t('taxInvoices.conflict.cancel')}</Button>
        <Button onClick={onSend} variant="contained" color="warning">{t('taxInvoices.conflict.send')}</Button>
      </DialogActions>
    </Dialog>
  );
}
