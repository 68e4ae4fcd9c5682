import { useI18n } from '../../../i18n/i18n-context';
import type { StatusFilter } from '../queue/queue-search';

export function useStatusFilterName() {
  const { t } = useI18n();
  return (filter: StatusFilter) =>
    ({
      all: t('taxInvoices.filters.statusAll'),
      undecided: t('taxInvoices.status.undecided'),
      VALID: t('taxInvoices.status.VALID'),
      WARNG: t('taxInvoices.status.WARNG'),
      INVLD: t('taxInvoices.status.INVLD'),
    })[filter];
}
