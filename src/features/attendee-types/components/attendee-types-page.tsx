import { PageContainer } from '../../../components/page-container';
import { useI18n } from '../../../i18n/i18n-context';

export function AttendeeTypesPage() {
  const { t } = useI18n();
  return <PageContainer title={t('area.attendeeTypes.title')} description={t('area.attendeeTypes.description')} />;
}
