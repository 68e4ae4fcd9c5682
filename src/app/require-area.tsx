import { Outlet } from 'react-router';
import { PageContainer } from '../components/page-container';
import { canOpenArea, findArea, type AreaId } from '../config/areas';
import { useI18n } from '../i18n/i18n-context';
import { useSignedInSession } from '../lib/auth/signed-in-session';

/** An area the user's scopes do not allow explains why instead of showing pages whose every call would fail. */
export function RequireArea({ areaId }: { areaId: AreaId }) {
  const session = useSignedInSession();
  const { t } = useI18n();
  if (!canOpenArea(findArea(areaId), session.scopes)) {
    return <PageContainer title={t('forbidden.title')} description={t('forbidden.description')} />;
  }
  return <Outlet />;
}
