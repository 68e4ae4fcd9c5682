import { PageContainer } from '../../../components/page-container';
import { useI18n } from '../../../i18n/i18n-context';

export function PoReceiptsPage() {
  const { t } = useI18n();
  return <PageContainer title={t('area.poReceipts.title')} description={t('area.poReceipts.description')} />;
}
