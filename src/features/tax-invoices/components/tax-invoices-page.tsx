import { PageContainer } from '../../../components/page-container';
import { useI18n } from '../../../i18n/i18n-context';

export function TaxInvoicesPage() {
  const { t } = useI18n();
  return <PageContainer title={t('area.taxInvoices.title')} description={t('area.taxInvoices.description')} />;
}
