import { useEffect, useRef } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import { formatQuantity, separatorsFor, type ReceiptBody } from '../model/receipt-rules';
import { dateValue } from '../model/receipt-form-values';

interface SavedProps {
  body: ReceiptBody;
  onAnotherLine: () => void;
  onNew: () => void;
}

/** What Concur saved, with the two ways on; it takes focus so keyboard and screen-reader users hear it. */
export function SavedConfirmation({ body, onAnotherLine, onNew }: SavedProps) {
  const { t, locale, formatDate } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [body]);
  const date = dateValue(body.ReceivedDate ?? '');
  const detail = t('poReceipts.saved.detail', {
    po: body.PurchaseOrderNumber,
    line: body.LineItemExternalID,
    goodsReceiptNumber: body.GoodsReceiptNumber || t('poReceipts.existing.noNumber'),
    quantity: body.ReceivedQuantity
      ? `${formatQuantity(body.ReceivedQuantity, separatorsFor(locale))} ${body.UnitOfMeasureCode ?? ''}`.trim()
      : t('poReceipts.saved.noQuantity'),
    date: date ? formatDate(date.toDate(), { dateStyle: 'long' }) : t('poReceipts.saved.noDate'),
  });
  return (
    <Alert ref={ref} tabIndex={-1} severity="success" sx={{ mb: 2 }} role="status">
      <AlertTitle component="h2" sx={{ fontSize: '1rem' }}>
        {t('poReceipts.saved.title')}
      </AlertTitle>
      <Typography sx={{ mb: 1.5, overflowWrap: 'anywhere' }}>{detail}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1 }}>
        <Button variant="contained" onClick={onAnotherLine}>
          {t('poReceipts.saved.another')}
        </Button>
        <Button onClick={onNew}>{t('poReceipts.saved.new')}</Button>
      </Stack>
    </Alert>
  );
}

interface SendErrorProps {
  error: unknown;
  canRetry: boolean;
  retrying: boolean;
  onRetry: () => void;
}

/** Network trouble, a time-out or a 5xx: nothing typed is lost, and Retry resends the identical body. */
export function SendError({ error, canRetry, retrying, onRetry }: SendErrorProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);
  const correlationId = isConcurError(error) ? error.correlationId : undefined;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      severity="error"
      sx={{ mb: 2 }}
      action={
        canRetry && (
          <Button color="inherit" onClick={onRetry} disabled={retrying}>
            {t('poReceipts.sendError.retry')}
          </Button>
        )
      }
    >
      <AlertTitle component="h2" sx={{ fontSize: '1rem' }}>
        {t('poReceipts.sendError.title')}
      </AlertTitle>
      <Typography sx={{ overflowWrap: 'anywhere' }}>{toDisplayMessage(error, t)}</Typography>
      <Typography variant="body2">{t('poReceipts.sendError.kept')}</Typography>
      {correlationId && <Typography variant="body2" color="text.secondary">{t('error.reference', { id: correlationId })}</Typography>}
    </Alert>
  );
}
