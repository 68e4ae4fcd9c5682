import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useI18n } from '../../../i18n/i18n-context';
import type { CfdiReading } from '../cfdi/cfdi-types';
import { MAX_CFDI_CHARACTERS } from '../cfdi/read-cfdi';

/** Why the CFDI is not shown as an invoice; the raw text below is all there is. Parser output is shown as text only. */
export function UnreadableInvoice({ reading }: { reading: Exclude<CfdiReading, { kind: 'cfdi' }> }) {
  const { t } = useI18n();
  let message: string;
  switch (reading.kind) {
    case 'empty':
      message = t('taxInvoices.cfdi.empty');
      break;
    case 'too-large':
      message = t('taxInvoices.cfdi.tooLarge', { size: reading.characters, max: MAX_CFDI_CHARACTERS });
      break;
    case 'doctype':
      message = t('taxInvoices.cfdi.doctype');
      break;
    case 'malformed':
      message = t('taxInvoices.cfdi.malformed');
      break;
    case 'not-cfdi':
      message = t('taxInvoices.cfdi.notCfdi');
      break;
  }
  return (
    <Alert severity="warning">
      <AlertTitle>{t('taxInvoices.cfdi.unreadableTitle')}</AlertTitle>
      {message}
    </Alert>
  );
}
