import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import { receiptsForPoQuery } from '../api/receipt-queries';
import type { Receipt } from '../api/receipt-schemas';
import type { ReceiptKey } from '../api/receipts-api';
import { ExistingReceiptsTable, ROWS_PER_PAGE, isSameReceipt, keyOf } from './existing-receipts-table';

interface ExistingReceiptsProps {
  purchaseOrderNumber: string | undefined;
  onOpen: (receipt: Receipt) => void;
  /** The receipt just saved from the form: its page is shown and the row marked. */
  justSaved?: ReceiptKey;
}

/** What Concur already has for the typed PO, so a clerk sees it before adding; data first, then error, then loading. */
export function ExistingReceipts({ purchaseOrderNumber, onOpen, justSaved }: ExistingReceiptsProps) {
  const { t } = useI18n();
  const [page, setPage] = useState<{ po: string | undefined; index: number; followed?: string }>({ po: purchaseOrderNumber, index: 0 });
  const query = useQuery({
    ...receiptsForPoQuery(purchaseOrderNumber ?? ''),
    enabled: purchaseOrderNumber !== undefined,
    // A failure here must never replace the page (and the form being typed) with an error screen.
    throwOnError: false,
  });
  const pageIndex = page.po === purchaseOrderNumber ? page.index : 0;
  // Once a receipt just saved shows up in Concur's list, turn to its page (once per save; the clerk may page on).
  const savedKey = justSaved ? JSON.stringify(justSaved) : undefined;
  const savedIndex = justSaved && query.data ? query.data.findIndex((receipt) => isSameReceipt(keyOf(receipt), justSaved)) : -1;
  if (savedKey && savedIndex >= 0 && page.followed !== savedKey) {
    setPage({ po: purchaseOrderNumber, index: Math.floor(savedIndex / ROWS_PER_PAGE), followed: savedKey });
  }

  let body;
  if (purchaseOrderNumber === undefined) {
    body = <Typography color="text.secondary">{t('poReceipts.existing.hint')}</Typography>;
  } else if (query.data) {
    body =
      query.data.length === 0 ? (
        <Typography>{t('poReceipts.existing.empty', { po: purchaseOrderNumber })}</Typography>
      ) : (
        <ExistingReceiptsTable
          purchaseOrderNumber={purchaseOrderNumber}
          receipts={query.data}
          page={pageIndex}
          onPageChange={(index) => setPage({ po: purchaseOrderNumber, index, followed: page.followed })}
          onOpen={onOpen}
          highlighted={justSaved}
        />
      );
  } else if (query.isError) {
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => void query.refetch()}>
            {t('error.retry')}
          </Button>
        }
      >
        <Typography sx={{ fontWeight: 600 }}>{t('poReceipts.existing.errorTitle', { po: purchaseOrderNumber })}</Typography>
        <Typography sx={{ overflowWrap: 'anywhere' }}>{toDisplayMessage(query.error, t)}</Typography>
        {isConcurError(query.error) && query.error.correlationId && (
          <Typography variant="body2">{t('error.reference', { id: query.error.correlationId })}</Typography>
        )}
      </Alert>
    );
  } else {
    body = (
      <div role="status">
        <Typography sx={{ mb: 1 }}>{t('poReceipts.existing.loading', { po: purchaseOrderNumber })}</Typography>
        <LinearProgress aria-label={t('poReceipts.existing.loading', { po: purchaseOrderNumber })} />
      </div>
    );
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="existing-receipts-title" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id="existing-receipts-title" variant="h6" component="h2" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {purchaseOrderNumber ? t('poReceipts.existing.title', { po: purchaseOrderNumber }) : t('poReceipts.existing.titleNone')}
      </Typography>
      {body}
    </Paper>
  );
}
