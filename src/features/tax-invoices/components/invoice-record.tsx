import { useI18n } from '../../../i18n/i18n-context';
import { isTaxInvoiceStatus, type TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import { FieldList } from './field-list';
import { formatWallTime } from './format';
import { useStatusName } from './status-label';

/** Concur's record around the CFDI: account, expense report, and (when Concur says) the current decision. */
export function InvoiceRecord({ detail }: { detail: TaxInvoiceDetail }) {
  const { t, formatDate } = useI18n();
  const statusName = useStatusName();
  let status: string;
  if (detail.Status === undefined) status = t('taxInvoices.status.unknown');
  else if (isTaxInvoiceStatus(detail.Status)) status = statusName(detail.Status);
  else status = t('taxInvoices.status.undecided');
  return (
    <FieldList
      fields={[
        { label: t('taxInvoices.detail.currentStatus'), value: status },
        { label: t('taxInvoices.detail.currentComment'), value: detail.Comment },
        { label: t('taxInvoices.detail.lastModified'), value: detail.LastModifiedDate && t('taxInvoices.detail.utcTime', { time: formatWallTime(detail.LastModifiedDate, formatDate) }) },
        { label: t('taxInvoices.detail.accountId'), value: detail.AccountID },
        { label: t('taxInvoices.detail.documentId'), value: detail.DocumentID },
      ]}
    />
  );
}
