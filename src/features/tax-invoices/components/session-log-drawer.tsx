import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { downloadFile } from '../../../lib/csv/download-file';
import { csvFileName, toCsv } from '../../../lib/csv/to-csv';
import type { QueuedDecision } from '../decisions/decision-queue';
import { usePhaseName } from './phase-name';
import { useStatusName } from './status-label';

interface SessionLogDrawerProps {
  open: boolean;
  onClose: () => void;
  decisions: readonly QueuedDecision[];
}

/** This session's decisions as this browser saw them: a local record to export, not Concur's audit trail. */
export function SessionLogDrawer({ open, onClose, decisions }: SessionLogDrawerProps) {
  const { t, formatDate } = useI18n();
  const statusName = useStatusName();
  const phaseName = usePhaseName();
  const newestFirst = [...decisions].reverse();
  const time = (at: number) => formatDate(new Date(at), { dateStyle: 'short', timeStyle: 'medium' });

  const exportCsv = () => {
    const header = [t('taxInvoices.log.timeUtc'), t('taxInvoices.log.receipt'), t('taxInvoices.log.invoiceId'), t('taxInvoices.log.status'), t('taxInvoices.log.comment'), t('taxInvoices.log.result'), t('taxInvoices.log.origin')];
    const rows = decisions.map((decision) => [
      new Date(decision.decidedAt).toISOString(),
      decision.receiptId,
      decision.invoiceId,
      decision.status,
      decision.comment,
      phaseName(decision.phase),
      decision.origin === 'bulk' ? t('taxInvoices.log.bulk') : t('taxInvoices.log.single'),
    ]);
    downloadFile(csvFileName(['tax-invoice-decisions', 'local-record']), toCsv(header, rows));
  };

  return (
    <Drawer anchor="right" open={open} onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', md: 720 } }, 'aria-labelledby': 'session-log-title' } }}>
      <Stack spacing={2} sx={{ p: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography id="session-log-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t('taxInvoices.log.title')}
          </Typography>
          <Button variant="outlined" onClick={exportCsv} disabled={decisions.length === 0}>{t('taxInvoices.log.export')}</Button>
          <Button onClick={onClose}>{t('taxInvoices.log.close')}</Button>
        </Stack>
        <Alert severity="info">{t('taxInvoices.log.localRecord')}</Alert>
        {decisions.length === 0 ? (
          <Typography color="text.secondary">{t('taxInvoices.log.empty')}</Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-labelledby="session-log-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t('taxInvoices.log.timeLocal')}</TableCell>
                  <TableCell>{t('taxInvoices.log.receipt')}</TableCell>
                  <TableCell>{t('taxInvoices.log.status')}</TableCell>
                  <TableCell>{t('taxInvoices.log.comment')}</TableCell>
                  <TableCell>{t('taxInvoices.log.result')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {newestFirst.map((decision) => (
                  <TableRow key={decision.key}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{time(decision.decidedAt)}</TableCell>
                    <TableCell>{decision.receiptId}</TableCell>
                    <TableCell>{statusName(decision.status)}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere', maxWidth: 260 }}>{decision.comment}</TableCell>
                    <TableCell>{phaseName(decision.phase)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Stack>
    </Drawer>
  );
}
