import { Navigate } from 'react-router';
import { PageContainer } from '../components/page-container';
import { allowedAreas } from '../config/areas';
import { useI18n } from '../i18n/i18n-context';
import { useSignedInSession } from '../lib/auth/signed-in-session';

/** Home is the first area the user may open. */
export function HomeRedirect() {
  const session = useSignedInSession();
  const { t } = useI18n();
  const firstArea = allowedAreas(session.scopes)[0];
  if (!firstArea) return <PageContainer title={t('home.noAreas.title')} description={t('home.noAreas.description')} />;
  return <Navigate to={firstArea.path} replace />;
}
