import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import { routePaths } from '../config/route-paths';
import { useI18n } from '../i18n/i18n-context';
import { PageContainer } from './page-container';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('notFound.title')} description={t('notFound.description')}>
      <Button component={RouterLink} to={routePaths.home} variant="contained">
        {t('notFound.goHome')}
      </Button>
    </PageContainer>
  );
}
