import { PageContainer } from '../../../components/page-container';
import { useI18n } from '../../../i18n/i18n-context';

export function OpportunitiesPage() {
  const { t } = useI18n();
  return <PageContainer title={t('area.opportunities.title')} description={t('area.opportunities.description')} />;
}
