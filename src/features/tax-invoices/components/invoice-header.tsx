import type { RefObject } from 'react';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';

interface InvoiceHeaderProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  receiptId: string;
  navigation: { onPrevious: () => void; onNext: () => void; position: string | undefined };
  /** On small screens the queue is a separate view: a link back to it. */
  backToQueue: string | undefined;
}

export function InvoiceHeader({ headingRef, receiptId, navigation, backToQueue }: InvoiceHeaderProps) {
  const { t } = useI18n();
  return (
    <Stack spacing={1}>
      {backToQueue && (
        <Button component={RouterLink} to={backToQueue} sx={{ alignSelf: 'flex-start' }}>
          {t('taxInvoices.detail.backToQueue')}
        </Button>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id="invoice-heading" ref={headingRef} tabIndex={-1} variant="h5" component="h2" sx={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
          {t('taxInvoices.detail.title', { receipt: receiptId })}
        </Typography>
        {navigation.position && (
          <Typography variant="body2" color="text.secondary">
            {navigation.position}
          </Typography>
        )}
        <Button size="small" onClick={navigation.onPrevious}>
          {t('taxInvoices.detail.previous')}&nbsp;<kbd aria-hidden="true">k</kbd>
        </Button>
        <Button size="small" onClick={navigation.onNext}>
          {t('taxInvoices.detail.next')}&nbsp;<kbd aria-hidden="true">j</kbd>
        </Button>
      </Stack>
    </Stack>
  );
}
