import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { TaxInvoiceDetail, TaxInvoiceListItem } from '../api/tax-invoice-schemas';
import { readInvoiceDocument } from '../cfdi/read-cfdi';
import type { RowStatus } from '../queue/row-status';
import { formatAmount, formatWallTime } from './format';
import { StatusLabel } from './status-label';

interface QueueRowProps {
  item: TaxInvoiceListItem;
  index: number;
  href: string;
  current: boolean;
  selected: boolean;
  onToggle: (id: string) => void;
  /** The loaded detail (the query cache's object, so unchanged rows skip rendering). */
  detail: TaxInvoiceDetail | undefined;
  detailFailed: boolean;
  status: RowStatus;
}

const sameStatus = (a: RowStatus, b: RowStatus) => JSON.stringify(a) === JSON.stringify(b);

/** Moving to the next invoice re-renders the page: only the rows whose data changed render again. */
const unchanged = (before: QueueRowProps, after: QueueRowProps) =>
  (Object.keys(after) as (keyof QueueRowProps)[]).every((key) => (key === 'status' ? sameStatus(before.status, after.status) : before[key] === after[key]));

export const QueueRow = memo(function QueueRow({ item, index, href, current, selected, onToggle, detail, detailFailed, status }: QueueRowProps) {
  const { t, formatNumber, formatDate } = useI18n();
  const reading = detail ? readInvoiceDocument(detail) : undefined;
  const cfdi = reading?.kind === 'cfdi' ? reading.cfdi : undefined;
  const loading = !detail && !detailFailed;

  return (
    <TableRow selected={current} data-row-index={index} hover>
      <TableCell padding="checkbox">
        <Checkbox checked={selected} onChange={() => onToggle(item.ID)} slotProps={{ input: { 'aria-label': t('taxInvoices.queue.select', { receipt: item.ConcurReceiptID }) } }} />
      </TableCell>
      <TableCell>
        <Link component={RouterLink} to={href} aria-current={current ? 'page' : undefined} sx={{ fontWeight: 600 }}>
          {item.ConcurReceiptID}
        </Link>
        {loading && <Skeleton width="80%" aria-hidden="true" />}
        {cfdi && (
          <>
            <Typography variant="body2" sx={{ overflowWrap: 'break-word' }}>{cfdi.issuer.name}</Typography>
            <Typography variant="caption" color="text.secondary">{cfdi.issuer.rfc}</Typography>
          </>
        )}
        {!detail && detailFailed && <Typography variant="caption" color="error">{t('taxInvoices.queue.detailFailed')}</Typography>}
        {reading && !cfdi && <Typography variant="caption" color="text.secondary">{t('taxInvoices.queue.unreadable')}</Typography>}
      </TableCell>
      <TableCell align="right">
        {loading && <Skeleton width={72} aria-hidden="true" />}
        {cfdi && (
          <>
            <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>{formatAmount(cfdi.total, cfdi.currency, formatNumber)}</Typography>
            <Typography variant="caption" color="text.secondary">{formatWallTime(cfdi.date, formatDate, false)}</Typography>
          </>
        )}
      </TableCell>
      <TableCell>
        <StatusLabel status={status} />
      </TableCell>
    </TableRow>
  );
}, unchanged);
